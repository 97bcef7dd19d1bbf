// The floor: a plain Node HTTP server that answers the Lambda Invoke route with fixed JSON and
// does nothing else. No engine can be faster than this through the same client.
import http from "node:http";

const port = Number(process.argv[2] ?? 0);
const ROUTE = /^\/2015-03-31\/functions\/[^/]+\/invocations/;
const BODY = Buffer.from(JSON.stringify({ ok: true }));

const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    if (req.method !== "POST" || !ROUTE.test(req.url ?? "")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": BODY.length,
      "x-amz-executed-version": "$LATEST",
    });
    res.end(BODY);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  console.log(`floor listening on http://127.0.0.1:${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
