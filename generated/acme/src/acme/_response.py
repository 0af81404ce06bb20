from __future__ import annotations

import os
import json
import inspect
import logging
import datetime
import functools
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Union,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
    overload,
)
from typing_extensions import ParamSpec, get_args, override, get_origin

import anyio
import httpx
import pydantic

from ._types import NoneType
from ._utils import is_given, type_alias_value, is_type_alias_type, extract_type_var_from_base
from ._models import BaseModel, FinalRequestOptions
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER
from ._streaming import Stream, AsyncStream, extract_stream_chunk_type
from ._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    from ._base_client import BaseClient

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "StreamAlreadyConsumed",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "async_to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "extract_response_type",
    "MissingStreamClassError",
]

P = ParamSpec("P")
R = TypeVar("R")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")

log: logging.Logger = logging.getLogger(__name__)

_MISSING = object()
_PACKAGE = __name__.rpartition(".")[0]


class StreamAlreadyConsumed(Exception):
    """The body was already read as a stream (`iter_bytes()` and friends), so it cannot be read again."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream content, but the content has already been streamed. "
            "Read the whole body with `.read()` before iterating it if you need both."
        )


class MissingStreamClassError(TypeError):
    def __init__(self) -> None:
        super().__init__(
            "The `stream` argument was set to `True` but the `stream_cls` argument was not given. "
            "See `_base_client.SyncAPIClient.request` for how to give it."
        )


class BaseAPIResponse(Generic[R]):
    _cast_to: type[R]
    _client: BaseClient[Any, Any]
    _parsed_by_type: Dict[object, Any]
    _is_sse_stream: bool
    _stream_cls: Union[type[Stream[Any]], type[AsyncStream[Any]], None]
    _options: FinalRequestOptions

    http_response: httpx.Response
    retries_taken: int
    """How many times the request was retried before this response (0 when the first attempt succeeded)."""

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: type[R],
        client: BaseClient[Any, Any],
        stream: bool,
        stream_cls: Union[type[Stream[Any]], type[AsyncStream[Any]], None],
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self._cast_to = cast_to
        self._client = client
        self._parsed_by_type = {}
        self._is_sse_stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to reading the response's headers."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the body was read whole or the connection closed; a `with_streaming_response` response is open
        inside its `with` block."""
        return self.http_response.is_closed

    @override
    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"

    def _cache_get(self, key: object) -> object:
        try:
            return self._parsed_by_type.get(key, _MISSING)
        except TypeError:  # unhashable type expression
            return _MISSING

    def _cache_set(self, key: object, value: object) -> None:
        try:
            self._parsed_by_type[key] = value
        except TypeError:
            pass

    def _parse(self, *, to: Optional[type[Any]] = None) -> Any:
        cast_to: Any = to if to is not None else self._cast_to
        if is_type_alias_type(cast_to):
            cast_to = type_alias_value(cast_to)
        response = self.http_response

        origin = get_origin(cast_to) or cast_to

        if self._is_sse_stream:
            return self._parse_stream(to)

        if cast_to is NoneType or cast_to is None:
            return None
        if cast_to is str:
            return response.text
        if cast_to is bytes:
            return response.content
        if cast_to is int:
            return int(response.text)
        if cast_to is float:
            return float(response.text)
        if cast_to is bool:
            return response.text.strip().lower() == "true"

        if inspect.isclass(origin) and issubclass(origin, httpx.Response):
            return response
        if inspect.isclass(origin) and issubclass(origin, pydantic.BaseModel) and not issubclass(origin, BaseModel):
            # Its unknown properties would be dropped and bad data would raise: the SDK's models keep both.
            raise TypeError(f"Pydantic models must subclass our base model type, e.g. `from {_PACKAGE} import BaseModel`")
        if inspect.isclass(origin) and issubclass(origin, BaseAPIResponse):
            raise TypeError(f"Cannot parse a response into {cast_to}; use the response object itself")

        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if "json" not in content_type:
            try:
                data = json.loads(response.text)
            except ValueError:
                if self._client._strict_response_validation:
                    raise APIResponseValidationError(
                        response=response,
                        body=response.text,
                        message=f"Expected Content-Type response header to be `application/json` but received `{content_type}` instead.",
                    ) from None
                return response.text
        else:
            try:
                data = response.json()
            except ValueError:
                if self._client._strict_response_validation:
                    raise APIResponseValidationError(
                        response=response, body=response.text, message="The response body is not valid JSON."
                    ) from None
                return response.text

        return self._client._process_response_data(data=data, cast_to=cast_to, response=response)

    def _parse_stream(self, to: Optional[type[Any]]) -> Any:
        stream_cls: Any
        if to is not None:
            stream_cls = to
        elif self._stream_cls is not None:
            stream_cls = self._stream_cls
        else:
            stream_cls = self._client._default_stream_cls
            if stream_cls is None:
                raise MissingStreamClassError()
            stream_cls = stream_cls[self._cast_to]
        origin = get_origin(stream_cls) or stream_cls
        if not (inspect.isclass(origin) and issubclass(origin, (Stream, AsyncStream))):
            raise TypeError(f"Expected a subclass of `Stream` or `AsyncStream` to parse a stream, got {stream_cls}")
        chunk_type = extract_stream_chunk_type(stream_cls, default=self._cast_to)
        return stream_cls(cast_to=chunk_type, response=self.http_response, client=self._client, options=self._options)


