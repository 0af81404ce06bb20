"""Responses in JSON Lines (`application/jsonl`, `application/x-ndjson`): one JSON value a line, read as they arrive.

A method whose `cast_to` is `JSONLDecoder[T]` (`AsyncJSONLDecoder[T]` on the async client) returns the decoder itself:
iterating it yields each line's value as `T`, built the way response models are (`construct_type_unchecked`).
"""

from __future__ import annotations

import json
from typing import Type, Generic, TypeVar, Iterator, AsyncIterator

import httpx

from .._models import construct_type_unchecked

__all__ = ["JSONLDecoder", "AsyncJSONLDecoder"]

_T = TypeVar("_T")


def _split_lines(pending: bytes, chunk: bytes) -> "tuple[list[bytes], bytes]":
    """The complete lines of `pending + chunk` (without their line ends) and what is left after the last one."""
    lines = (pending + chunk).splitlines(keepends=True)
    rest = b""
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        rest = lines.pop()
    return [line.rstrip(b"\r\n") for line in lines], rest


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

    def _value(self, line: bytes) -> _T:
        return construct_type_unchecked(value=json.loads(line), type_=self._line_type)

    def __decode__(self) -> Iterator[_T]:
        pending = b""
        for chunk in self._raw_iterator:
            lines, pending = _split_lines(pending, chunk)
            for line in lines:
                if line.strip():
                    yield self._value(line)
        if pending.strip():
            yield self._value(pending)

    def __next__(self) -> _T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[_T]:
        for item in self._iterator:
            yield item

    def close(self) -> None:
        """Closes the response (the lines not read yet are dropped)."""
        if self.http_response is not None:
            self.http_response.close()


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

    def _value(self, line: bytes) -> _T:
        return construct_type_unchecked(value=json.loads(line), type_=self._line_type)

    async def __decode__(self) -> AsyncIterator[_T]:
        pending = b""
        async for chunk in self._raw_iterator:
            lines, pending = _split_lines(pending, chunk)
            for line in lines:
                if line.strip():
                    yield self._value(line)
        if pending.strip():
            yield self._value(pending)

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for item in self._iterator:
            yield item

    async def close(self) -> None:
        """Closes the response (the lines not read yet are dropped)."""
        if self.http_response is not None:
            await self.http_response.aclose()
