module.exports=[89907,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_typings_aws-lambda_route_actions_1m77mstryhdnh.js.map