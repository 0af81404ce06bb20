"""Behaviour Python users know from Stainless SDKs (found by running Stainless's own client tests against ours)."""

from __future__ import annotations

import io
from typing import Any, Dict, List, Union, Iterator, AsyncIterator, cast
from datetime import date, datetime, timezone
from typing_extensions import Literal, Annotated, TypedDict

import httpx
import pytest
import pydantic

from acme import Acme, AsyncAcme, APIStatusError
from acme._utils import (
    PropertyInfo,
    parse_date,
    extract_files,
    path_template,
    required_args,
    parse_datetime,
    maybe_transform,
)
from acme._models import BaseModel, construct_type
from server import Reply, ApiServer

NO_BODY: Reply = (204, {}, b"")


def _chunks(parts: List[bytes], read: List[int]) -> Iterator[bytes]:
    for part in parts:
        read.append(1)
        yield part


def test_raw_content_bodies_are_sent_as_given(client: Acme, server: ApiServer) -> None:
    payload = b"Hello, this is a test file."
    read: List[int] = []
    for content in (payload, bytearray(payload), _chunks([payload[:5], payload[5:]], read)):
        server.script = [NO_BODY]
        client.post(
            "/v1/upload",
            content=content,
            cast_to=httpx.Response,
            options={"headers": {"Content-Type": "application/octet-stream"}},
        )
        assert server.last.body == payload, type(content)
        assert server.last.headers["content-type"] == "application/octet-stream"
    assert read == [1, 1]


def test_content_with_a_body_is_refused(client: Acme) -> None:
    with pytest.raises(TypeError, match="cannot be sent with `body`"):
        client.post("/v1/upload", content=b"x", body={"a": 1}, cast_to=httpx.Response)


async def test_async_raw_content_from_an_async_iterator(async_client: AsyncAcme, server: ApiServer) -> None:
    async def stream() -> AsyncIterator[bytes]:
        for part in (b"one ", b"two"):
            yield part

    server.script = [NO_BODY, NO_BODY]
    await async_client.put("/v1/upload", content=stream(), cast_to=httpx.Response)
    assert server.last.body == b"one two"
    await async_client.patch("/v1/upload", content=b"raw", cast_to=httpx.Response)
    assert server.last.body == b"raw"


def test_a_redirect_not_followed_is_an_error(client: Acme, server: ApiServer) -> None:
    server.script = [(302, {"Location": f"{server.url}/elsewhere"}, b"")]
    with pytest.raises(APIStatusError) as caught:
        client.post("/v1/redirect", body={"a": 1}, options={"follow_redirects": False}, cast_to=httpx.Response)
    assert caught.value.status_code == 302
    assert caught.value.response.headers["Location"] == f"{server.url}/elsewhere"
    assert len(server.requests) == 1


def test_query_in_the_path_is_kept_with_params(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY, NO_BODY]
    client.get("/v1/files/a%2Fb?beta=true&page=1", options={"params": {"limit": 10, "page": 2}}, cast_to=httpx.Response)
    sent = server.last
    assert sent.path == "/api/v1/files/a%2Fb"
    assert sent.raw_query == "beta=true&limit=10&page=2"
    client.get("/v1/files?beta=true", cast_to=httpx.Response)
    assert server.last.raw_query == "beta=true"


class Item(BaseModel):
    prop: int


class Record(BaseModel):
    id: str
    cls: str
    count: float
    when: datetime
    kind_of: Union[Dict[str, Item], Dict[str, str]]


def test_loose_models_read_a_missing_property_as_none(server: ApiServer) -> None:
    client = Acme(api_key="test-key", base_url=f"{server.url}/api", _strict_response_validation=False)
    big = 2**53 + 1
    server.script = [
        (200, {"Content-Type": "application/json"}, f'{{"cls": "c", "count": {big}, "kind_of": {{"k": {{"prop": "x"}}}}}}'.encode())
    ]
    record = client.get("/v1/record", cast_to=Record)
    assert record.id is None  # type: ignore[comparison-overlap]
    assert record.when is None  # type: ignore[comparison-overlap]
    assert record.cls == "c"
    assert record.count == big and isinstance(record.count, int)
    # Data that fits no variant of a union is built as its first variant of that shape.
    assert isinstance(record.kind_of["k"], Item)
    assert record.to_dict(warnings=False) == {"cls": "c", "count": big, "kind_of": {"k": {"prop": "x"}}}


def test_loose_float_keeps_exact_numbers() -> None:
    class Model(BaseModel):
        value: float

    assert Model.model_construct(value=10).value == 10.0
    assert isinstance(Model.model_construct(value=10).value, float)
    assert isinstance(Model.model_construct(value=10**400).value, int)


