from __future__ import annotations

from typing import Any, List, cast
from pathlib import Path

import pytest

from acme import Acme, AsyncAcme, APIResponse, AsyncAPIResponse
from acme.types import Prompt
from acme._response import BinaryAPIResponse, StreamedBinaryAPIResponse
from acme._streaming import Stream
from acme.pagination import SyncCursorPage
from server import ApiServer

CONTENT = bytes(range(256)) * 4


def test_raw_response(client: Acme, server: ApiServer) -> None:
    response = client.prompts.with_raw_response.retrieve("p1", version=2)
    assert isinstance(response, APIResponse)
    assert response.is_closed is True
    assert response.http_request.headers.get("X-Stainless-Lang") == "python"
    assert response.http_request.headers.get("X-Stainless-Raw-Response") == "raw"
    assert response.status_code == 200
    assert response.method == "GET"
    assert response.retries_taken == 0
    assert response.url.path == "/api/v1/prompts/p1"
    prompt = response.parse()
    assert isinstance(prompt, Prompt)
    assert prompt.prompt_id == "p1"
    assert response.parse() is prompt  # cached
    assert cast(Any, response.json())["promptId"] == "p1"
    assert response.parse(to=str).startswith("{")


def test_client_level_raw_response(client: Acme) -> None:
    response = client.with_raw_response.prompts.tags()
    assert response.parse() == ["a", "b"]


def test_streaming_response(client: Acme) -> None:
    with client.prompts.with_streaming_response.retrieve("p2") as response:
        assert not response.is_closed
        assert response.http_request.headers.get("X-Stainless-Raw-Response") == "stream"
        prompt = response.parse()
        assert prompt.prompt_id == "p2"
    assert cast(Any, response.is_closed) is True


def test_streaming_response_iter_bytes(client: Acme) -> None:
    with client.prompts.with_streaming_response.retrieve("p3") as response:
        chunks = list(response.iter_bytes())
        assert b"".join(chunks).startswith(b"{")
    assert response.is_closed


def test_raw_response_none_and_page(client: Acme) -> None:
    response = client.prompts.with_raw_response.delete("p1")
    assert response.parse() is None
    listed = client.prompts.with_raw_response.list()
    page = listed.parse()
    assert isinstance(page, SyncCursorPage)
    assert [p.prompt_id for p in page] == ["p1", "p2", "p3", "p4", "p5"]


def test_binary_response(client: Acme, tmp_path: Path) -> None:
    content = client.prompts.content("p1")
    assert isinstance(content, BinaryAPIResponse)
    assert content.read() == CONTENT
    target = tmp_path / "out.bin"
    content.write_to_file(target)
    assert target.read_bytes() == CONTENT

    raw = client.prompts.with_raw_response.content("p1")
    assert isinstance(raw, BinaryAPIResponse)
    assert raw.is_closed
    assert raw.read() == CONTENT


def test_streamed_binary_response(client: Acme, tmp_path: Path) -> None:
    target = tmp_path / "streamed.bin"
    with client.prompts.with_streaming_response.content("p1") as response:
        assert isinstance(response, StreamedBinaryAPIResponse)
        assert not response.is_closed
        response.stream_to_file(target, chunk_size=100)
    assert response.is_closed
    assert target.read_bytes() == CONTENT


def test_raw_sse_stream(client: Acme) -> None:
    response = client.prompts.with_raw_response.create(prompt="hi", stream=True)
    stream = response.parse()
    assert isinstance(stream, Stream)
    deltas: List[str] = [event.delta or "" for event in stream]
    assert deltas == ["Hel", "lo", ""]


async def test_async_raw_response(async_client: AsyncAcme) -> None:
    response = await async_client.prompts.with_raw_response.retrieve("p1")
    assert isinstance(response, AsyncAPIResponse)
    assert response.is_closed is True
    prompt = await response.parse()
    assert prompt.prompt_id == "p1"


async def test_async_streaming_response(async_client: AsyncAcme) -> None:
    async with async_client.prompts.with_streaming_response.retrieve("p4") as response:
        assert not response.is_closed
        prompt = await response.parse()
        assert prompt.prompt_id == "p4"
    assert cast(Any, response.is_closed) is True


async def test_async_binary(async_client: AsyncAcme, tmp_path: Path) -> None:
    content = await async_client.prompts.content("p1")
    assert await content.read() == CONTENT
    target = tmp_path / "a.bin"
    async with async_client.prompts.with_streaming_response.content("p1") as response:
        await response.stream_to_file(target)
    assert target.read_bytes() == CONTENT


async def test_async_raw_list(async_client: AsyncAcme) -> None:
    response = await async_client.prompts.with_raw_response.list()
    page = await response.parse()
    ids = [p.prompt_id async for p in page]
    assert ids == ["p1", "p2", "p3", "p4", "p5"]


def test_wrappers_keep_names(client: Acme) -> None:
    assert client.prompts.with_raw_response.retrieve.__name__ == "retrieve"
    with pytest.raises(TypeError, match="Missing required argument"):
        client.prompts.with_raw_response.create()  # type: ignore[call-overload]
