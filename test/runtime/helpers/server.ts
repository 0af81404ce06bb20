/**
 * A scriptable HTTP server for the runtime tests (node:http on 127.0.0.1, random port).
 *
 * Tests register handlers per `METHOD /path`; every request is recorded (method, URL, headers, body) so
 * tests can assert exact request counts, and handlers get the call number of their route to script
 * sequences ("503 twice, then 200"). Responders below cover what the runtime must cope with: JSON and
 * errors, Retry-After, connection resets, slow responses, SSE (cut or not), binary, multipart echo.
 */
import { createHash } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  /** Path and query as received. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Handles one request; `call` counts the requests of this route (1 for the first). */
export type Handler = (req: Recorded, res: ServerResponse, call: number) => void | Promise<void>;

export class TestServer {
  url = '';
  readonly requests: Recorded[] = [];
  private routes = new Map<string, { handler: Handler; calls: number }>();
  private fallback: Handler | undefined;
  private server: Server | undefined;
  private sockets = new Set<Socket>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Registers `handler` for `"GET /path"` (query ignored when matching). */
  on(route: string, handler: Handler): this {
    this.routes.set(route, { handler, calls: 0 });
    return this;
  }

  /** Handles every request no route matches (else they get a 404). */
  otherwise(handler: Handler): this {
    this.fallback = handler;
    return this;
  }

  /** Requests received for `route` ("GET /path"), or all requests. */
  received(route?: string): Recorded[] {
    return route ? this.requests.filter((r) => `${r.method} ${r.path}` === route) : this.requests;
  }

  reset(): void {
    this.routes.clear();
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const recorded: Recorded = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    this.requests.push(recorded);
    const route = this.routes.get(`${recorded.method} ${recorded.path}`);
    if (!route && this.fallback) {
      await this.fallback(recorded, res, 0);
      return;
    }
    if (!route) {
      json(404, { error: `No route for ${recorded.method} ${recorded.path}` })(recorded, res, 0);
      return;
    }
    route.calls += 1;
    try {
      await route.handler(recorded, res, route.calls);
    } catch (error) {
      if (!res.headersSent) json(500, { error: String(error) })(recorded, res, route.calls);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Responders

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end(body);
  };
}

/** 204 No Content. */
export const noContent: Handler = (_req, res) => {
  res.writeHead(204);
  res.end();
};

/** Closes the connection without answering. */
export const resetConnection: Handler = (_req, res) => {
  res.socket?.destroy();
};

/** Answers with `handler` after `ms` milliseconds (nothing if the client went away). */
export function delayed(ms: number, handler: Handler): Handler {
  return (req, res, call) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!res.socket?.destroyed) void handler(req, res, call);
        resolve();
      }, ms);
      res.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
}

/** The nth call gets the nth handler; calls after the last get the last. */
export function sequence(...handlers: Handler[]): Handler {
  return (req, res, call) => (handlers[Math.min(call, handlers.length) - 1] as Handler)(req, res, call);
}

/** Echoes what was received: method, path, query (all values), headers, body text. */
export const echo: Handler = (req, res) => {
  const query: Record<string, string[]> = {};
  for (const key of new Set(req.query.keys())) query[key] = req.query.getAll(key);
  json(200, {
    method: req.method,
    url: req.url,
    path: req.path,
    query,
    headers: req.headers,
    body: req.body.toString('utf8'),
  })(req, res, 0);
};

/**
 * Sends the raw SSE text in `chunks`, pausing `gapMs` between them. `end: 'cut'` destroys the socket after the
 * last chunk instead of ending the response properly.
 */
export function sse(
  chunks: string[],
  { gapMs = 0, end = 'close' }: { gapMs?: number; end?: 'close' | 'cut' | 'hang' } = {},
): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    for (const chunk of chunks) {
      if (res.destroyed) return;
      res.write(chunk);
      if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
    if (end === 'cut') res.socket?.destroy();
    else if (end === 'close') res.end();
  };
}

/** Binary download: `bytes` as application/octet-stream. */
export function binary(bytes: Uint8Array, contentType = 'application/octet-stream'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(bytes.length) });
    res.end(bytes);
  };
}

export interface ParsedPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  size: number;
  sha256: string;
  /** The part's text (UTF-8), for text fields. */
  text: string;
}

/** Parses a multipart/form-data body (as browsers and undici send it). */
export function parseMultipart(body: Buffer, contentType: string): ParsedPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error(`No boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: ParsedPart[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '',
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1] ?? null,
      contentType: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim() ?? null,
      size: content.length,
      sha256: sha256(content),
      text: content.toString('utf8'),
    });
    start = next;
  }
  return parts;
}

/** Answers with the parts of the multipart body it received. */
export const multipartEcho: Handler = (req, res) => {
  json(200, {
    contentType: req.headers['content-type'],
    parts: parseMultipart(req.body, req.headers['content-type'] ?? ''),
  })(req, res, 0);
};

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
