from __future__ import annotations

import sys
from typing import Iterator, AsyncIterator

# The runtime is linked from templates/python/runtime/; never leave bytecode next to it.
sys.dont_write_bytecode = True

import pytest  # noqa: E402

from link_runtime import link_runtime  # noqa: E402

sys.path.insert(0, str(link_runtime()))

from acme import Acme, AsyncAcme  # noqa: E402

from server import ApiServer  # noqa: E402


@pytest.fixture(scope="session")
def api_server() -> Iterator[ApiServer]:
    server = ApiServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(api_server: ApiServer) -> ApiServer:
    api_server.reset()
    return api_server


@pytest.fixture(params=[False, True], ids=["loose", "strict"])
def client(server: ApiServer, request: pytest.FixtureRequest) -> Iterator[Acme]:
    with Acme(api_key="test-key", base_url=f"{server.url}/api", _strict_response_validation=request.param) as c:
        yield c


@pytest.fixture(params=[False, True], ids=["loose", "strict"])
async def async_client(server: ApiServer, request: pytest.FixtureRequest) -> AsyncIterator[AsyncAcme]:
    async with AsyncAcme(api_key="test-key", base_url=f"{server.url}/api", _strict_response_validation=request.param) as c:
        yield c
