from __future__ import annotations

from os import PathLike
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    AsyncIterable,
)
from typing_extensions import (
    Literal,
    Protocol,
    TypedDict,
    SupportsIndex,
    overload,
    override,
    runtime_checkable,
)

import pydantic
from httpx import URL, Auth, Proxy, Timeout, Response, BaseTransport, AsyncBaseTransport

if TYPE_CHECKING:
    from ._models import BaseModel
    from ._response import APIResponse, AsyncAPIResponse

__all__ = [
    "BinaryTypes",
    "AsyncBinaryTypes",
    "NOT_GIVEN",
    "NotGiven",
    "not_given",
    "NotGivenOr",
    "Omit",
    "omit",
    "Headers",
    "Query",
    "Body",
    "NoneType",
    "FileTypes",
    "FileContent",
    "RequestFiles",
    "SequenceNotStr",
    "Transport",
    "AsyncTransport",
    "ProxiesTypes",
    "RequestOptions",
    "Security",
    "SecurityOptions",
    "Timeout",
    "URL",
    "Proxy",
    "Response",
    "ArrayFormat",
    "NestedFormat",
    "Base64FileInput",
    "IncEx",
    "HeadersLike",
    "HeadersLikeProtocol",
    "HttpxSendArgs",
    "InheritsGeneric",
    "ModelBuilderProtocol",
]

Transport = BaseTransport
AsyncTransport = AsyncBaseTransport

Query = Mapping[str, object]
Body = object
AnyMapping = Mapping[str, object]
ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)
_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)

ProxiesDict = Dict[Union[str, URL], Union[None, str, URL, Proxy]]
ProxiesTypes = Union[str, Proxy, ProxiesDict]

# What a user may pass where the API takes a file: raw bytes, an open binary file, a path on disk, or a tuple
# `(filename, content[, content_type[, headers]])`.
FileContent = Union[IO[bytes], bytes, PathLike[str]]
# A raw request body (`content=`): sent as it is, an iterator streamed without being read first.
BinaryTypes = Union[bytes, bytearray, IO[bytes], Iterable[bytes]]
AsyncBinaryTypes = Union[bytes, bytearray, IO[bytes], Iterable[bytes], AsyncIterable[bytes]]

FileTypes = Union[
    FileContent,
    Tuple[Optional[str], FileContent],
    Tuple[Optional[str], FileContent, Optional[str]],
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = Union[Mapping[str, FileTypes], Sequence[Tuple[str, FileTypes]]]

# The same after paths are read, i.e. what httpx accepts.
HttpxFileContent = Union[IO[bytes], bytes]
HttpxFileTypes = Union[
    HttpxFileContent,
    Tuple[Optional[str], HttpxFileContent],
    Tuple[Optional[str], HttpxFileContent, Optional[str]],
    Tuple[Optional[str], HttpxFileContent, Optional[str], Mapping[str, str]],
]
HttpxRequestFiles = Union[Mapping[str, HttpxFileTypes], Sequence[Tuple[str, HttpxFileTypes]]]


# (Not `@final`, as in Stainless's runtime: owners' `isinstance(x, Omit) or (not isinstance(x, Omit) and …)` on a
# protocol-typed parameter would be an unnecessary isinstance to pyright strict.)
class NotGiven:
    """Marks a parameter the caller did not pass, so that it can be told apart from an explicit `None`.

    ```py
    client.with_options(timeout=None)  # no timeout at all
    client.with_options()  # timeout left as it was
    ```
    """

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


not_given = NotGiven()
NOT_GIVEN = not_given

NotGivenOr = Union[_T, NotGiven]


class Omit:
    """Marks a value to leave out of a request, e.g. `extra_headers={"Content-Type": omit}` drops a default header."""

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "omit"


omit = Omit()

Headers = Mapping[str, Union[str, Omit]]


class HeadersLikeProtocol(Protocol):
    """Anything that looks headers up by name, as `httpx.Headers` does."""

    def get(self, __key: str) -> str | None: ...


# Headers as a mapping or as an object with `.get` (`get_required_header` takes either).
HeadersLike = Union[Headers, HeadersLikeProtocol]


class HttpxSendArgs(TypedDict, total=False):
    """The keyword arguments the client passes to `httpx.Client.send` besides the request."""

    auth: Auth
    follow_redirects: bool


# An operation's OpenAPI `security`: its alternatives in order, each the names of the schemes sent together.
Security = Sequence[Sequence[str]]

# The same as scheme name → whether to send it: one alternative, every scheme marked True sent together (`{}`: none).
SecurityOptions = Mapping[str, bool]

NoneType: Type[None] = type(None)

PostParser = Callable[[Any], Any]


class RequestOptions(TypedDict, total=False):
    headers: Headers
    max_retries: int
    timeout: Union[float, Timeout, None]
    params: Query
    extra_json: AnyMapping
    idempotency_key: str
    post_parser: Union[PostParser, NotGiven]
    follow_redirects: bool
    security: Union[Security, SecurityOptions]


class ModelBuilderProtocol(Protocol):
    """A `cast_to` class that builds itself from the response (a page class's `build`), as Stainless's runtime names
    it; the client calls `build(response=, data=)` where the class has one."""

    @classmethod
    def build(cls: Type[_T], *, response: Response, data: object) -> _T: ...


@runtime_checkable
class InheritsGeneric(Protocol):
    """A class that subclasses a parametrised generic: its `__orig_bases__` hold the type arguments it was given
    (`extract_type_var_from_base` reads them)."""

    __orig_bases__: "tuple[_GenericAlias, ...]"


class _GenericAlias(Protocol):
    __origin__: "type[object]"


class SequenceNotStr(Protocol[_T_co]):
    """A read-only sequence that `str` does not satisfy (its `__contains__` only takes `str`), so that a
    parameter typed `SequenceNotStr[str]` rejects `"abc"` while accepting `["a", "b"]` and `("a",)`."""

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...

    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...

    def __contains__(self, value: object, /) -> bool: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[_T_co]: ...

    def __reversed__(self) -> Iterator[_T_co]: ...


StrBytesIntFloat = Union[str, bytes, int, float]

# How a query string (and a multipart form) names list items and nested keys; `_qs.Querystring` takes them too.
ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

# What a `format: base64` property accepts besides a string: read and encoded by `transform`.
Base64FileInput = Union[IO[bytes], PathLike[str]]

# pydantic's include/exclude argument.
IncEx = Union["set[int]", "set[str]", "Mapping[int, Union[IncEx, bool]]", "Mapping[str, Union[IncEx, bool]]"]

# What `cast_to` may be; kept as a plain TypeVar so that `List[Model]`, unions and `None` all fit.
ResponseT = TypeVar("ResponseT")

if TYPE_CHECKING:
    ModelBuilder = Union["BaseModel", "APIResponse[Any]", "AsyncAPIResponse[Any]"]
    JSONList = List[Any]
