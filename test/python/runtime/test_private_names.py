"""The runtime's private names that Stainless SDKs' own tests and their owners' hand-written code (`lib/`, patched
resources) import, with the behaviour those callers rely on."""

from __future__ import annotations

import io
import json
import asyncio
import threading
from collections import deque
from typing import Any, Dict, List, Union, Generic, TypeVar, Iterable, Iterator, Optional, AsyncIterator, cast
from datetime import date, datetime
from typing_extensions import Literal, Annotated, TypedDict, override

import httpx
import pytest
import pydantic

from acme import Acme
from acme._qs import parse, stringify
from acme._streaming import Stream, SSEDecoder, AsyncStream, SSEBytesDecoder, is_stream_class_type
from acme._files import to_httpx_files, deepcopy_with_paths, async_to_httpx_files
from acme._types import ArrayFormat, Base64FileInput
from acme._utils import (
    LazyProxy,
    PropertyInfo,
    asyncify,
    json_safe,
    transform,
    is_tuple_t,
    is_mapping_t,
    is_sequence_t,
    extract_files,
    coerce_boolean,
    coerce_integer,
    get_required_header,
    maybe_coerce_float,
    maybe_coerce_boolean,
    consume_sync_iterator,
    function_has_argument,
    consume_async_iterator,
    extract_type_var_from_base,
)
from acme._compat import (
    PYDANTIC_V2,
    model_parse,
    model_parse_json,
    field_outer_type,
    get_model_fields,
    field_is_required,
)
from acme._models import (
    DISCRIMINATOR_CACHE,
    BaseModel,
    EagerIterable,
    FinalRequestOptions,
    is_basemodel,
    construct_type,
    is_basemodel_type,
    construct_type_unchecked,
)
from acme._response import (
    APIResponse,
    BaseAPIResponse,
    AsyncAPIResponse,
    BinaryAPIResponse,
    AsyncBinaryAPIResponse,
    extract_response_type,
    MissingStreamClassError,
)
from acme._base_client import (
    OtherArch,
    OtherPlatform,
    get_platform,
    _merge_mappings,
    platform_headers,
    get_architecture,
)
from acme._utils._json import openapi_dumps

_T = TypeVar("_T")
_U = TypeVar("_U")


# _utils._json.openapi_dumps: the bytes of a JSON request body


def test_openapi_dumps_is_compact_utf8_json_with_dates_and_models() -> None:
    class Address(pydantic.BaseModel):
        street: str
        city: str = "Unknown"

    class User(pydantic.BaseModel):
        user_name: str = pydantic.Field(alias="userName")
        address: Optional[Address] = None
        active: bool = True

    user = User(userName="zoë", address=Address(street="Main St"))
    body = {"when": datetime(2024, 5, 6, 7, 8, 9), "day": date(2024, 5, 6), "user": user}
    assert openapi_dumps(body) == (
        '{"when":"2024-05-06T07:08:09","day":"2024-05-06","user":{"userName":"zoë","address":{"street":"Main St"}}}'
    ).encode("utf-8")


def test_openapi_dumps_is_what_the_client_sends(client: Acme) -> None:
    body = {"at": datetime(2024, 1, 2, 3, 4, 5), "name": "ü"}
    request = client._build_request(FinalRequestOptions(method="post", url="/x", json_data=body))
    assert request.read() == openapi_dumps(body)


def test_openapi_dumps_rejects_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        openapi_dumps({"x": object()})


# _utils.LazyProxy


def test_lazy_proxy_loads_on_first_use_and_stands_for_the_object() -> None:
    loads: List[int] = []

    class Settings(LazyProxy[Dict[str, int]]):
        @override
        def __load__(self) -> Dict[str, int]:
            loads.append(1)
            return {"a": 1}

    proxy = Settings()
    assert loads == []
    assert cast(Any, proxy).get("a") == 1
    assert isinstance(proxy, dict)
    assert repr(proxy) == "{'a': 1}" and str(proxy) == "{'a': 1}"
    assert "keys" in dir(proxy)
    assert proxy.__as_proxied__() is proxy


def test_lazy_proxy_that_fails_to_load_or_loads_itself() -> None:
    class Broken(LazyProxy[Any]):
        @override
        def __load__(self) -> Any:
            raise RuntimeError("missing dependency")

    broken = Broken()
    assert not isinstance(broken, dict)
    assert isinstance(broken, LazyProxy)

    class Itself(LazyProxy[Any]):
        @override
        def __load__(self) -> Any:
            return self

    itself = Itself()
    assert repr(itself) == "Itself" and str(itself) == "Itself"
    assert dir(itself) == []
    assert cast(Any, itself).anything.deeper is itself


