module.exports=[714907,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_functions_%5Bname%5D_code_route_actions_0fxapj2yqvh7k.js.map