from __future__ import annotations

import json
import codecs
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, List, Tuple, Generic, Iterator, Optional, AsyncIterator, cast
from typing_extensions import Self, TypeVar, Protocol, get_args, override, get_origin, runtime_checkable

import httpx

from ._exceptions import APIError

if TYPE_CHECKING:
    from ._models import FinalRequestOptions
    from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = [
    "Stream",
    "AsyncStream",
    "ServerSentEvent",
    "SSEDecoder",
    "SSEBytesDecoder",
    "extract_stream_chunk_type",
    "is_stream_class_type",
]

_T = TypeVar("_T")


class ServerSentEvent:
    """One dispatched event of a `text/event-stream` body."""

    def __init__(
        self,
        *,
        event: Optional[str] = None,
        data: Optional[str] = None,
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self._event = event
        self._data = data if data is not None else ""
        self._id = id
        self._retry = retry

    @property
    def event(self) -> Optional[str]:
        return self._event

    @property
    def id(self) -> Optional[str]:
        return self._id

    @property
    def retry(self) -> Optional[int]:
        return self._retry

    @property
    def data(self) -> str:
        return self._data

    def json(self) -> Any:
        return json.loads(self.data)

    @override
    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry})"


class _LineSplitter:
    """Splits decoded text into lines at CRLF, LF or CR, including when a CRLF pair spans two chunks."""

    def __init__(self) -> None:
        self._buffer = ""
        self._pending_cr = False
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, chunk: bytes) -> List[str]:
        text = self._decoder.decode(chunk)
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]
        self._pending_cr = False
        lines: List[str] = []
        start = 0
        index = 0
        while index < len(text):
            char = text[index]
            if char == "\r" or char == "\n":
                lines.append(self._buffer + text[start:index])
                self._buffer = ""
                if char == "\r":
                    if index + 1 < len(text):
                        if text[index + 1] == "\n":
                            index += 1
                    else:
                        self._pending_cr = True
                start = index + 1
            index += 1
        self._buffer += text[start:]
        return lines

    def flush(self) -> List[str]:
        rest = self._buffer + self._decoder.decode(b"", final=True)
        self._buffer = ""
        return [rest] if rest else []


class SSEDecoder:
    """A decoder for the `text/event-stream` format as the HTML living standard defines it: `event`, multi-line
    `data`, `id` (ignored when it holds NUL), `retry` (digits only), `:` comments, and any line ending."""

    def __init__(self) -> None:
        self._reset()
        self._last_event_id: Optional[str] = None
        self._retry: Optional[int] = None

    def _reset(self) -> None:
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._seen_field = False

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]:
        splitter = _LineSplitter()
        for chunk in iterator:
            for line in splitter.feed(chunk):
                event = self.decode(line)
                if event is not None:
                    yield event
        for line in [*splitter.flush(), ""]:
            event = self.decode(line)
            if event is not None:
                yield event

    async def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
        splitter = _LineSplitter()
        async for chunk in iterator:
            for line in splitter.feed(chunk):
                event = self.decode(line)
                if event is not None:
                    yield event
        for line in [*splitter.flush(), ""]:
            event = self.decode(line)
            if event is not None:
                yield event

    def decode(self, line: str) -> Optional[ServerSentEvent]:
        """Feeds one line (without its line ending); returns an event when the line ends one."""
        if line == "":
            if not self._seen_field:
                return None
            event = ServerSentEvent(
                event=self._event,
                data="\n".join(self._data),
                id=self._last_event_id,
                retry=self._retry,
            )
            self._reset()
            return event

        if line.startswith(":"):
            return None

        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]

        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._last_event_id = value
        elif name == "retry":
            if value.isdigit():
                self._retry = int(value)
        else:
            return None
        self._seen_field = True
        return None


@runtime_checkable
class SSEBytesDecoder(Protocol):
    """What turns a response's byte chunks into events: `SSEDecoder`, or an owner's decoder for another framing."""

    def iter_bytes(self, iterator: Iterator[bytes]) -> Iterator[ServerSentEvent]: ...

    def aiter_bytes(self, iterator: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]: ...


def is_stream_class_type(typ: object) -> bool:
    """Whether `typ` is `Stream`, `AsyncStream` or a subclass, parametrised or not."""
    origin = get_origin(typ) or typ
    return isinstance(origin, type) and issubclass(origin, (Stream, AsyncStream))


_NO_DEFAULT = object()


def extract_stream_chunk_type(
    stream_cls: type, *, failure_message: Optional[str] = None, default: object = _NO_DEFAULT
) -> object:
    """`Stream[Chunk]` → `Chunk` (also for subclasses of a parametrised stream). A stream class given no chunk type
    gives `default`, or without one raises RuntimeError (`failure_message`), as Stainless's does."""
    args = get_args(stream_cls)
    if args:
        return cast(object, args[0])
    for base in getattr(stream_cls, "__orig_bases__", ()):
        base_args = get_args(base)
        if base_args and not isinstance(base_args[0], TypeVar):
            return cast(object, base_args[0])
    if default is not _NO_DEFAULT:
        return default
    raise RuntimeError(failure_message or f"Could not resolve the chunk type of {stream_cls}")


def _error_message(payload: object, fallback: str) -> str:
    if isinstance(payload, dict):
        message = cast(Dict[str, object], payload).get("message")
        if isinstance(message, str) and message:
            return message
    return fallback