def test_discriminator_named_by_the_python_name_of_an_aliased_property() -> None:
    class A(BaseModel):
        foo_type: Literal["a"] = pydantic.Field(alias="type")
        data: str

    class B(BaseModel):
        foo_type: Literal["b"] = pydantic.Field(alias="type")
        data: int

    union = cast(Any, Annotated[Union[A, B], PropertyInfo(discriminator="foo_type")])
    built = construct_type(value={"type": "b", "data": "not a number"}, type_=union)
    assert isinstance(built, B)
    assert built.data == "not a number"  # type: ignore[comparison-overlap]


def test_typed_additional_properties_are_built() -> None:
    class Model(BaseModel):
        __pydantic_extra__: Dict[str, Item] = pydantic.Field(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]
        other: str

    built = construct_type(value={"a": {"prop": 1}, "other": "foo"}, type_=Model)
    assert isinstance(built, Model)
    extra = built.model_extra or {}
    assert isinstance(extra["a"], Item) and extra["a"].prop == 1


class Base64Params(TypedDict, total=False):
    blob: Annotated[Union[str, bytes, io.IOBase], PropertyInfo(format="base64")]


def test_base64_property_takes_encoded_text_as_it_is() -> None:
    assert maybe_transform({"blob": "SGk="}, Base64Params) == {"blob": "SGk="}
    assert maybe_transform({"blob": io.StringIO("Hi")}, Base64Params) == {"blob": "SGk="}
    assert maybe_transform({"blob": io.BytesIO(b"Hi")}, Base64Params) == {"blob": "SGk="}


def test_timestamps_in_any_unit_and_beyond_any_date() -> None:
    expected = datetime(2019, 2, 4, 21, 34, 12, 104_324, tzinfo=timezone.utc)
    assert parse_datetime(1_549_316_052_104_324) == expected
    assert parse_datetime(1_549_316_052_104_324_096) == expected
    assert parse_datetime("inf") == datetime.max
    assert parse_datetime(float("-inf")) == datetime.min
    assert parse_date(10**100) == date.max
    with pytest.raises(ValueError):
        parse_datetime("nan")


def test_a_top_level_file_array_leaves_the_body() -> None:
    body: Dict[str, object] = {"files": [b"one", b"two"], "title": "hello"}
    assert extract_files(body, paths=[["files", "<array>"]]) == [("files[]", b"one"), ("files[]", b"two")]
    assert body == {"title": "hello"}


def test_too_many_positional_arguments_message() -> None:
    @required_args(["a"])
    def foo(a: Union[str, None] = None) -> Union[str, None]:
        return a

    with pytest.raises(TypeError, match=r"foo\(\) takes 1 argument\(s\) but 2 were given"):
        foo("a", "b")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


@pytest.mark.parametrize(
    "template, values, expected",
    [
        ("/v1/{id}", {"id": "abc"}, "/v1/abc"),
        ("/v1/{a}/x/{b}", {"a": 1, "b": None}, "/v1/1/x/null"),
        ("/v1/{v}", {"v": True}, "/v1/true"),
        ("/v1/{v}", {"v": "../../admin?x=1#f"}, "/v1/..%2F..%2Fadmin%3Fx=1%23f"),
        ("/v1/{v}", {"v": "%20 "}, "/v1/%2520%20"),
        ("/v1/{v}", {"v": ".hidden"}, "/v1/.hidden"),
        ("/items?q={v}&n=1", {"v": "a/b?c&d=e#f"}, "/items?q=a/b?c%26d%3De%23f&n=1"),
        ("/docs#{v}", {"v": "a/b?c#d"}, "/docs#a/b?c%23d"),
    ],
)
def test_path_params_are_encoded_for_their_part_of_the_url(template: str, values: Dict[str, object], expected: str) -> None:
    assert path_template(template, **values) == expected


@pytest.mark.parametrize(
    "template, values",
    [("/v1/{a}", {"a": ".."}), ("/v1/{a}/x", {"a": "."}), ("/v1/{a}{b}", {"a": ".", "b": "."}), ("/v1/%2e%2E/{x}", {"x": "ok"})],
)
def test_path_params_never_make_a_dot_segment(template: str, values: Dict[str, object]) -> None:
    with pytest.raises(ValueError, match="dot-segment"):
        path_template(template, **values)
    with pytest.raises(KeyError):
        path_template("/v1/{missing}")


class Person(pydantic.BaseModel):
    first_name: str = pydantic.Field(alias="firstName")
    role: str = "member"


def test_json_bodies_hold_dates_and_models(client: Acme, server: ApiServer) -> None:
    server.script = [NO_BODY]
    client.post(
        "/v1/people",
        body={"when": datetime(2023, 1, 1, 12, 0), "day": date(2023, 1, 2), "person": Person(firstName="Ann")},
        cast_to=httpx.Response,
    )
    assert server.last.body == b'{"when":"2023-01-01T12:00:00","day":"2023-01-02","person":{"firstName":"Ann"}}'
