from __future__ import annotations

from typing import List, Iterator

import pytest

from acme import Acme, APIError, AsyncAcme
from acme._streaming import SSEDecoder, ServerSentEvent
from acme.types import PromptEvent


def _decode(chunks: List[bytes]) -> List[ServerSentEvent]:
    def gen() -> Iterator[bytes]:
        yield from chunks

    return list(SSEDecoder().iter_bytes(gen()))


def test_decoder_fields_and_line_endings() -> None:
    events = _decode([b"event: a\r", b"\ndata: 1\r\ndata:2\r\n\r", b"\n: comment\n\nid: 7\nretry: 30\ndata: x\n\n"])
    assert [(e.event, e.data) for e in events] == [("a", "1\n2"), (None, "x")]
    assert events[1].id == "7" and events[1].retry == 30


def test_decoder_ignores_bad_id_retry_and_unknown_fields() -> None:
    events = _decode([b"id: a\x00b\nretry: soon\nfoo: bar\ndata: y\n\n"])
    assert len(events) == 1
    assert events[0].id is None and events[0].retry is None and events[0].data == "y"


def test_decoder_multibyte_split_and_trailing_event() -> None:
    payload = "data: héllo".encode()
    events = _decode([payload[:8], payload[8:]])
    assert [e.data for e in events] == ["héllo"]


def test_stream_events(client: Acme) -> None:
    stream = client.prompts.create(prompt="hi", stream=True)
    events = list(stream)
    assert all(isinstance(e, PromptEvent) for e in events)
    assert [e.delta for e in events] == ["Hel", "lo", None]
    assert events[-1].type == "done"
    assert stream.response.is_closed


def test_stream_context_manager_closes(client: Acme) -> None:
    with client.prompts.create(prompt="hi", stream=True) as stream:
        first = next(iter(stream))
        assert first.delta == "Hel"
    assert stream.response.is_closed


def test_stream_error_event(client: Acme) -> None:
    stream = client.prompts.create(prompt="fail", stream=True)
    received: List[PromptEvent] = []
    with pytest.raises(APIError, match="boom"):
        for event in stream:
            received.append(event)
    assert len(received) == 1


async def test_async_stream(async_client: AsyncAcme) -> None:
    stream = await async_client.prompts.create(prompt="hi", stream=True)
    deltas = [e.delta async for e in stream]
    assert deltas == ["Hel", "lo", None]
    async with await async_client.prompts.create(prompt="fail", stream=True) as failing:
        with pytest.raises(APIError):
            async for _ in failing:
                pass
