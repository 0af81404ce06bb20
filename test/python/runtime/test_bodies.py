"""Request bodies that are not JSON: sent as their media type says (form fields, raw bytes or files, text)."""

from __future__ import annotations

import io
import pathlib
import warnings
from urllib.parse import parse_qs

import httpx
import pytest

from acme import Acme, AsyncAcme
from acme._files import read_file_content
from server import Reply, ApiServer

NO_BODY: Reply = (204, {}, b"")


def test_form_urlencoded_body(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    client.post(
        "/v1/tokens",
        body={"client_id": "a b", "scopes": ["read", "write"], "remember": True, "meta": {"region": "eu"}, "gone": None},
        options={"headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        cast_to=httpx.Response,
    )
    sent = server.last
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(sent.body.decode()) == {
        "client_id": ["a b"],
        "scopes": ["read", "write"],
        "remember": ["true"],
        "region": ["eu"],
    }


def test_binary_bodies_sent_as_they_are(client: Acme, server: ApiServer, tmp_path: pathlib.Path) -> None:
    payload = bytes(range(256))
    path = tmp_path / "blob.bin"
    path.write_bytes(payload)
    # As a binary upload method passes them: bytes, a file, a path or a `(name, content, type)` tuple.
    for body in (payload, bytearray(payload), io.BytesIO(payload), path, ("blob.bin", payload, "image/png")):
        server.script = [NO_BODY]
        client.post(
            "/v1/blobs",
            content=body,
            options={"headers": {"Content-Type": "application/octet-stream"}},
            cast_to=httpx.Response,
        )
        assert server.last.body == payload, type(body)
        assert server.last.headers["content-type"] == "application/octet-stream"


def test_raw_bytes_as_body_are_sent_but_deprecated(client: Acme, server: ApiServer) -> None:
    for headers in ({}, {"Content-Type": "application/json"}):
        server.script = [NO_BODY]
        with pytest.deprecated_call(match="Passing raw bytes as `body` is deprecated"):
            client.post("/v1/blobs", body=b"\x00\xff", options={"headers": headers}, cast_to=httpx.Response)
        assert server.last.body == b"\x00\xff"


def test_raw_bytes_as_body_of_a_binary_media_type_are_sent_without_warning(
    client: Acme, server: ApiServer, tmp_path: pathlib.Path
) -> None:
    # An SDK in Stainless's forms before `content=` (2026-01-13) sends a file as `body=read_file_content(x)` with
    # its media type: its bytes are the body meant, and a warning would fail its tests (`filterwarnings = error`).
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\xff")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for body in (b"\x00\xff", read_file_content(path), io.BytesIO(b"\x00\xff")):
            server.script = [NO_BODY]
            client.post(
                "/v1/blobs",
                body=body,
                options={"headers": {"content-type": "application/octet-stream"}},
                cast_to=httpx.Response,
            )
            assert server.last.body == b"\x00\xff"
            assert server.last.headers["content-type"] == "application/octet-stream"


def test_text_body(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    client.post("/v1/notes", body="héllo", options={"headers": {"Content-Type": "text/plain"}}, cast_to=httpx.Response)
    assert server.last.body == "héllo".encode()
    assert server.last.headers["content-type"] == "text/plain"


async def test_async_binary_and_form(async_client: AsyncAcme, server: ApiServer) -> None:
    server.script = [NO_BODY, NO_BODY]
    await async_client.post(
        "/v1/blobs",
        content=b"\x00\xff",
        options={"headers": {"Content-Type": "application/octet-stream"}},
        cast_to=httpx.Response,
    )
    assert server.requests[-1].body == b"\x00\xff"
    await async_client.post(
        "/v1/tokens",
        body={"n": 1},
        options={"headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        cast_to=httpx.Response,
    )
    assert server.last.body == b"n=1"


def test_file_in_a_json_body_is_base64(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    client.post("/v1/objects", body={"name": "x", "blob": b"\x00\x01hi"}, cast_to=httpx.Response)
    assert server.last.json() == {"name": "x", "blob": "AAFoaQ=="}
    assert server.last.headers["content-type"] == "application/json"
