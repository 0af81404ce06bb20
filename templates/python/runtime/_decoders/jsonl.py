"""Responses in JSON Lines (`application/jsonl`, `application/x-ndjson`): one JSON value a line, read as they arrive.

A method whose `cast_to` is `JSONLDecoder[T]` (`AsyncJSONLDecoder[T]` on the async client) returns the decoder itself:
iterating it yields each line's value as `T`, built the way response models are (`construct_type_unchecked`). Blank
lines are skipped; a line that is not JSON raises `APIResponseValidationError` naming it. Leaving the loop before the
end (`break`, an error), or `close()`, closes the response, so that the connection is not left open. Used in a `with`
block (`async with` on the async client), the decoder closes it when the block ends: at once, where an `async for`
left early closes it only when the event loop finalizes the loop's generator.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import Type, Generic, TypeVar, Iterator, Generator, AsyncIterator, AsyncGenerator
from typing_extensions import Self

import httpx

from .._models import construct_type_unchecked
from .._exceptions import APIResponseValidationError

__all__ = ["JSONLDecoder", "AsyncJSONLDecoder"]

_T = TypeVar("_T")


def _split_lines(pending: bytes, chunk: bytes) -> "tuple[list[bytes], bytes]":
    """The complete lines of `pending + chunk` (without their line ends) and what is left after the last one.

    A line ending in a lone "\\r" is left too: its "\\n" may be in the next chunk (one line end, not two).
    """
    lines = (pending + chunk).splitlines(keepends=True)
    rest = b""
    if lines and not lines[-1].endswith(b"\n"):
        rest = lines.pop()
    return [line.rstrip(b"\r\n") for line in lines], rest


def _invalid_line(response: httpx.Response | None, line: bytes, number: int) -> Exception:
    text = line.decode("utf-8", errors="replace")
    message = f"Invalid JSON on line {number} of a JSON Lines response: {text[:100]}"
    # (A decoder built by hand, without a response, has no request to name.)
    if response is None:
        return ValueError(message)
    return APIResponseValidationError(response, text, message=message)


class JSONLDecoder(Generic[_T]):
    """Iterates a JSON Lines body, one `line_type` value a line (blank lines skipped)."""

    http_response: httpx.Response | None
    """The response the lines are read from."""

    def __init__(
        self, *, raw_iterator: Iterator[bytes], line_type: Type[_T], http_response: httpx.Response | None
    ) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self.__decode__()

    def _value(self, line: bytes, number: int) -> _T:
        try:
            value = json.loads(line)
        except ValueError as error:
            raise _invalid_line(self.http_response, line, number) from error
        return construct_type_unchecked(value=value, type_=self._line_type)

    def __decode__(self) -> Generator[_T, None, None]:
        try:
            pending = b""
            number = 0
            for chunk in self._raw_iterator:
                lines, pending = _split_lines(pending, chunk)
                for line in lines:
                    number += 1
                    if line.strip():
                        yield self._value(line, number)
            if pending.strip():
                yield self._value(pending.rstrip(b"\r\n"), number + 1)
        finally:
            self._close_response()

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        try:
            for item in self._iterator:
                yield item
        finally:
            # Left early (`break`, an error in the loop): the lines not read are not wanted.
            self.close()

    def _close_response(self) -> None:
        if self.http_response is not None:
            self.http_response.close()

    def close(self) -> None:
        """Closes the response (the lines not read yet are dropped: iterating again yields nothing)."""
        self._iterator.close()
        self._close_response()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncJSONLDecoder(Generic[_T]):
    """`JSONLDecoder` over an async body: `async for` yields one `line_type` value a line."""

    http_response: httpx.Response | None
    """The response the lines are read from."""

    def __init__(
        self, *, raw_iterator: AsyncIterator[bytes], line_type: Type[_T], http_response: httpx.Response | None
    ) -> None:
        self.http_response = http_response
        self._raw_iterator = raw_iterator
        self._line_type = line_type
        self._iterator = self.__decode__()

    def _value(self, line: bytes, number: int) -> _T:
        try:
            value = json.loads(line)
        except ValueError as error:
            raise _invalid_line(self.http_response, line, number) from error
        return construct_type_unchecked(value=value, type_=self._line_type)

    async def __decode__(self) -> AsyncGenerator[_T, None]:
        try:
            pending = b""
            number = 0
            async for chunk in self._raw_iterator:
                lines, pending = _split_lines(pending, chunk)
                for line in lines:
                    number += 1
                    if line.strip():
                        yield self._value(line, number)
            if pending.strip():
                yield self._value(pending.rstrip(b"\r\n"), number + 1)
        finally:
            await self._close_response()

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        try:
            async for item in self._iterator:
                yield item
        finally:
            # Left early (`break`, an error in the loop): the lines not read are not wanted.
            await self.close()

    async def _close_response(self) -> None:
        if self.http_response is not None:
            await self.http_response.aclose()

    async def close(self) -> None:
        """Closes the response (the lines not read yet are dropped: iterating again yields nothing)."""
        await self._iterator.aclose()
        await self._close_response()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        await self.close()
