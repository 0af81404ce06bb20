from __future__ import annotations

import asyncio
import functools
from typing import TypeVar, Callable, Awaitable
from typing_extensions import ParamSpec

import sniffio
import anyio.to_thread

__all__ = ["asyncify", "to_thread"]

_T = TypeVar("_T")
_P = ParamSpec("_P")


async def to_thread(func: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """Runs a blocking function in a worker thread and awaits its result: under asyncio in the loop's own executor
    (which `asyncio.run` shuts down, so no thread outlives the loop), under trio through anyio."""
    if sniffio.current_async_library() == "asyncio":
        return await asyncio.to_thread(func, *args, **kwargs)
    return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs))


def asyncify(function: Callable[_P, _T]) -> Callable[_P, Awaitable[_T]]:
    """`function` as a coroutine function that runs it in a worker thread, so it does not block the event loop:

    ```py
    platform = await asyncify(get_platform)()
    ```
    """

    async def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        return await to_thread(function, *args, **kwargs)

    return wrapper
