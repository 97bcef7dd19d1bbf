module.exports=[803696,a=>{a.v("/_next/static/media/editorWebWorkerMain.15kgt-h8_tuhi.js"+(globalThis.NEXT_CLIENT_ASSET_SUFFIX||""))}];

//# sourceMappingURL=1daa_monaco-editor_esm_vs_editor_common_services_editorWebWorkerMain_1y1qjv26zwr03.js.map