module.exports=[475730,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_functions_%5Bname%5D_package_route_actions_08fbkujf04zb2.js.map