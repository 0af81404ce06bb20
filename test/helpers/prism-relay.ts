/**
 * A TCP relay on 127.0.0.1 for a server that is still starting: it listens at once, on the port the kernel gives it,
 * and holds each connection it accepts until `target` resolves with the server's URL, then joins the two sockets.
 * A test can thus be handed the address before the server listens (test/setup/prism.ts: Prism's seconds of start-up
 * no longer hold back the test files that never call it). If the server fails to start, each connection is answered
 * with a 502 whose body says why, so that the test calling it fails with the reason. `target` given as a function is
 * called on the first connection: a run none of whose files connects never starts the server.
 */
import net from 'node:net';

export interface Relay {
  /** `http://127.0.0.1:<port>`, the relay's own address. */
  url: string;
  /** Stops accepting connections and ends those still open. */
  close: () => Promise<void>;
}

export async function startRelay(target: Promise<string> | (() => Promise<string>)): Promise<Relay> {
  // Settled either way, once: each connection waits on this and never on `target` itself.
  let settled: Promise<{ port: number; host: string } | { error: string }> | null = null;
  const upstream = () =>
    (settled ??= (typeof target === 'function' ? Promise.resolve().then(target) : target).then(
      (url) => {
        const { hostname, port } = new URL(url);
        return { host: hostname, port: Number(port) };
      },
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    ));
  if (typeof target !== 'function') upstream();
  const open = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
    // What the client sends meanwhile stays in the socket's buffer until it is piped on.
    socket.pause();
    void upstream().then((to) => {
      if (socket.destroyed) return;
      if ('error' in to) {
        const body = `the server behind this relay did not start: ${to.error}`;
        socket.end(
          `HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `Connection: close\r\n\r\n${body}`,
        );
        return;
      }
      const peer = net.connect(to.port, to.host);
      open.add(peer);
      peer.once('close', () => {
        open.delete(peer);
        socket.destroy();
      });
      peer.on('error', () => peer.destroy());
      socket.once('close', () => peer.destroy());
      socket.pipe(peer).pipe(socket);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
