# The client's own behaviour against a real HTTP server on 127.0.0.1 (tests/local_server.py): base URL, headers and
# query it sends, credentials, copies, retries and their delays, timeouts, status errors, raw and streamed responses;
# the base URL and credentials read from the environment, the headers describing the platform, and paging through a
# list (sync and async) with the runtime's page classes.

from __future__ import annotations

import time
import platform
from typing import Any, Dict, List, Type, Generic, TypeVar, Iterator, Optional, Awaitable, AsyncIterator
from typing_extensions import override

import httpx
import pytest

from {{importName}} import {{clientName}}, {{asyncClientName}}
from {{importName}}._compat import model_copy
from {{importName}}._version import __version__
from {{importName}}._models import BaseModel, FinalRequestOptions
from {{importName}}._response import (
    APIResponse,
    AsyncAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from {{importName}}._constants import MAX_RETRY_DELAY, INITIAL_RETRY_DELAY
from {{importName}}._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage
from {{importName}}._exceptions import (
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

from .local_server import Reply, LocalServer, serve, json_reply

{{credentialConstants}}
# The environment variables the client reads its base URL and (option → variable) credentials from.
BASE_URL_ENV = "{{baseUrlEnv}}"
CREDENTIALS_FROM_ENV: Dict[str, str] = {{credentialsFromEnv}}

STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    418: APIStatusError,
}


_T = TypeVar("_T")


class Item(BaseModel):
    id: str


# A cursor page, as a package's pagination module writes one: its items and where the next page starts.
class SyncCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    next_cursor: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return None if self.next_cursor is None else PageInfo(params={"cursor": self.next_cursor})


class AsyncCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    next_cursor: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        return self.data

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        return None if self.next_cursor is None else PageInfo(params={"cursor": self.next_cursor})


def reply_pages(server: LocalServer) -> None:
    """Three pages of items: a, b; c, d; e."""
    server.reply(
        json_reply(200, {"data": [{"id": "a"}, {"id": "b"}], "next_cursor": "c2"}),
        json_reply(200, {"data": [{"id": "c"}, {"id": "d"}], "next_cursor": "c3"}),
        json_reply(200, {"data": [{"id": "e"}], "next_cursor": None}),
    )


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    yield from serve()


# The clients a test made, closed after it (their connections would be left to the garbage collector otherwise).
_clients: List[{{clientName}}] = []
_async_clients: List[{{asyncClientName}}] = []


@pytest.fixture(autouse=True)
def empty_server(server: LocalServer) -> Iterator[None]:
    server.reset()
    yield
    while _clients:
        _clients.pop().close()


@pytest.fixture(autouse=True)
async def close_async_clients() -> AsyncIterator[None]:
    yield
    while _async_clients:
        await _async_clients.pop().close()


def make_client(server: LocalServer, **options: Any) -> {{clientName}}:
    settings: Dict[str, Any] = {"base_url": server.url, **options}
    client = {{clientName}}(**settings{{credentialArgs}})
    _clients.append(client)
    return client


def make_async_client(server: LocalServer, **options: Any) -> {{asyncClientName}}:
    settings: Dict[str, Any] = {"base_url": server.url, **options}
    client = {{asyncClientName}}(**settings{{credentialArgs}})
    _async_clients.append(client)
    return client


class Test{{clientName}}:
    def test_base_url(self, server: LocalServer) -> None:
        client = make_client(server, base_url=f"{server.url}/prefix")
        assert str(client.base_url).endswith("/prefix/")
        client.get("/things/1", cast_to=httpx.Response)
        assert server.last.method == "GET"
        assert server.last.path == "/prefix/things/1"

    def test_base_url_of_a_copy(self, server: LocalServer) -> None:
        client = make_client(server)
        copied = client.with_options(base_url=f"{server.url}/other")
        copied.get("/things", cast_to=httpx.Response)
        assert server.last.path == "/other/things"
        assert str(client.base_url).rstrip("/") == server.url

    def test_default_headers(self, server: LocalServer) -> None:
        client = make_client(server, default_headers={"X-Custom": "one"})
        client.get("/things", cast_to=httpx.Response)
        assert server.last.headers["x-custom"] == "one"
        assert server.last.headers["x-stainless-retry-count"] == "0"
        assert server.last.headers["user-agent"] == client.user_agent

    def test_default_headers_of_copies(self, server: LocalServer) -> None:
        client = make_client(server, default_headers={"X-Custom": "one"})
        client.copy(default_headers={"X-Other": "two"}).get("/things", cast_to=httpx.Response)
        assert server.last.headers["x-custom"] == "one"
        assert server.last.headers["x-other"] == "two"
        client.copy(set_default_headers={"X-Other": "three"}).get("/things", cast_to=httpx.Response)
        assert "x-custom" not in server.last.headers
        assert server.last.headers["x-other"] == "three"
        with pytest.raises(ValueError, match="mutually exclusive"):
            client.copy(default_headers={}, set_default_headers={})

    def test_request_headers_override_defaults(self, server: LocalServer) -> None:
        client = make_client(server, default_headers={"X-Custom": "one"})
        client.get("/things", cast_to=httpx.Response, options={"headers": {"X-Custom": "two"}})
        assert server.last.headers["x-custom"] == "two"

    def test_default_query(self, server: LocalServer) -> None:
        client = make_client(server, default_query={"page_size": "10"})
        client.get("/things", cast_to=httpx.Response, options={"params": {"q": "x"}})
        assert server.last.query["page_size"] == ["10"]
        assert server.last.query["q"] == ["x"]
        client.copy(set_default_query={"other": "1"}).get("/things", cast_to=httpx.Response)
        assert "page_size" not in server.last.query
        assert server.last.query["other"] == ["1"]

    def test_credentials_sent(self, server: LocalServer) -> None:
        client = make_client(server)
        client.get("/things", cast_to=httpx.Response)
        for name, value in client.auth_headers.items():
            assert server.last.headers[name.lower()] == value
        for name, value in client.auth_query.items():
            assert server.last.query[name] == [value]

    def test_base_url_from_the_environment(self, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(BASE_URL_ENV, f"{server.url}/from-env")
        with {{clientName}}(max_retries=0{{credentialArgs}}) as client:
            client.get("/things", cast_to=httpx.Response)
        assert server.last.path == "/from-env/things"

    def test_credentials_from_the_environment(self, server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
        if not CREDENTIALS_FROM_ENV:
            pytest.skip("the client reads no credential from the environment")
        # (Two options may read one variable: each gets that variable's value.)
        for variable in CREDENTIALS_FROM_ENV.values():
            monkeypatch.setenv(variable, f"env-{variable}")
        with {{clientName}}(base_url=server.url{{credentialArgsBesidesEnv}}) as client:
            for option, variable in CREDENTIALS_FROM_ENV.items():
                assert getattr(client, option) == f"env-{variable}"
            # An argument wins over its variable.
            for option in CREDENTIALS_FROM_ENV:
                given: Dict[str, Any] = {option: "given"}
                assert getattr(client.copy(**given), option) == "given"

    def test_platform_headers(self, server: LocalServer) -> None:
        client = make_client(server)
        client.get("/things", cast_to=httpx.Response)
        headers = server.last.headers
        assert headers["x-stainless-lang"] == "python"
        assert headers["x-stainless-package-version"] == __version__
        assert headers["x-stainless-runtime"] == platform.python_implementation()
        assert headers["x-stainless-runtime-version"] == platform.python_version()
        assert headers["x-stainless-os"] != ""
        assert headers["x-stainless-arch"] != ""
        assert headers["x-stainless-async"] == "false"

    def test_copy(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=1)
        copied = client.copy()
        assert copied is not client
        assert copied.max_retries == 1
        assert copied.base_url == client.base_url
        assert copied.auth_headers == client.auth_headers
        assert client.copy(max_retries=5).max_retries == 5
        assert client.with_options(timeout=3.0).timeout == 3.0
        assert client.max_retries == 1

    def test_context_manager_closes(self, server: LocalServer) -> None:
        with make_client(server) as client:
            assert not client.is_closed()
        assert client.is_closed()

    def test_json_body(self, server: LocalServer) -> None:
        client = make_client(server)
        server.reply(json_reply(200, {"id": "x", "n": 1}))
        result = client.post("/things", cast_to=object, body={"name": "thing"})
        assert result == {"id": "x", "n": 1}
        assert server.last.json() == {"name": "thing"}
        assert server.last.headers["content-type"] == "application/json"

    def test_retries_then_succeeds(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=2)
        server.reply(
            json_reply(500, {"error": "busy"}, {"Retry-After": "0.01"}),
            json_reply(429, {"error": "slow down"}, {"Retry-After-Ms": "10"}),
            json_reply(200, {"ok": True}),
        )
        assert client.post("/things", cast_to=object, body={}) == {"ok": True}
        assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1", "2"]
        # Every attempt of one call is the same operation to the server.
        keys = {r.headers.get("idempotency-key") for r in server.requests}
        assert len(keys) == 1

    def test_retries_honour_retry_after(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=1)
        server.reply(json_reply(503, {}, {"Retry-After": "0.3"}), json_reply(200, {}))
        started = time.monotonic()
        client.get("/things", cast_to=httpx.Response)
        assert time.monotonic() - started >= 0.3
        assert len(server.requests) == 2

    def test_retries_exhausted(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=1)
        server.reply(*[json_reply(500, {"error": "down"}, {"Retry-After": "0.01"})] * 2)
        with pytest.raises(InternalServerError):
            client.get("/things", cast_to=httpx.Response)
        assert len(server.requests) == 2

    def test_no_retries(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=0)
        server.reply(json_reply(500, {"error": "down"}))
        with pytest.raises(InternalServerError):
            client.get("/things", cast_to=httpx.Response)
        assert len(server.requests) == 1

    def test_should_retry_header(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=2)
        server.reply(json_reply(500, {}, {"x-should-retry": "false"}))
        with pytest.raises(InternalServerError):
            client.get("/things", cast_to=httpx.Response)
        assert len(server.requests) == 1
        server.reset()
        server.reply(json_reply(400, {}, {"x-should-retry": "true", "Retry-After": "0.01"}), json_reply(200, {}))
        client.get("/things", cast_to=httpx.Response)
        assert len(server.requests) == 2

    def test_max_retries_per_request(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=0)
        server.reply(json_reply(500, {}, {"Retry-After": "0.01"}), json_reply(200, {}))
        client.get("/things", cast_to=httpx.Response, options={"max_retries": 1})
        assert len(server.requests) == 2

    @pytest.mark.parametrize(
        "remaining_retries, retry_after, low, high",
        [
            (3, "20", 20, 20),
            (3, "0", INITIAL_RETRY_DELAY * 0.75, INITIAL_RETRY_DELAY),
            (3, "-10", INITIAL_RETRY_DELAY * 0.75, INITIAL_RETRY_DELAY),
            (3, "61", INITIAL_RETRY_DELAY * 0.75, INITIAL_RETRY_DELAY),
            (3, "not a number", INITIAL_RETRY_DELAY * 0.75, INITIAL_RETRY_DELAY),
            (2, "", INITIAL_RETRY_DELAY * 2 * 0.75, INITIAL_RETRY_DELAY * 2),
            (1, "", INITIAL_RETRY_DELAY * 4 * 0.75, INITIAL_RETRY_DELAY * 4),
            (-1100, "", MAX_RETRY_DELAY * 0.75, MAX_RETRY_DELAY),
        ],
    )
    def test_retry_delay(
        self, server: LocalServer, remaining_retries: int, retry_after: str, low: float, high: float
    ) -> None:
        client = make_client(server)
        headers = httpx.Headers({"retry-after": retry_after})
        options = FinalRequestOptions.construct(method="get", url="/things", max_retries=3)
        delay = client._calculate_retry_timeout(remaining_retries, options, headers)
        assert low <= delay <= high

    def test_retry_after_http_date(self, server: LocalServer) -> None:
        client = make_client(server)
        when = httpx.Headers({"retry-after": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 10))})
        options = FinalRequestOptions.construct(method="get", url="/things", max_retries=3)
        assert 8 <= client._calculate_retry_timeout(3, options, when) <= 10

    def test_request_options_copies(self) -> None:
        options = FinalRequestOptions.construct(method="post", url="/things", json_data={"tags": ["a"]})
        shallow = model_copy(options)
        deep = model_copy(options, deep=True)
        assert shallow.json_data is options.json_data
        assert deep.json_data == options.json_data
        assert deep.json_data is not options.json_data

    def test_timeout(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=0, timeout=0.2)
        server.reply(Reply(delay=1.0))
        with pytest.raises(APITimeoutError):
            client.get("/things", cast_to=httpx.Response)

    def test_timeout_per_request(self, server: LocalServer) -> None:
        client = make_client(server, max_retries=0)
        server.reply(Reply(delay=1.0))
        with pytest.raises(APITimeoutError):
            client.get("/things", cast_to=httpx.Response, options={"timeout": 0.2})

    @pytest.mark.parametrize("status", sorted(STATUS_ERRORS))
    def test_status_errors(self, server: LocalServer, status: int) -> None:
        client = make_client(server, max_retries=0)
        server.reply(json_reply(status, {"error": {"message": "it went wrong"}}, {"x-request-id": "req_1"}))
        with pytest.raises(APIStatusError) as raised:
            client.get("/things", cast_to=httpx.Response)
        assert type(raised.value) is STATUS_ERRORS[status]
        assert raised.value.status_code == status
        assert raised.value.response.headers["x-request-id"] == "req_1"
        assert raised.value.body == {"error": {"message": "it went wrong"}}

    def test_raw_response(self, server: LocalServer) -> None:
        client = make_client(server)

        def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> object:
            return client.get("/things", cast_to=object, options={"headers": extra_headers or {}})

        server.reply(json_reply(200, {"id": "x"}, {"x-request-id": "req_2"}))
        response = to_raw_response_wrapper(fetch)()
        assert isinstance(response, APIResponse)
        assert response.status_code == 200
        assert response.headers["x-request-id"] == "req_2"
        assert response.retries_taken == 0
        assert response.parse() == {"id": "x"}
        assert response.http_request.url.path == "/things"

    def test_streaming_response(self, server: LocalServer) -> None:
        client = make_client(server)

        def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> object:
            return client.get("/things", cast_to=object, options={"headers": extra_headers or {}})

        body = {"items": list(range(50))}
        server.reply(json_reply(200, body))
        with to_streamed_response_wrapper(fetch)() as response:
            assert not response.is_closed
            chunks = list(response.iter_bytes())
            assert len(chunks) >= 1
            assert b"".join(chunks).startswith(b'{"items"')
        assert response.is_closed
        server.reply(json_reply(200, body))
        with to_streamed_response_wrapper(fetch)() as response:
            assert response.parse() == body

    def test_pages(self, server: LocalServer) -> None:
        client = make_client(server)
        reply_pages(server)
        first = client.get_api_list("/items", model=Item, page=SyncCursorPage[Item], options={"params": {"limit": 2}})
        assert [item.id for item in first.data] == ["a", "b"]
        assert all(isinstance(item, Item) for item in first.data)
        assert first.has_next_page()
        assert [item.id for item in first] == ["a", "b", "c", "d", "e"]
        # Each next page's request keeps the first one's params and adds the cursor.
        sent = [{key: request.query.get(key) for key in ("limit", "cursor")} for request in server.requests]
        assert sent == [
            {"limit": ["2"], "cursor": None},
            {"limit": ["2"], "cursor": ["c2"]},
            {"limit": ["2"], "cursor": ["c3"]},
        ]
        assert {request.path for request in server.requests} == {"/items"}

    def test_iter_pages_and_next_page(self, server: LocalServer) -> None:
        client = make_client(server)
        reply_pages(server)
        first = client.get_api_list("/items", model=Item, page=SyncCursorPage[Item])
        pages = list(first.iter_pages())
        assert [[item.id for item in page.data] for page in pages] == [["a", "b"], ["c", "d"], ["e"]]
        assert not pages[-1].has_next_page()
        with pytest.raises(RuntimeError):
            pages[-1].get_next_page()
        server.reply(json_reply(200, {"data": [{"id": "c"}], "next_cursor": None}))
        assert [item.id for item in first.get_next_page().data] == ["c"]


class TestAsync{{clientName}}:
    async def test_base_url(self, server: LocalServer) -> None:
        client = make_async_client(server, base_url=f"{server.url}/prefix")
        await client.get("/things/1", cast_to=httpx.Response)
        assert server.last.path == "/prefix/things/1"

    async def test_default_headers_and_query(self, server: LocalServer) -> None:
        client = make_async_client(server, default_headers={"X-Custom": "one"}, default_query={"q": "1"})
        await client.get("/things", cast_to=httpx.Response)
        assert server.last.headers["x-custom"] == "one"
        assert server.last.headers["x-stainless-async"] == "async:asyncio"
        assert server.last.headers["x-stainless-lang"] == "python"
        assert server.last.query["q"] == ["1"]
        for name, value in client.auth_headers.items():
            assert server.last.headers[name.lower()] == value

    async def test_copy(self, server: LocalServer) -> None:
        client = make_async_client(server, max_retries=1)
        copied = client.with_options(max_retries=4, default_headers={"X-Other": "two"})
        assert copied.max_retries == 4
        assert client.max_retries == 1
        await copied.get("/things", cast_to=httpx.Response)
        assert server.last.headers["x-other"] == "two"

    async def test_retries(self, server: LocalServer) -> None:
        client = make_async_client(server, max_retries=2)
        server.reply(json_reply(500, {}, {"Retry-After": "0.01"}), json_reply(200, {"ok": True}))
        assert await client.post("/things", cast_to=object, body={}) == {"ok": True}
        assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1"]

    async def test_no_retries(self, server: LocalServer) -> None:
        client = make_async_client(server, max_retries=0)
        server.reply(json_reply(503, {}))
        with pytest.raises(InternalServerError):
            await client.get("/things", cast_to=httpx.Response)
        assert len(server.requests) == 1

    async def test_timeout(self, server: LocalServer) -> None:
        client = make_async_client(server, max_retries=0, timeout=0.2)
        server.reply(Reply(delay=1.0))
        with pytest.raises(APITimeoutError):
            await client.get("/things", cast_to=httpx.Response)

    @pytest.mark.parametrize("status", sorted(STATUS_ERRORS))
    async def test_status_errors(self, server: LocalServer, status: int) -> None:
        client = make_async_client(server, max_retries=0)
        server.reply(json_reply(status, {"message": "no"}))
        with pytest.raises(APIStatusError) as raised:
            await client.get("/things", cast_to=httpx.Response)
        assert type(raised.value) is STATUS_ERRORS[status]
        assert raised.value.status_code == status

    async def test_raw_and_streaming_response(self, server: LocalServer) -> None:
        client = make_async_client(server)

        def fetch(*, extra_headers: Optional[Dict[str, str]] = None) -> Awaitable[object]:
            return client.get("/things", cast_to=object, options={"headers": extra_headers or {}})

        server.reply(json_reply(200, {"id": "x"}))
        response = await async_to_raw_response_wrapper(fetch)()
        assert isinstance(response, AsyncAPIResponse)
        assert await response.parse() == {"id": "x"}
        server.reply(json_reply(200, {"id": "y"}))
        async with async_to_streamed_response_wrapper(fetch)() as streamed:
            data = b"".join([chunk async for chunk in streamed.iter_bytes()])
        assert data == b'{"id": "y"}'

    async def test_pages(self, server: LocalServer) -> None:
        client = make_async_client(server)
        reply_pages(server)
        ids = [item.id async for item in client.get_api_list("/items", model=Item, page=AsyncCursorPage[Item])]
        assert ids == ["a", "b", "c", "d", "e"]
        assert [request.query.get("cursor") for request in server.requests] == [None, ["c2"], ["c3"]]

    async def test_iter_pages_and_next_page(self, server: LocalServer) -> None:
        client = make_async_client(server)
        reply_pages(server)
        first = await client.get_api_list("/items", model=Item, page=AsyncCursorPage[Item])
        assert isinstance(first, AsyncCursorPage)
        sizes = [len(page.data) async for page in first.iter_pages()]
        assert sizes == [2, 2, 1]
        server.reply(json_reply(200, {"data": [{"id": "c"}], "next_cursor": None}))
        following = await first.get_next_page()
        assert [item.id for item in following.data] == ["c"]
        assert not following.has_next_page()
