"""Runtime names Stainless SDKs' hand-written code and tests use (kept by a migration), each doing what they are for:
a multipart GET, JSON Lines bodies, `SecurityOptions`, `DataWrapper`, bracketed array query params, pydantic configs
for TypedDicts, `TypeAdapter` from `_models`, and the typing names `HeadersLike`, `HttpxSendArgs`, `ForceMultipartDict`."""

from __future__ import annotations

import re

from typing import Any, Dict, List, Type, cast
from typing_extensions import TypedDict, get_type_hints

import httpx
import pydantic
import pytest

from acme import Acme, AsyncAcme
from server import Reply, ApiServer
from acme._qs import Querystring
from acme._types import HeadersLike, HttpxSendArgs, SecurityOptions, HeadersLikeProtocol
from acme._utils import get_required_header, bracket_array_query_param
from acme._models import BaseModel, TypeAdapter, FinalRequestOptions, set_pydantic_config
from acme._wrappers import DataWrapper
from acme._base_client import ForceMultipartDict, make_request_options
from acme._decoders.jsonl import JSONLDecoder, AsyncJSONLDecoder

NO_BODY: Reply = (204, {}, b"")


class Item(BaseModel):
    id: str
    count: int = 0


def _jsonl(lines: List[bytes]) -> Reply:
    return 200, {"Content-Type": "application/jsonl"}, b"".join(lines)


