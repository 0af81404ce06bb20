// Preloaded (`node --import`) by test/mock-server-setup.test.ts: whenever a server in this process closes, another
// server listens on its port at once, answering every request as another spec's Prism would. The race a probed
// port loses on a busy machine, made certain.
import { createServer, Server } from 'node:net';

const close = Server.prototype.close;
Server.prototype.close = function (callback) {
  const address = this.address();
  return close.call(this, (...args) => {
    if (address && typeof address === 'object') {
      const impostor = createServer((socket) => {
        socket.on('data', () =>
          socket.end(
            'HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"title":"Route not resolved"}',
          ),
        );
      });
      impostor.listen(address.port, address.address);
      impostor.unref();
    }
    callback?.(...args);
  });
};