class APIResponse(BaseAPIResponse[R]):
    """A response as `with_raw_response` / `with_streaming_response` return it: headers and status, and the
    parsed body via `.parse()`."""

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("x-request-id")
        return value

    @overload
    def parse(self, *, to: type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: Optional[type[_T]] = None) -> Union[R, _T]:
        """The body parsed into the method's return type (or `to`), computed once and cached.

        For a streaming call (`stream=True`) this is the `Stream` of events, left unread.
        """
        key: object = to if to is not None else self._cast_to
        cached = self._cache_get(key)
        if cached is not _MISSING:
            return cast(Union[R, _T], cached)
        if not self._is_sse_stream:
            self.read()
        parsed = self._parse(to=to)
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)
        self._cache_set(key, parsed)
        return cast(Union[R, _T], parsed)

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as err:
            raise StreamAlreadyConsumed() from err

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        for chunk in self.http_response.iter_bytes(chunk_size):
            yield chunk

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        for chunk in self.http_response.iter_text(chunk_size):
            yield chunk

    def iter_lines(self) -> Iterator[str]:
        for line in self.http_response.iter_lines():
            yield line


class AsyncAPIResponse(BaseAPIResponse[R]):
    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get("x-request-id")
        return value

    @overload
    async def parse(self, *, to: type[_T]) -> _T: ...

    @overload
    async def parse(self) -> R: ...

    async def parse(self, *, to: Optional[type[_T]] = None) -> Union[R, _T]:
        key: object = to if to is not None else self._cast_to
        cached = self._cache_get(key)
        if cached is not _MISSING:
            return cast(Union[R, _T], cached)
        if not self._is_sse_stream:
            await self.read()
        parsed = self._parse(to=to)
        if is_given(self._options.post_parser):
            parsed = self._options.post_parser(parsed)
        self._cache_set(key, parsed)
        return cast(Union[R, _T], parsed)

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as err:
            raise StreamAlreadyConsumed() from err

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


