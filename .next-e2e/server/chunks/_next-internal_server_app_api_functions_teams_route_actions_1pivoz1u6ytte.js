module.exports=[242833,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_functions_teams_route_actions_1pivoz1u6ytte.js.map