def test_multipart_get_sends_its_form(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    options = FinalRequestOptions.construct(
        method="get",
        url="/v1/search",
        headers={"Content-Type": "multipart/form-data"},
        json_data={"tags": ["a", "b"]},
        files=[("doc", ("doc.txt", b"hello", "text/plain"))],
    )
    client.request(httpx.Response, options)
    sent = server.last
    assert sent.method == "GET"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="tags[]"\r\n\r\na\r\n' in sent.body and b'name="tags[]"\r\n\r\nb\r\n' in sent.body
    assert b'name="doc"; filename="doc.txt"' in sent.body and b"hello" in sent.body


def test_get_still_drops_a_json_body(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    client.request(httpx.Response, FinalRequestOptions.construct(method="get", url="/v1/search", json_data={"q": 1}))
    assert server.last.body == b"" and "content-type" not in server.last.headers


def test_force_multipart_dict_sends_a_form_without_files(client: Acme, server: ApiServer) -> None:
    assert ForceMultipartDict() and not dict(ForceMultipartDict())
    server.script = [NO_BODY]
    client.post(
        "/v1/forms",
        body={"name": "x"},
        options={"headers": {"Content-Type": "multipart/form-data"}},
        cast_to=httpx.Response,
    )
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="name"\r\n\r\nx\r\n' in server.last.body


def test_jsonl_decoder_yields_each_line(client: Acme, server: ApiServer) -> None:
    # Lines split across the server's 7-byte writes, a blank line and a last line without its newline.
    server.script = [_jsonl([b'{"id": "a", "count": 1}\n', b"\n", b'{"id": "b"}\r\n', b'{"id": "c", "count": 3}'])]
    decoder = client.get("/v1/items", cast_to=JSONLDecoder[Item])
    assert isinstance(decoder, JSONLDecoder)
    assert decoder.http_response is not None and decoder.http_response.status_code == 200
    items = list(decoder)
    assert [(item.id, item.count) for item in items] == [("a", 1), ("b", 0), ("c", 3)]
    assert all(isinstance(item, Item) for item in items)


def test_jsonl_decoder_through_the_raw_response(client: Acme, server: ApiServer) -> None:
    server.script = [_jsonl([b'{"id": "a"}\n{"id": "b"}\n'])]
    response = client.get("/v1/items", cast_to=httpx.Response)
    decoder = JSONLDecoder(raw_iterator=response.iter_bytes(), line_type=Dict[str, Any], http_response=response)
    assert next(decoder) == {"id": "a"}
    assert list(decoder) == [{"id": "b"}]
    decoder.close()


async def test_async_jsonl_decoder(async_client: AsyncAcme, server: ApiServer) -> None:
    server.script = [_jsonl([b'{"id": "a", "count": 2}\n{"id": "b"}\n'])]
    decoder = await async_client.get("/v1/items", cast_to=AsyncJSONLDecoder[Item])
    assert isinstance(decoder, AsyncJSONLDecoder)
    first = await decoder.__anext__()
    assert (first.id, first.count) == ("a", 2)
    assert [item.id async for item in decoder] == ["b"]
    await decoder.close()


def test_security_options_choose_the_schemes_sent(client: Acme, server: ApiServer) -> None:
    chosen: SecurityOptions = {"bearer_auth": True, "api_key": False}
    options = FinalRequestOptions(method="get", url="/x", security=chosen)
    assert (options.security, options.security_alternatives) == (chosen, [["bearer_auth"]])
    assert make_request_options(security=chosen).get("security") == chosen
    # No scheme marked: the request carries none of the client's credentials.
    client.get("/v1/prompts/p1", options={"security": {}}, cast_to=httpx.Response)
    assert "authorization" not in server.last.headers
    client.get("/v1/prompts/p1", cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer test-key"


def test_data_wrapper_unwraps_data(client: Acme, server: ApiServer) -> None:
    server.script = [(200, {"Content-Type": "application/json"}, b'{"data": [{"id": "a"}, {"id": "b", "count": 2}]}')]
    items = client.get(
        "/v1/items",
        cast_to=cast(Type[List[Item]], DataWrapper[List[Item]]),
        options={"post_parser": DataWrapper[List[Item]]._unwrapper},
    )
    assert [(item.id, item.count) for item in items] == [("a", 0), ("b", 2)]


def test_bracket_array_query_param_on_the_wire(client: Acme, server: ApiServer) -> None:
    # `[]` once, whatever the client's array format (here `repeat`).
    assert Querystring(array_format="repeat").stringify({**bracket_array_query_param("ids", ["a", "b"]), "n": 1}) == (
        "ids%5B%5D=a&ids%5B%5D=b&n=1"
    )
    server.script = [NO_BODY]
    client.get("/v1/search", options={"params": bracket_array_query_param("ids", ["x"])}, cast_to=httpx.Response)
    assert server.last.raw_query == "ids%5B%5D=x"


def test_set_pydantic_config_reaches_validation() -> None:
    class Params(TypedDict):
        name: str

    set_pydantic_config(Params, pydantic.ConfigDict(str_to_lower=True, extra="forbid"))
    adapter: pydantic.TypeAdapter[Params] = pydantic.TypeAdapter(Params)
    assert adapter.validate_python({"name": "MiXed"}) == {"name": "mixed"}
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python({"name": "x", "other": 1})


def test_headers_like_and_httpx_send_args() -> None:
    mapping: HeadersLike = {"X-Request-Id": "r1"}
    getter: HeadersLikeProtocol = httpx.Headers({"x-request-id": "r2"})
    headers: HeadersLike = getter
    assert get_required_header(mapping, "x-request-id") == "r1"
    assert get_required_header(headers, "X-Request-ID") == "r2"
    assert set(get_type_hints(HttpxSendArgs)) == {"auth", "follow_redirects"}
    send_args: HttpxSendArgs = {"follow_redirects": True}
    assert send_args == {"follow_redirects": True}


def test_type_adapter_from_models_validates_and_is_made_once_a_type() -> None:
    adapter = TypeAdapter(List[Item])
    items = adapter.validate_python([{"id": "a", "count": 2}, {"id": "b"}])
    assert [(item.id, item.count) for item in items] == [("a", 2), ("b", 0)]
    assert TypeAdapter(List[Item]) is adapter


def test_multipart_nested_values_under_stainless_brackets(client: Acme, server: ApiServer) -> None:
    # As Stainless's Python client sends them (`_serialize_multipartform`, `array_format="brackets"`): an array of
    # objects a `key[][name]` field per property, an array of arrays `key[][]` (a second pair at each depth), a field
    # the spec names with its brackets (`ids[]`) not given another; each name's values together, in first-seen order.
    server.script = [NO_BODY]
    client.post(
        "/v1/forms",
        body={"texts": [{"a": "x", "b": "y"}, {"a": "z"}], "nested": [["1", "2"], ["3"]], "ids[]": ["p", "q"]},
        options={"headers": {"Content-Type": "multipart/form-data"}},
        cast_to=httpx.Response,
    )
    parts = re.findall(rb'name="([^"]+)"\r\n\r\n(.*?)\r\n--', server.last.body)
    assert [(name.decode(), value.decode()) for name, value in parts] == [
        ("texts[][a]", "x"),
        ("texts[][a]", "z"),
        ("texts[][b]", "y"),
        ("nested[][]", "1"),
        ("nested[][]", "2"),
        ("nested[][]", "3"),
        ("ids[]", "p"),
        ("ids[]", "q"),
    ]