# The API's own handling of events (a Stainless config's `streaming.on_event`), written here by the generator: the
# first rule whose event names (None: any; a None name: an event without one) and data prefix (None: any) match
# decides whether the event is yielded (raising an APIError instead when its data has the error property), skipped,
# raised as the client's status error, or ends the stream ("done"); an event no rule matches is skipped. Empty: the
# handling in __stream__.
_EventRule = Tuple[Optional[Tuple[Optional[str], ...]], Optional[str], str, Optional[str]]
_EVENT_RULES: Tuple[_EventRule, ...] = ()

_SKIP = object()
_DONE = object()


def _ruled_event(
    sse: ServerSentEvent, cast_to: object, client: SyncAPIClient | AsyncAPIClient, response: httpx.Response
) -> object:
    """The item an event is under _EVENT_RULES: _SKIP, _DONE, or its parsed data."""
    for events, prefix, handle, error_property in _EVENT_RULES:
        if events is not None and sse.event not in events:
            continue
        if prefix is not None and not sse.data.startswith(prefix):
            continue
        if handle == "done":
            return _DONE
        if handle == "error":
            # The client's status error for the stream's response (its class by the response's status), as a failed
            # request would raise: the event's JSON data as the body, the data itself when it is not JSON.
            body: object
            try:
                body = sse.json()
                message = f"{body}"
            except ValueError:
                body = sse.data
                message = sse.data or f"Error code: {response.status_code}"
            raise client._make_status_error(message, body=body, response=response)
        if handle != "yield":
            return _SKIP
        data = _event_data(sse, cast_to)
        error = _property_of(data, error_property) if error_property else None
        if error:
            raise APIError(_error_message(error, "An error occurred during streaming"), response.request, body=error)
        return client._process_response_data(data=data, cast_to=cast(Any, cast_to), response=response)
    return _SKIP


class Stream(Generic[_T]):
    """The events of a streamed (`stream=True`) call, each event's JSON data parsed into `_T`.

    Iterate it (`for chunk in stream`) or use it as a context manager to make sure the connection is closed.
    """

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: object,
        response: httpx.Response,
        client: SyncAPIClient,
        options: Optional[FinalRequestOptions] = None,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        # The request's options, for subclasses (an owner's stream that re-sends or reads them), as Stainless's keep.
        self._options = options
        self._decoder = SSEDecoder()
        self._iterator = self.__stream__()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        yield from self._decoder.iter_bytes(self.response.iter_bytes())

    def __stream__(self) -> Iterator[_T]:
        try:
            for sse in self._iter_events():
                if _EVENT_RULES:
                    item = _ruled_event(sse, self._cast_to, self._client, self.response)
                    if item is _DONE:
                        break
                    if item is not _SKIP:
                        yield cast(_T, item)
                    continue
                if sse.data.startswith("[DONE]"):
                    break
                if sse.data == "" and sse.event != "error":
                    continue  # e.g. a keep-alive `event: ping` without data
                yield cast(_T, _process_event(sse, self._cast_to, self._client, self.response))
        finally:
            self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Closes the connection; events not yet read are dropped."""
        self.response.close()


class AsyncStream(Generic[_T]):
    """The async form of `Stream`: `async for chunk in stream`, `async with stream`."""

    response: httpx.Response

    def __init__(
        self,
        *,
        cast_to: object,
        response: httpx.Response,
        client: AsyncAPIClient,
        options: Optional[FinalRequestOptions] = None,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._options = options
        self._decoder = SSEDecoder()
        self._iterator = self.__stream__()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def _iter_events(self) -> AsyncIterator[ServerSentEvent]:
        async for sse in self._decoder.aiter_bytes(self.response.aiter_bytes()):
            yield sse

    async def __stream__(self) -> AsyncIterator[_T]:
        try:
            async for sse in self._iter_events():
                if _EVENT_RULES:
                    item = _ruled_event(sse, self._cast_to, self._client, self.response)
                    if item is _DONE:
                        break
                    if item is not _SKIP:
                        yield cast(_T, item)
                    continue
                if sse.data.startswith("[DONE]"):
                    break
                if sse.data == "" and sse.event != "error":
                    continue  # e.g. a keep-alive `event: ping` without data
                yield cast(_T, _process_event(sse, self._cast_to, self._client, self.response))
        finally:
            await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await self.response.aclose()


def _process_event(
    sse: ServerSentEvent, cast_to: object, client: SyncAPIClient | AsyncAPIClient, response: httpx.Response
) -> object:
    if sse.event == "error":
        body: object
        try:
            body = sse.json()
        except ValueError:
            body = sse.data
        error = _error_of(body)
        raise APIError(
            _error_message(error if error is not None else body, f"An error occurred during streaming: {sse.data}"),
            response.request,
            body=error if error is not None else body,
        )

    data = _event_data(sse, cast_to)
    error = _error_of(data)
    if error:
        raise APIError(_error_message(error, "An error occurred during streaming"), response.request, body=error)
    return client._process_response_data(data=data, cast_to=cast(Any, cast_to), response=response)


def _event_data(sse: ServerSentEvent, cast_to: object) -> object:
    """An event's data as JSON; where the stream's events are text (`Stream[str]`, a spec's string events), a JSON
    string decoded (`data: "ready"` is "ready", as Stainless's runtime reads it) and anything else the text it is
    (`data: 42` is "42", `data: hello` "hello": not 42, nor a decoding error)."""
    if cast_to is not str:
        return sse.json()
    try:
        decoded: object = sse.json()
    except ValueError:
        return sse.data
    return decoded if isinstance(decoded, str) else sse.data


def _property_of(payload: object, name: str) -> object:
    if isinstance(payload, dict):
        return cast(Dict[str, object], payload).get(name)
    return None


def _error_of(payload: object) -> object:
    if isinstance(payload, dict):
        return cast(Dict[str, object], payload).get("error")
    return None