# _utils.asyncify


async def test_asyncify_runs_the_function_in_a_worker_thread() -> None:
    def which_thread(prefix: str, *, suffix: str) -> str:
        return f"{prefix}{threading.get_ident()}{suffix}"

    result = await asyncify(which_thread)("<", suffix=">")
    assert result.startswith("<") and result.endswith(">")
    assert result != f"<{threading.get_ident()}>"


def test_asyncify_leaves_no_thread_behind_once_the_loop_ends() -> None:
    before = set(threading.enumerate())

    async def main() -> str:
        return await asyncify(str.upper)("done")

    assert asyncio.run(main()) == "DONE"
    assert set(threading.enumerate()) <= before


# _utils.extract_type_var_from_base, _response.extract_response_type


class _Base(Generic[_T, _U]): ...


class _Swapped(_Base[_U, _T], Generic[_T, _U]): ...


class _Fixed(_Swapped[int, str]): ...


def test_extract_type_var_from_base_through_subclasses() -> None:
    bases = cast("tuple[type, ...]", (_Base,))
    assert extract_type_var_from_base(_Base[int, str], index=1, generic_bases=bases) is str
    # _Swapped[A, B] is _Base[B, A]
    assert extract_type_var_from_base(_Swapped[int, str], index=0, generic_bases=bases) is str
    assert extract_type_var_from_base(_Fixed, index=1, generic_bases=bases) is int
    with pytest.raises(RuntimeError, match="to have a type argument at index 0"):
        extract_type_var_from_base(_Base, index=0, generic_bases=bases)
    with pytest.raises(RuntimeError, match="no type here"):
        extract_type_var_from_base(_Swapped, index=0, generic_bases=bases, failure_message="no type here")


class _Listing(APIResponse[List[str]]): ...


def test_extract_response_type() -> None:
    assert extract_response_type(BaseAPIResponse[str]) is str
    assert extract_response_type(AsyncAPIResponse[bytes]) is bytes
    assert extract_response_type(_Listing) == List[str]
    assert extract_response_type(BinaryAPIResponse) is bytes
    assert extract_response_type(AsyncBinaryAPIResponse) is bytes
    with pytest.raises(RuntimeError, match="AsyncAPIResponse'> to have a type argument at index 0"):
        extract_response_type(AsyncAPIResponse)


def test_parsing_into_a_plain_pydantic_model_is_refused(client: Acme) -> None:
    class Plain(pydantic.BaseModel):
        name: str

    response = APIResponse(
        raw=httpx.Response(200, json={"name": "x"}),
        client=client,
        stream=False,
        stream_cls=None,
        cast_to=str,
        options=FinalRequestOptions(method="get", url="/x"),
    )
    with pytest.raises(TypeError, match="must subclass our base model type, e.g. `from acme import BaseModel`"):
        response.parse(to=Plain)


def test_a_stream_without_a_stream_class(client: Acme) -> None:
    client._default_stream_cls = None  # an API without streams: the client names no stream class
    response = APIResponse(
        raw=httpx.Response(200, content=b"data: {}\n\n", headers={"content-type": "text/event-stream"}),
        client=client,
        stream=True,
        stream_cls=None,
        cast_to=object,
        options=FinalRequestOptions(method="get", url="/x"),
    )
    with pytest.raises(MissingStreamClassError, match="`stream_cls` argument was not given"):
        response.parse()


# _files.deepcopy_with_paths, extract_files(array_format=), to_httpx_files


def test_deepcopy_with_paths_copies_only_the_containers_on_the_paths() -> None:
    shared = {"deep": [1]}
    first, second = {"file": b"1", "n": 1}, {"file": b"2", "n": 2}
    original: Dict[str, Any] = {"items": [first, second], "files": [b"a"], "other": shared}
    copied = deepcopy_with_paths(original, [["items", "<array>", "file"], ["files", "<array>"]])
    assert copied == original and copied is not original
    assert copied["items"] is not original["items"] and copied["items"][0] is not first
    assert copied["files"] is not original["files"]
    assert copied["other"] is shared
    assert deepcopy_with_paths(original, []) is original

    extracted = extract_files(copied, paths=[["items", "<array>", "file"], ["files", "<array>"]])
    assert extracted == [("items[][file]", b"1"), ("items[][file]", b"2"), ("files[]", b"a")]
    assert first == {"file": b"1", "n": 1} and original["files"] == [b"a"]


