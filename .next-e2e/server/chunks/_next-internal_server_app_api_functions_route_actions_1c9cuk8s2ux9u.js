module.exports=[764308,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_functions_route_actions_1c9cuk8s2ux9u.js.map