class BinaryAPIResponse(APIResponse[bytes]):
    """A response whose body is a file (read whole)."""

    def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        with open(file, mode="wb") as handle:
            for data in self.iter_bytes():
                handle.write(data)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def write_to_file(self, file: Union[str, "os.PathLike[str]"]) -> None:
        path = anyio.Path(file)
        async with await path.open(mode="wb") as handle:
            async for data in self.iter_bytes():
                await handle.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A file body that is streamed rather than held in memory."""

    def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as handle:
            for data in self.iter_bytes(chunk_size):
                handle.write(data)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    async def stream_to_file(self, file: Union[str, "os.PathLike[str]"], *, chunk_size: Optional[int] = None) -> None:
        path = anyio.Path(file)
        async with await path.open(mode="wb") as handle:
            async for data in self.iter_bytes(chunk_size):
                await handle.write(data)


def extract_response_type(typ: type[BaseAPIResponse[Any]]) -> type:
    """`APIResponse[Model]` (or a subclass that fixed it, as `BinaryAPIResponse` does) → `Model`; raises
    RuntimeError for a response class given no type."""
    return cast(
        type,
        extract_type_var_from_base(
            typ,
            generic_bases=cast("tuple[type, ...]", (BaseAPIResponse, APIResponse, AsyncAPIResponse)),
            index=0,
        ),
    )


def response_body_type(response_cls: type) -> object:
    """`BinaryAPIResponse` → `bytes`: the `R` a response class was declared with."""
    for klass in inspect.getmro(response_cls):
        for base in getattr(klass, "__orig_bases__", ()):
            origin = get_origin(base)
            if inspect.isclass(origin) and issubclass(origin, BaseAPIResponse):
                args = get_args(base)
                if args and not isinstance(args[0], TypeVar):
                    return cast(object, args[0])
    return object


class ResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on `__enter__` and closes the response on `__exit__`."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self.__response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self.__response = self._request_func()
        return self.__response

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__response is not None:
            self.__response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self.__response: Optional[_AsyncAPIResponseT] = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self.__response = await self._api_request
        return self.__response

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        if self.__response is not None:
            await self.__response.close()


def _with_headers(kwargs: Dict[str, Any], extra: Dict[str, Any]) -> None:
    kwargs["extra_headers"] = {**(kwargs.get("extra_headers") or {}), **extra}


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wraps an API method so that it returns the `APIResponse` (read and closed) instead of the parsed body."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw"})
        return cast(APIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw"})
        return cast(AsyncAPIResponse[R], await func(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """Wraps an API method so that it returns a context manager around the unread `APIResponse`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        return ResponseContextManager(cast(Callable[[], APIResponse[R]], functools.partial(func, *args, **kwargs)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream"})
        return AsyncResponseContextManager(_await_as(func, args, kwargs, AsyncAPIResponse[R]))

    return wrapped


async def _await_as(func: Callable[..., Awaitable[Any]], args: Any, kwargs: Dict[str, Any], _: Any) -> Any:
    return await func(*args, **kwargs)


def to_custom_raw_response_wrapper(
    func: Callable[P, object], response_cls: type[_APIResponseT]
) -> Callable[P, _APIResponseT]:
    """Like `to_raw_response_wrapper`, returning `response_cls` (e.g. `BinaryAPIResponse`)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> _APIResponseT:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw", OVERRIDE_CAST_TO_HEADER: response_cls})
        return cast(_APIResponseT, func(*args, **kwargs))

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[P, Awaitable[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> _AsyncAPIResponseT:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "raw", OVERRIDE_CAST_TO_HEADER: response_cls})
        return cast(_AsyncAPIResponseT, await func(*args, **kwargs))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[P, object], response_cls: type[_APIResponseT]
) -> Callable[P, ResponseContextManager[_APIResponseT]]:
    """Like `to_streamed_response_wrapper`, with `response_cls` (e.g. `StreamedBinaryAPIResponse`)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[_APIResponseT]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        return ResponseContextManager(cast(Callable[[], _APIResponseT], functools.partial(func, *args, **kwargs)))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        _with_headers(kwargs, {RAW_RESPONSE_HEADER: "stream", OVERRIDE_CAST_TO_HEADER: response_cls})
        return AsyncResponseContextManager(_await_as(func, args, kwargs, response_cls))

    return wrapped


