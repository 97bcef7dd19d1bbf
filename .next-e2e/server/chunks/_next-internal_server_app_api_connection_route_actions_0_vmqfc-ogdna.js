module.exports=[263686,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_connection_route_actions_0_vmqfc-ogdna.js.map