"""A client that says which security scheme each credential is of (`_auth_headers(security)`, `_auth_query(security)`,
as Stainless's clients of the per-request security era have them): each request sends the credentials its operation's
`security` marks, all of them where the operation names none, none for `{}`; the request's own headers still win."""

from __future__ import annotations

from typing import Any, Dict, List, Iterator, Generator, AsyncIterator

import httpx
import pytest
from typing_extensions import override

from acme import Acme, AsyncAcme
from server import ApiServer
from acme._types import Headers, SecurityOptions
from acme._models import FinalRequestOptions


class Schemed(Acme):
    # (A credential the client always has: nothing to check before a request.)
    @override
    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:
        return

    @override
    def _auth_headers(self, security: SecurityOptions) -> Dict[str, str]:
        return {**(self._bearer_auth if security.get("bearer_auth", False) else {})}

    @override
    def _auth_query(self, security: SecurityOptions) -> Dict[str, str]:
        return {**({"key": "query-key"} if security.get("query_key", False) else {})}

    @property
    def _bearer_auth(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}


class AsyncSchemed(AsyncAcme):
    # (A credential the client always has: nothing to check before a request.)
    @override
    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:
        return

    @override
    def _auth_headers(self, security: SecurityOptions) -> Dict[str, str]:
        return {**({"Authorization": f"Bearer {self.api_key}"} if security.get("bearer_auth", False) else {})}


@pytest.fixture
def schemed(server: ApiServer) -> Iterator[Schemed]:
    with Schemed(api_key="k", base_url=f"{server.url}/api", max_retries=0) as c:
        yield c


@pytest.fixture
async def async_schemed(server: ApiServer) -> AsyncIterator[AsyncSchemed]:
    async with AsyncSchemed(api_key="k", base_url=f"{server.url}/api", max_retries=0) as c:
        yield c


def test_an_operation_naming_no_security_sends_every_credential(schemed: Schemed, server: ApiServer) -> None:
    schemed.get("/v1/prompts/p1", cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer k"
    assert server.last.query == {"key": ["query-key"]}


def test_empty_security_sends_none(schemed: Schemed, server: ApiServer) -> None:
    schemed.get("/v1/prompts/p1", options={"security": {}}, cast_to=httpx.Response)
    assert "authorization" not in server.last.headers
    assert server.last.query == {}


def test_marked_schemes_alone_are_sent(schemed: Schemed, server: ApiServer) -> None:
    schemed.get("/v1/prompts/p1", options={"security": {"query_key": True}}, cast_to=httpx.Response)
    assert "authorization" not in server.last.headers
    assert server.last.query == {"key": ["query-key"]}
    schemed.get("/v1/prompts/p1", options={"security": {"bearer_auth": True, "query_key": False}}, cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer k"
    assert server.last.query == {}
    # The list form names the same schemes.
    schemed.get("/v1/prompts/p1", options={"security": [["bearer_auth"]]}, cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer k"


def test_request_headers_and_client_options_win(schemed: Schemed, server: ApiServer) -> None:
    schemed.get(
        "/v1/prompts/p1",
        options={"security": {"bearer_auth": True}, "headers": {"Authorization": "Bearer own"}},
        cast_to=httpx.Response,
    )
    assert server.last.headers["authorization"] == "Bearer own"
    with Schemed(
        api_key="k", base_url=f"{server.url}/api", max_retries=0, default_headers={"Authorization": "Bearer client"}
    ) as client:
        client.get("/v1/prompts/p1", cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer client"


async def test_async_client_sends_by_security(async_schemed: AsyncSchemed, server: ApiServer) -> None:
    await async_schemed.get("/v1/prompts/p1", cast_to=httpx.Response)
    assert server.last.headers["authorization"] == "Bearer k"
    await async_schemed.get("/v1/prompts/p1", options={"security": {}}, cast_to=httpx.Response)
    assert "authorization" not in server.last.headers



class KeyFunction(Schemed):
    """openai-python's owners' client: the key given as a function, called again before each request that sends the
    bearer credential, in the hook each attempt's options pass (`_prepare_options`), read by Stainless's meaning of
    `options.security`; and `_custom_auth(security)`, asked for the `httpx.Auth` of each attempt."""

    def __init__(self, keys: Iterator[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key_function = lambda: next(keys)
        self.auth_asked: List[Dict[str, bool]] = []

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if options.security.get("bearer_auth", False):
            self.api_key = self._key_function()
        return super()._prepare_options(options)

    @override
    def _custom_auth(self, security: SecurityOptions) -> httpx.Auth | None:
        self.auth_asked.append({scheme: security.get(scheme, False) for scheme in ("bearer_auth", "query_key")})
        return Tagged() if security.get("query_key", False) else super()._custom_auth(security)


class AsyncKeyFunction(AsyncSchemed):
    def __init__(self, keys: Iterator[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key_function = lambda: next(keys)

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        if options.security.get("bearer_auth", False):
            self.api_key = self._key_function()
        return await super()._prepare_options(options)


class Tagged(httpx.Auth):
    @override
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Auth"] = "tagged"
        yield request


def test_the_key_function_is_called_for_each_request_sending_the_key(server: ApiServer) -> None:
    keys = iter(["k1", "k2", "k3"])
    with KeyFunction(keys, api_key="k0", base_url=f"{server.url}/api", max_retries=0) as client:
        client.get("/v1/prompts/p1", cast_to=httpx.Response)
        assert server.last.headers["authorization"] == "Bearer k1"
        client.get("/v1/prompts/p1", options={"security": [["bearer_auth"]]}, cast_to=httpx.Response)
        assert server.last.headers["authorization"] == "Bearer k2"
        assert "x-auth" not in server.last.headers
        # A request whose operation sends no bearer credential does not call it.
        client.get("/v1/prompts/p1", options={"security": {"query_key": True}}, cast_to=httpx.Response)
        assert "authorization" not in server.last.headers
        assert server.last.headers["x-auth"] == "tagged"
        client.get("/v1/prompts/p1", cast_to=httpx.Response)
        assert server.last.headers["authorization"] == "Bearer k3"
        assert client.auth_asked == [
            {"bearer_auth": True, "query_key": True},
            {"bearer_auth": True, "query_key": False},
            {"bearer_auth": False, "query_key": True},
            {"bearer_auth": True, "query_key": True},
        ]


async def test_the_async_key_function_is_called_for_each_request(server: ApiServer) -> None:
    keys = iter(["k1", "k2"])
    async with AsyncKeyFunction(keys, api_key="k0", base_url=f"{server.url}/api", max_retries=0) as client:
        await client.get("/v1/prompts/p1", cast_to=httpx.Response)
        assert server.last.headers["authorization"] == "Bearer k1"
        await client.get("/v1/prompts/p1", options={"security": {}}, cast_to=httpx.Response)
        assert "authorization" not in server.last.headers
        await client.get("/v1/prompts/p1", cast_to=httpx.Response)
        assert server.last.headers["authorization"] == "Bearer k2"
