"""A small real HTTP server for the runtime tests: canned API routes plus a queue of scripted responses."""

from __future__ import annotations

import sys
import json
from typing import Any, Dict, List, Tuple, Optional
from pathlib import Path
from typing_extensions import override

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "templates" / "python" / "project" / "tests"))

from local_server import Reply as LocalReply, LocalServer, RecordedRequest  # noqa: E402


# The machinery is the generated package's own test server (templates/python/project/tests/local_server.py): one
# server for both, this one adding the fixture API's routes and a script of `(status, headers, body)` replies.
Recorded = RecordedRequest
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


class ApiServer(LocalServer):
    # Small pieces: clients see several chunks of even a short body.
    write_size = 7

    def __init__(self) -> None:
        self.script: List[Reply] = []
        super().__init__()

    @override
    def respond(self, request: RecordedRequest, origin: str) -> LocalReply:
        with self._lock:
            scripted = self.script.pop(0) if self.script else None
        status, headers, payload = scripted or self.route(request, origin)
        reply = LocalReply(status, payload)
        # Exactly the headers given (a 204 or a redirect has no Content-Type).
        reply.headers = dict(headers)
        return reply

    def start(self) -> None:
        """(The server serves from its construction on.)"""

    def stop(self) -> None:
        self.close()

    @override
    def reset(self) -> None:
        super().reset()
        with self._lock:
            self.script.clear()

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
