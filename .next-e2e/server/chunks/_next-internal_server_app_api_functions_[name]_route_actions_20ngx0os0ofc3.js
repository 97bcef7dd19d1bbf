module.exports=[330151,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_functions_%5Bname%5D_route_actions_20ngx0os0ofc3.js.map