@pytest.mark.parametrize(
    "array_format,top,nested",
    [
        ("brackets", ["files[]", "files[]"], ["items[][file]", "items[][file]"]),
        ("indices", ["files[0]", "files[1]"], ["items[0][file]", "items[1][file]"]),
        ("repeat", ["files", "files"], ["items[file]", "items[file]"]),
        ("comma", ["files", "files"], ["items[file]", "items[file]"]),
    ],
)
def test_extract_files_names_list_items_by_array_format(
    array_format: ArrayFormat, top: List[str], nested: List[str]
) -> None:
    files = extract_files({"files": [b"a", b"b"]}, paths=[["files", "<array>"]], array_format=array_format)
    assert [name for name, _ in files] == top
    items = {"items": [{"file": b"a"}, {"file": b"b"}]}
    files = extract_files(items, paths=[["items", "<array>", "file"]], array_format=array_format)
    assert [name for name, _ in files] == nested


async def test_to_httpx_files_keeps_a_mapping_a_mapping() -> None:
    assert to_httpx_files({"file": b"x"}) == {"file": b"x"}
    assert to_httpx_files([("file", b"x")]) == [("file", b"x")]
    assert await async_to_httpx_files({"file": b"x"}) == {"file": b"x"}


# _types.Base64FileInput, _utils.transform


def test_transform_base64_file_input_and_untouched_lists() -> None:
    class Params(TypedDict, total=False):
        data: Annotated[Union[str, Base64FileInput], PropertyInfo(format="base64")]
        ids: List[int]
        numbers: Iterable[int]

    ids = [1, 2]
    result = transform({"data": io.BytesIO(b"hi"), "ids": ids, "numbers": iter([3])}, Params)
    assert result == {"data": "aGk=", "ids": [1, 2], "numbers": [3]}
    assert result["ids"] is ids


def test_stringify_unknown_array_format() -> None:
    with pytest.raises(NotImplementedError, match="Unknown array_format value: foo, choose from comma, repeat"):
        stringify({"a": ["x", "y"]}, array_format=cast(Any, "foo"))


# _models


def test_discriminator_details_are_cached_per_union() -> None:
    class A(BaseModel):
        kind: Literal["a"]
        data: str

    class B(BaseModel):
        kind: Literal["b"]
        data: int

    union = cast(Any, Union[A, B])
    assert DISCRIMINATOR_CACHE.get(union) is None
    annotated = cast(Any, Annotated[union, PropertyInfo(discriminator="kind")])
    first = construct_type(value={"kind": "b", "data": "not an int"}, type_=annotated)
    assert isinstance(first, B)
    details = DISCRIMINATOR_CACHE.get(union)
    assert details is not None and details.mapping == {"a": A, "b": B}
    assert isinstance(construct_type(value={"kind": "a", "data": 1}, type_=annotated), A)
    assert DISCRIMINATOR_CACHE.get(union) is details


def test_variants_sharing_a_tag() -> None:
    class A(BaseModel):
        kind: Literal["a"]
        data: bool

    class B(BaseModel):
        kind: Literal["a"]
        data: int

    annotated = cast(Any, Annotated[Union[A, B], PropertyInfo(discriminator="kind")])
    # The first variant the value is valid for; data valid for none is built as the last.
    assert isinstance(construct_type(value={"kind": "a", "data": True}, type_=annotated), A)
    assert isinstance(construct_type(value={"kind": "a", "data": 5}, type_=annotated), B)
    assert isinstance(construct_type(value={"kind": "a", "data": "x"}, type_=annotated), B)


def test_construct_type_unchecked_and_basemodel_checks() -> None:
    class Item(BaseModel):
        id: str

    item = construct_type_unchecked(value={"id": 1}, type_=Item)
    assert isinstance(item, Item) and cast(Any, item.id) == 1
    assert is_basemodel_type(Item) and is_basemodel(Optional[Item])
    assert not is_basemodel(Union[int, str]) and not is_basemodel_type(dict)


# _compat


def test_compat_helpers() -> None:
    class Item(pydantic.BaseModel):
        id: int
        note: Optional[str] = None

    assert PYDANTIC_V2
    fields = get_model_fields(Item)
    assert list(fields) == ["id", "note"]
    assert field_outer_type(fields["note"]) == Optional[str]
    assert field_is_required(fields["id"]) and not field_is_required(fields["note"])
    assert model_parse_json(Item, b'{"id": 3}').id == 3
    assert model_parse(Item, {"id": 4}).id == 4


# _base_client: platform description, _merge_mappings


