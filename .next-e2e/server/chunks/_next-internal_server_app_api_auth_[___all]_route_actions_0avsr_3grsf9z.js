module.exports=[765496,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_auth_%5B___all%5D_route_actions_0avsr_3grsf9z.js.map