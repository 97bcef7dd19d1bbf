module.exports=[283207,a=>{"use strict";var b=a.i(111034);a.S([b,"40989366ebf864f27254e3d46b1647a554500e2dd3,f"],283207)}];

//# sourceMappingURL=_next-internal_server_app_%28console%29_audit_page_actions_1dcm5kwalnych.js.map