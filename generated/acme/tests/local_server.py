# A small HTTP server on 127.0.0.1 for the runtime tests: each request is recorded and answered from a queue of
# scripted replies (JSON `{}` once the queue is empty; a subclass's `respond` may answer otherwise), so that the
# client's whole HTTP stack is exercised.

from __future__ import annotations

import json
import time
import socket
import threading
from typing import Any, Dict, List, Iterator, Optional
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit
from typing_extensions import override


class RecordedRequest:
    def __init__(
        self,
        method: str,
        path: str,
        query: Dict[str, List[str]],
        headers: Dict[str, str],
        body: bytes,
        raw_query: str = "",
    ) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        # The query as sent, before decoding (the order and escapes of its parameters).
        self.raw_query = raw_query

    def json(self) -> Any:
        return json.loads(self.body)


class Reply:
    def __init__(
        self, status: int = 200, body: bytes = b"{}", headers: Optional[Dict[str, str]] = None, delay: float = 0.0
    ) -> None:
        self.status = status
        self.body = body
        self.headers = {"Content-Type": "application/json", **(headers or {})}
        self.delay = delay


def json_reply(status: int, body: object, headers: Optional[Dict[str, str]] = None, delay: float = 0.0) -> Reply:
    return Reply(status, json.dumps(body).encode(), headers, delay)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    @override
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gives up (a timeout) closes the connection mid-reply: expected here.
        return


class LocalServer:
    # The reply body is written in pieces of this many bytes, so that the client reads several chunks.
    write_size = 16

    def __init__(self) -> None:
        self.requests: List[RecordedRequest] = []
        self.replies: List[Reply] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            @override
            def log_message(self, format: str, *args: Any) -> None:
                return

            @override
            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _read_chunked(self) -> bytes:
                # A streamed request body (an iterator passed as `content`) comes in chunks.
                chunks: List[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()

            def _handle(self) -> None:
                if (self.headers.get("Transfer-Encoding") or "").lower() == "chunked":
                    body = self._read_chunked()
                else:
                    length = int(self.headers.get("Content-Length") or 0)
                    body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = RecordedRequest(
                    self.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    {key.lower(): value for key, value in self.headers.items()},
                    body,
                    parts.query,
                )
                with server._lock:
                    server.requests.append(recorded)
                reply = server.respond(recorded, f"http://{self.headers['Host']}")
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                size = server.write_size
                try:
                    for start in range(0, len(reply.body), size):
                        self.wfile.write(reply.body[start : start + size])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def respond(self, request: RecordedRequest, origin: str) -> Reply:
        """The reply to `request` (sent to `origin`, `http://127.0.0.1:<port>`): the next scripted one."""
        with self._lock:
            return self.replies.pop(0) if self.replies else Reply()

    def reply(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.replies.clear()

    @property
    def last(self) -> RecordedRequest:
        return self.requests[-1]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def serve() -> Iterator[LocalServer]:
    """The body of a fixture: a server for the module's tests, emptied before each."""
    server = LocalServer()
    try:
        yield server
    finally:
        server.close()
