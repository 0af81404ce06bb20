# Server-sent events: the decoder (fields, multi-line data, comments, every line ending, ids and retry) and the
# client's streams read from a real server on 127.0.0.1.

from __future__ import annotations

from typing import Any, List, Iterator, AsyncIterator

import pytest

from acme import Acme, AsyncAcme
from acme._streaming import _EVENT_RULES, Stream, SSEDecoder, AsyncStream, ServerSentEvent
from acme._exceptions import APIError

from .local_server import Reply, LocalServer, serve


EVENTS = (
    b": a comment\n\n"
    b'event: message\r\ndata: {"n": 1,\r\ndata:  "s": "a"}\r\n\r\n'
    b'id: 2\ndata: {"n": 2}\n\n'
    b"event: ping\n\n"
    b'data: {"n": 3}\r\r'
    b"data: [DONE]\n\n"
    b'data: {"n": 4}\n\n'
)

# The API's own event handling (its config's streaming rules) decides what its streams yield.
default_handling = pytest.mark.skipif(len(_EVENT_RULES) > 0, reason="the API handles events by rules of its own")


def decode(chunks: List[bytes]) -> List[ServerSentEvent]:
    return list(SSEDecoder().iter_bytes(iter(chunks)))


def test_decoder_fields() -> None:
    events = decode([EVENTS])
    assert [e.event for e in events] == ["message", None, "ping", None, None, None]
    assert events[0].data == '{"n": 1,\n "s": "a"}'
    assert events[0].json() == {"n": 1, "s": "a"}
    assert events[1].id == "2"
    assert events[2].data == ""
    assert events[4].data == "[DONE]"


def test_decoder_split_chunks() -> None:
    # The same events cut at every byte decode the same.
    whole = [(e.event, e.data, e.id) for e in decode([EVENTS])]
    assert [(e.event, e.data, e.id) for e in decode([bytes([b]) for b in EVENTS])] == whole


def test_decoder_retry_and_unterminated() -> None:
    events = decode([b"retry: 1500\ndata: a\n\nretry: x\ndata: b"])
    assert [(e.data, e.retry) for e in events] == [("a", 1500), ("b", 1500)]


async def test_async_decoder() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(EVENTS), 5):
            yield EVENTS[start : start + 5]

    events = [e async for e in SSEDecoder().aiter_bytes(chunks())]
    assert [e.data for e in events] == [e.data for e in decode([EVENTS])]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    yield from serve()


def stream_reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "text/event-stream"})


@default_handling
def test_stream(server: LocalServer) -> None:
    server.reply(stream_reply(EVENTS))
    with Acme(base_url=server.url) as client:
        stream = client.get("/events", cast_to=object, stream=True, stream_cls=Stream[object])
        # Up to `[DONE]`; the ping without data is no item.
        assert list(stream) == [{"n": 1, "s": "a"}, {"n": 2}, {"n": 3}]
        assert stream.response.is_closed


@default_handling
def test_stream_error_event(server: LocalServer) -> None:
    server.reply(stream_reply(b'data: {"n": 1}\n\nevent: error\ndata: {"error": {"message": "boom"}}\n\n'))
    items: List[Any] = []
    with Acme(base_url=server.url) as client:
        with pytest.raises(APIError, match="boom"):
            with client.get("/events", cast_to=object, stream=True, stream_cls=Stream[object]) as stream:
                for item in stream:
                    items.append(item)
    assert items == [{"n": 1}]


@default_handling
async def test_async_stream(server: LocalServer) -> None:
    server.reply(stream_reply(EVENTS))
    async with AsyncAcme(base_url=server.url) as client:
        stream = await client.get("/events", cast_to=object, stream=True, stream_cls=AsyncStream[object])
        assert [item async for item in stream] == [{"n": 1, "s": "a"}, {"n": 2}, {"n": 3}]


def yielded_event() -> bytes:
    """An event the client's streams yield: unnamed by default; under the API's own rules, one a `yield` rule names."""
    if not _EVENT_RULES:
        return b"data: {}\n\n"
    for events, prefix, handle, _error_property in _EVENT_RULES:
        if handle == "yield" and prefix is None:
            name = events[0] if events else None
            return (b"event: " + name.encode() + b"\n" if name else b"") + b"data: {}\n\n"
    pytest.skip("the API's rules yield no event this test can write")


def test_stream_closed_early(server: LocalServer) -> None:
    server.reply(stream_reply(yielded_event() * 100))
    with Acme(base_url=server.url) as client:
        with client.get("/events", cast_to=object, stream=True, stream_cls=Stream[object]) as stream:
            assert next(stream) == {}
        assert stream.response.is_closed
