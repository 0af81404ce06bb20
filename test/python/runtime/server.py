"""A small real HTTP server for the runtime tests: canned API routes plus a queue of scripted responses."""

from __future__ import annotations

import json
import socket
import threading
from typing import Any, Dict, List, Tuple, Optional
from urllib.parse import parse_qs, urlsplit
from typing_extensions import override
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler


class Recorded:
    def __init__(self, method: str, path: str, query: Dict[str, List[str]], raw_query: str, headers: Dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.raw_query = raw_query
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


Reply = Tuple[int, Dict[str, str], bytes]


def prompt_json(prompt_id: str, prompt: str = "hello") -> Dict[str, Any]:
    return {
        "promptId": prompt_id,
        "prompt": prompt,
        "version": 1,
        "variables": [{"name": "who"}],
        "createdAt": "2024-01-02T03:04:05Z",
        "content": [{"type": "text", "text": "hi"}, {"type": "image", "url": "https://x/y.png"}],
        "surprise": {"nested": True},
    }


def _json(status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> Reply:
    return status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(body).encode()


class _QuietServer(ThreadingHTTPServer):
    @override
    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that stop reading a stream early reset the connection; that is expected here.
        return


class ApiServer:
    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.script: List[Reply] = []
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
                # Small writes must not wait for delayed ACKs.
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
                record = Recorded(
                    self.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    parts.query,
                    {key.lower(): value for key, value in self.headers.items()},
                    body,
                )
                with server._lock:
                    server.requests.append(record)
                    scripted = server.script.pop(0) if server.script else None
                status, headers, payload = scripted or server.route(record, f"http://{self.headers['Host']}")
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                # Written in small pieces so that clients see several chunks.
                for start in range(0, len(payload), 7):
                    self.wfile.write(payload[start : start + 7])
                    self.wfile.flush()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.script.clear()

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def route(self, req: Recorded, origin: str) -> Reply:
        path = req.path
        if path.startswith("/api/"):
            path = path[len("/api") :]
        if req.method == "POST" and path == "/v1/prompts":
            data = req.json()
            if data.get("stream"):
                events = (
                    b": keep-alive comment\r\n\r\n"
                    b"event: message\r\ndata: {\"type\": \"delta\",\r\ndata:  \"delta\": \"Hel\"}\r\n\r\n"
                    b"id: 2\ndata: {\"type\": \"delta\", \"delta\": \"lo\"}\n\n"
                    b"event: ping\n\n"
                    b"data: {\"type\": \"done\"}\r\r"
                    b"data: [DONE]\n\n"
                    b"data: {\"type\": \"delta\", \"delta\": \"after done\"}\n\n"
                )
                if data.get("prompt") == "fail":
                    events = b"data: {\"type\": \"delta\", \"delta\": \"x\"}\n\nevent: error\ndata: {\"error\": {\"message\": \"boom\"}}\n\n"
                return 200, {"Content-Type": "text/event-stream"}, events
            return _json(200, prompt_json("p_new", data.get("prompt", "")))
        if req.method == "GET" and path == "/v1/prompts":
            after = req.query.get("after", [""])[0]
            pages = {"": (["p1", "p2"], True), "p2": (["p3", "p4"], True), "p4": (["p5"], False)}
            ids, more = pages[after]
            return _json(200, {"data": [prompt_json(i) for i in ids], "has_more": more, "last_id": ids[-1]})
        if req.method == "GET" and path == "/v1/linked":
            page = int(req.query.get("page", ["1"])[0])
            nxt = f"{origin}/api/v1/linked?page={page + 1}" if page < 3 else None
            return _json(200, {"items": [prompt_json(f"l{page}")], "next": nxt})
        if req.method == "GET" and path == "/v1/tags":
            return _json(200, ["a", "b"])
        if req.method == "POST" and path == "/v1/uploads":
            return _json(200, prompt_json("upload", req.headers.get("content-type", "")))
        if path.startswith("/v1/prompts/"):
            rest = path[len("/v1/prompts/") :]
            if req.method == "DELETE":
                return 204, {}, b""
            if rest.endswith("/content"):
                return 200, {"Content-Type": "application/octet-stream"}, bytes(range(256)) * 4
            if rest == "missing":
                return _json(404, {"error": {"message": "no such prompt", "code": "not_found", "type": "invalid"}}, {"x-request-id": "req_123"})
            if rest == "bad":
                return _json(200, {"promptId": 5, "prompt": "x", "version": "not a number", "variables": "nope"})
            if rest == "text":
                return 200, {"Content-Type": "text/plain"}, b"plain words"
            return _json(200, prompt_json(rest))
        return _json(404, {"error": {"message": f"no route {req.method} {path}"}})