def test_platform_description() -> None:
    platform = get_platform()
    assert isinstance(platform, (str, OtherPlatform))
    assert str(OtherPlatform("plan9")) == "Other:plan9" and str(OtherArch("mips")) == "other:mips"
    assert isinstance(get_architecture(), (str, OtherArch))
    headers = platform_headers("1.2.3")
    assert headers["X-Stainless-Package-Version"] == "1.2.3" and headers["X-Stainless-OS"] == str(platform)
    assert platform_headers("1.2.3", platform="Android")["X-Stainless-OS"] == "Android"


def test_merge_mappings_drops_omitted_keys() -> None:
    from acme._types import omit

    assert _merge_mappings({"a": "1", "b": "2"}, {"b": omit, "c": "3"}) == {"a": "1", "c": "3"}


# _utils helpers


def test_utils_helpers() -> None:
    assert is_mapping_t({"a": 1}) and not is_mapping_t([1])
    assert is_sequence_t([1]) and is_tuple_t((1,)) and not is_tuple_t([1])
    assert coerce_integer("42") == 42 and coerce_boolean("on") and not coerce_boolean("yes")
    assert maybe_coerce_float(None) is None and maybe_coerce_float("1.5") == 1.5
    assert maybe_coerce_boolean("1") is True
    assert get_required_header(httpx.Headers({"X-Id": "7"}), "x-id") == "7"
    assert get_required_header({"x-id": "8"}, "X-Id") == "8"
    with pytest.raises(ValueError, match="Could not find X-Other header"):
        get_required_header({}, "X-Other")
    assert json_safe({"d": date(2024, 1, 2), "l": [datetime(2024, 1, 2, 3, 4)]}) == {
        "d": "2024-01-02",
        "l": ["2024-01-02T03:04:00"],
    }

    def takes(*, timeout: float) -> float:
        return timeout

    assert function_has_argument(takes, "timeout") and not function_has_argument(takes, "retries")


# _models.EagerIterable


@pytest.mark.parametrize(
    "given,validated",
    [
        ([1, 2], [1, 2]),
        ((1, 2), (1, 2)),
        ({1, 2}, {1, 2}),
        (deque([1, 2]), deque([1, 2])),
        (iter([1, 2]), [1, 2]),
        ((n for n in [1, 2]), [1, 2]),
        (["1", 2], [1, 2]),
    ],
    ids=["list", "tuple", "set", "deque", "iterator", "generator", "coerced"],
)
def test_eager_iterable_is_read_once_when_validated(given: Iterable[Any], validated: Iterable[int]) -> None:
    class Holder(TypedDict):
        items: EagerIterable[int]

    class Model(BaseModel):
        holder: Holder

    model = Model.model_validate({"holder": {"items": given}})
    assert model.holder["items"] == validated
    # a lazy `Iterable` field would be empty on the second dump
    assert model.model_dump()["holder"]["items"] == list(validated)
    assert model.model_dump()["holder"]["items"] == list(validated)
    assert model.to_json(indent=None) == '{"holder":{"items":' + json.dumps(list(validated)).replace(" ", "") + "}}"


def test_eager_iterable_of_a_string_and_of_bad_items() -> None:
    class Model(BaseModel):
        letters: EagerIterable[str]
        numbers: Optional[EagerIterable[int]] = None

    assert Model.model_validate({"letters": "hey"}).letters == ["h", "e", "y"]
    with pytest.raises(pydantic.ValidationError):
        Model.model_validate({"letters": [], "numbers": ["x"]})
    with pytest.raises(pydantic.ValidationError):
        Model.model_validate({"letters": 5})


# _qs.parse, _streaming, _utils.consume_*, _utils._resources_proxy


def test_qs_parse_inverts_repeat() -> None:
    assert parse("a=1&b=x&b=y") == {"a": "1", "b": ["x", "y"]}


def test_stream_class_checks_and_decoder_protocol() -> None:
    assert is_stream_class_type(Stream[int]) and is_stream_class_type(AsyncStream)
    assert not is_stream_class_type(List[int]) and not is_stream_class_type(int)
    assert isinstance(SSEDecoder(), SSEBytesDecoder)
    assert not isinstance(object(), SSEBytesDecoder)


async def test_consume_iterators() -> None:
    seen: List[int] = []

    def numbers() -> Iterator[int]:
        for n in range(3):
            seen.append(n)
            yield n

    async def async_numbers() -> AsyncIterator[int]:
        for n in range(3, 5):
            seen.append(n)
            yield n

    consume_sync_iterator(numbers())
    await consume_async_iterator(async_numbers())
    assert seen == [0, 1, 2, 3, 4]


def test_resources_proxy_is_the_resources_package() -> None:
    import acme.resources
    from acme._utils._resources_proxy import resources

    assert isinstance(resources, LazyProxy)
    assert cast(Any, resources).PromptsResource is acme.resources.PromptsResource
