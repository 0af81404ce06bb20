# Test fixtures: one client of each kind per session, pointed at the mock server.

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Dict, Iterator, Optional, AsyncIterator, cast

import httpx
import pytest
from pytest_asyncio import is_async_test

from acme import Acme, AsyncAcme

if TYPE_CHECKING:
    from _pytest.fixtures import FixtureRequest  # pyright: ignore[reportPrivateImportUsage]

pytest.register_assert_rewrite("tests.utils")

base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")


def pytest_collection_modifyitems(items: list[pytest.Function]) -> None:
    # The async client fixture lives on the session's event loop, so every async test must run on that loop too.
    session_loop = pytest.mark.asyncio(loop_scope="session")
    for item in items:
        if is_async_test(item):
            item.add_marker(session_loop, append=False)


def _client_settings(request: FixtureRequest) -> tuple[bool, str]:
    """The indirect parameter: `True`/`False` (strict response validation) or `{"strict": ..., "http_client": ...}`."""
    param: object = getattr(request, "param", True)
    if isinstance(param, bool):
        return param, "httpx"
    if isinstance(param, dict):
        settings = cast(Dict[str, object], param)
        strict = settings.get("strict", True)
        http_client = settings.get("http_client", "httpx")
        if not isinstance(strict, bool) or not isinstance(http_client, str):
            raise TypeError(f"Unexpected fixture parameter {param!r}")
        return strict, http_client
    raise TypeError(f"Unexpected fixture parameter type {type(param)}, expected bool or dict")


@pytest.fixture(scope="session")
def client(request: FixtureRequest) -> Iterator[Acme]:
    strict, _ = _client_settings(request)
    with Acme(base_url=base_url, _strict_response_validation=strict) as client:
        yield client


@pytest.fixture(scope="session")
async def async_client(request: FixtureRequest) -> AsyncIterator[AsyncAcme]:
    strict, http_client_kind = _client_settings(request)
    http_client: Optional[httpx.AsyncClient] = None
    if http_client_kind == "aiohttp":
        from acme._base_client import DefaultAioHttpClient

        http_client = DefaultAioHttpClient()
    async with AsyncAcme(base_url=base_url, _strict_response_validation=strict, http_client=http_client) as client:
        yield client
