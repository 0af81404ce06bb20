# The response objects `with_raw_response` and `with_streaming_response` give (`APIResponse`, `AsyncAPIResponse`):
# parsing the body into the types a method returns or `to=`, once; reading it; and the type a response class holds.

from __future__ import annotations

import json
from typing import Any, Dict, List, Iterator, Optional, AsyncIterator

import httpx
import pytest
import pydantic

from acme import Acme, AsyncAcme
from acme._models import BaseModel
from acme._response import (
    APIResponse,
    AsyncAPIResponse,
    BinaryAPIResponse,
    AsyncBinaryAPIResponse,
    extract_response_type,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
)

from .local_server import Reply, LocalServer, serve, json_reply


TEXT = "text/plain"


class Thing(BaseModel):
    id: str
    count: Optional[int] = None


class NotOurs(pydantic.BaseModel):
    id: str


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    yield from serve()


@pytest.fixture
def client(server: LocalServer) -> Iterator[Acme]:
    server.reset()
    with Acme(base_url=server.url, _strict_response_validation=True) as client:
        yield client


@pytest.fixture
async def async_client(server: LocalServer) -> AsyncIterator[AsyncAcme]:
    server.reset()
    async with AsyncAcme(base_url=server.url, _strict_response_validation=True) as client:
        yield client


def raw(client: Acme, cast_to: Any = object) -> APIResponse[Any]:
    def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> object:
        return client.get("/things", cast_to=cast_to, options={"headers": extra_headers or {}})

    return to_raw_response_wrapper(fetch)()


def text_reply(text: str, content_type: str = TEXT) -> Reply:
    return Reply(200, text.encode(), {"Content-Type": content_type})


def test_the_method_type_and_the_cache(server: LocalServer, client: Acme) -> None:
    server.reply(json_reply(200, {"id": "a", "count": 2, "extra": True}, {"x-request-id": "req_9"}))
    response = raw(client, Thing)
    thing = response.parse()
    assert isinstance(thing, Thing)
    assert thing.id == "a" and thing.count == 2
    # Unknown properties are kept.
    assert thing.model_extra == {"extra": True}
    assert response.parse() is thing
    assert response.request_id == "req_9"
    assert "[200 OK]" in repr(response)


def test_parse_to_another_type(server: LocalServer, client: Acme) -> None:
    server.reply(json_reply(200, {"id": "b"}))
    response = raw(client)
    assert response.parse(to=Thing).id == "b"
    assert response.parse(to=Dict[str, str]) == {"id": "b"}
    assert response.parse(to=httpx.Response) is response.http_response
    assert json.loads(response.parse(to=str)) == {"id": "b"}
    assert json.loads(response.parse(to=bytes)) == {"id": "b"}


@pytest.mark.parametrize(
    "body, to, expected",
    [("12", int, 12), ("1.5", float, 1.5), ("true", bool, True), ("False", bool, False), ("plain", str, "plain")],
)
def test_scalar_bodies(server: LocalServer, client: Acme, body: str, to: Any, expected: object) -> None:
    server.reply(text_reply(body))
    assert raw(client).parse(to=to) == expected


def test_none(server: LocalServer, client: Acme) -> None:
    server.reply(Reply(200, b""))
    assert raw(client, type(None)).parse() is None


def test_a_list_of_models(server: LocalServer, client: Acme) -> None:
    server.reply(json_reply(200, [{"id": "a"}, {"id": "b"}]))
    things = raw(client, List[Thing]).parse()
    assert [thing.id for thing in things] == ["a", "b"]


def test_a_model_not_of_the_sdk_is_refused(server: LocalServer, client: Acme) -> None:
    server.reply(json_reply(200, {"id": "a"}))
    with pytest.raises(TypeError, match="must subclass our base model"):
        raw(client).parse(to=NotOurs)


def test_a_body_that_is_not_json(server: LocalServer, client: Acme) -> None:
    from acme._exceptions import APIResponseValidationError

    server.reply(text_reply("<html>", "text/html"))
    with pytest.raises(APIResponseValidationError):
        raw(client, Thing).parse()


def test_reading_the_body(server: LocalServer, client: Acme) -> None:
    server.reply(json_reply(200, {"id": "a"}))
    response = raw(client)
    assert response.read() == b'{"id": "a"}'
    assert response.text() == '{"id": "a"}'
    assert response.json() == {"id": "a"}
    assert response.is_closed


def test_a_streamed_body_read_in_pieces(server: LocalServer, client: Acme) -> None:
    server.reply(text_reply("line one\nline two\n"))

    def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> object:
        return client.get("/things", cast_to=object, options={"headers": extra_headers or {}})

    with to_streamed_response_wrapper(fetch)() as response:
        assert list(response.iter_lines()) == ["line one", "line two"]
    assert response.is_closed


async def test_async_parse(server: LocalServer, async_client: AsyncAcme) -> None:
    server.reply(json_reply(200, {"id": "c"}))

    async def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> object:
        return await async_client.get("/things", cast_to=Thing, options={"headers": extra_headers or {}})

    response = await async_to_raw_response_wrapper(fetch)()
    assert isinstance(response, AsyncAPIResponse)
    thing = await response.parse()
    assert isinstance(thing, Thing) and thing.id == "c"
    assert await response.parse(to=Dict[str, str]) == {"id": "c"}
    assert await response.read() == b'{"id": "c"}'


def test_the_type_a_response_class_holds() -> None:
    assert extract_response_type(APIResponse[Thing]) is Thing
    assert extract_response_type(AsyncAPIResponse[str]) is str
    assert extract_response_type(BinaryAPIResponse) is bytes
    assert extract_response_type(AsyncBinaryAPIResponse) is bytes
    with pytest.raises(RuntimeError):
        extract_response_type(APIResponse)
