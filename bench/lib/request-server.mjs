// A local HTTP server for the per-request overhead benchmark: every request gets the same small JSON body.
// Prints its port on stdout; runs until killed.
import http from 'node:http';

const body = Buffer.from(JSON.stringify({ status: 'ok' }));
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
