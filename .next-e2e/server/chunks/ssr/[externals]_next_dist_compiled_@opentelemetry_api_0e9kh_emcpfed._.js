module.exports=[270406,(a,b,c)=>{b.exports=a.x("next/dist/compiled/@opentelemetry/api",()=>require("next/dist/compiled/@opentelemetry/api"))}];

//# sourceMappingURL=%5Bexternals%5D_next_dist_compiled_%40opentelemetry_api_0e9kh_emcpfed._.js.map