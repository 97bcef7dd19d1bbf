var R=require("./chunks/[turbopack]_runtime.js")("server/middleware.js")
R.c("server/chunks/[externals]__1y4m65m7p-t0n._.js")
R.c("server/chunks/[root-of-the-server]__09lrl7tb9ayw-._.js")
R.m(62395)
module.exports=R.m(62395).exports
