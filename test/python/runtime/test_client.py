from __future__ import annotations

import json
from typing import List
from datetime import date, datetime, timezone

import httpx
import pytest

import acme
from acme import Acme, AsyncAcme, NotFoundError, APIStatusError, APITimeoutError, APIConnectionError, omit
from acme._types import Omit, NotGiven, not_given, NOT_GIVEN
from acme.types import Prompt
from server import ApiServer


def _no_sleep(client: Acme, delays: List[float]) -> None:
    def record(seconds: float) -> None:
        delays.append(seconds)

    client._sleep = record  # type: ignore[method-assign]


def test_not_given_and_omit() -> None:
    assert not NOT_GIVEN and not omit
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert not_given is NOT_GIVEN
    assert isinstance(omit, Omit) and isinstance(not_given, NotGiven)


def test_platform_and_default_headers(client: Acme, server: ApiServer) -> None:
    client.prompts.retrieve("p1")
    headers = server.last.headers
    assert headers["x-stainless-lang"] == "python"
    assert headers["x-stainless-package-version"] == "1.2.3"
    assert headers["x-stainless-runtime"] == "CPython"
    assert headers["x-stainless-runtime-version"]
    assert headers["x-stainless-os"] and headers["x-stainless-arch"]
    assert headers["x-stainless-async"] == "false"
    assert headers["x-stainless-retry-count"] == "0"
    assert headers["x-stainless-read-timeout"] == "60.0"
    assert headers["user-agent"] == "Acme/Python 1.2.3"
    assert headers["authorization"] == "Bearer test-key"
    assert headers["accept"] == "application/json"
    # A GET carries no body and so no Content-Type
    assert "content-type" not in headers


async def test_async_header(async_client: AsyncAcme, server: ApiServer) -> None:
    await async_client.prompts.retrieve("p1")
    assert server.last.headers["x-stainless-async"] == "async:asyncio"


def test_base_url_joining(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=f"{server.url}/api") as c:
        assert str(c.base_url).endswith("/api/")
        c.prompts.retrieve("p1")
        assert server.last.path == "/api/v1/prompts/p1"
        assert c._prepare_url("relative/x") == httpx.URL(f"{server.url}/api/relative/x")
        assert c._prepare_url("https://elsewhere.test/y") == httpx.URL("https://elsewhere.test/y")
        c.base_url = f"{server.url}/other"
        assert str(c.base_url) == f"{server.url}/other/"


def test_json_body_transform(client: Acme, server: ApiServer) -> None:
    prompt = client.prompts.create(
        prompt="hello",
        variables=[{"name": "who", "default_value": "world"}],
        tags=("a", "b"),
        agency_id="ag1",
        publish_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        review_on=date(2024, 2, 3),
        metadata=None,
    )
    assert isinstance(prompt, Prompt)
    body = server.last.json()
    assert body == {
        "prompt": "hello",
        "variables": [{"name": "who", "defaultValue": "world"}],
        "tags": ["a", "b"],
        "agencyId": "ag1",
        "publishAt": "2024-01-02T03:04:05+00:00",
        "review_on": "2024-02-03",
        "metadata": None,
    }
    assert server.last.headers["content-type"] == "application/json"
    assert "x-trace" not in server.last.headers


def test_extra_options(client: Acme, server: ApiServer) -> None:
    client.prompts.create(
        prompt="x",
        x_trace="t1",
        extra_headers={"X-Extra": "1", "Accept": "text/plain", "User-Agent": omit},
        extra_query={"debug": True, "skip": None},
        extra_body={"extra_field": [1, 2]},
    )
    req = server.last
    assert req.headers["x-trace"] == "t1"
    assert req.headers["x-extra"] == "1"
    assert req.headers["accept"] == "text/plain"
    assert "user-agent" not in req.headers or "Acme" not in req.headers["user-agent"]
    assert req.query == {"debug": ["true"]}
    assert req.json()["extra_field"] == [1, 2]


def test_query_params_and_default_query(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=server.url, default_query={"tenant": "t"}) as c:
        c.prompts.retrieve("p1", version=3)
        assert server.last.query == {"tenant": ["t"], "version": ["3"]}
        c.prompts.list(tags=["x", "y"], limit=2)
        assert server.last.query["tags"] == ["x", "y"]
        assert server.last.query["limit"] == ["2"]


def test_missing_auth_raises() -> None:
    with Acme(api_key=None, base_url="http://127.0.0.1:9") as c:
        c.api_key = None
        with pytest.raises(TypeError, match="Could not resolve authentication"):
            c.prompts.retrieve("p1")


def test_status_error(client: Acme, server: ApiServer) -> None:
    with pytest.raises(NotFoundError) as info:
        client.prompts.retrieve("missing")
    err = info.value
    assert err.status_code == 404
    assert err.request_id == "req_123"
    assert err.body == {"message": "no such prompt", "code": "not_found", "type": "invalid"}
    assert err.code == "not_found"
    assert err.type == "invalid"
    assert isinstance(err, APIStatusError)
    assert "404" in err.message
    assert len(server.requests) == 1  # 404 is not retried


def test_path_param_must_be_non_empty(client: Acme) -> None:
    with pytest.raises(ValueError, match="Expected a non-empty value for `prompt_id`"):
        client.prompts.retrieve("")


def test_retries_on_server_errors_with_same_idempotency_key(client: Acme, server: ApiServer) -> None:
    delays: List[float] = []
    _no_sleep(client, delays)
    server.script = [
        (500, {"Content-Type": "application/json"}, b'{"error": "down"}'),
        (429, {"Retry-After": "2"}, b""),
    ]
    prompt = client.prompts.create(prompt="again")
    assert prompt.prompt == "again"
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1", "2"]
    keys = {r.headers["idempotency-key"] for r in server.requests}
    assert len(keys) == 1
    assert delays[1] == 2.0
    assert 0.5 * 0.75 <= delays[0] <= 0.5


def test_retry_after_variants(client: Acme) -> None:
    options = acme._models.FinalRequestOptions(method="get", url="/x")
    assert client._calculate_retry_timeout(2, options, httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert client._calculate_retry_timeout(2, options, httpx.Headers({"retry-after": "3"})) == 3.0
    from email.utils import formatdate
    import time

    http_date = formatdate(time.time() + 30, usegmt=True)
    assert 20 < client._calculate_retry_timeout(2, options, httpx.Headers({"retry-after": http_date})) <= 30
    # Too long to honour: our own backoff instead
    too_long = client._calculate_retry_timeout(0, options, httpx.Headers({"retry-after": "120"}))
    assert too_long <= 8.0
    assert client._calculate_retry_timeout(0, options, None) <= 2.0


def test_retry_after_date_out_of_range(client: Acme) -> None:
    # A `retry-after` date the platform cannot turn into a time is no delay asked, not an error ending the request.
    options = acme._models.FinalRequestOptions(method="get", url="/x")
    for date in ("Fri, 31 Dec 99999 23:59:59 GMT", "Mon, 01 Jan 10000 00:00:00 GMT"):
        assert client._parse_retry_after_header(httpx.Headers({"retry-after": date})) is None
        assert client._calculate_retry_timeout(2, options, httpx.Headers({"retry-after": date})) <= 2.0


def test_x_should_retry_header(client: Acme, server: ApiServer) -> None:
    delays: List[float] = []
    _no_sleep(client, delays)
    server.script = [(503, {"x-should-retry": "false"}, b"")]
    with pytest.raises(acme.InternalServerError):
        client.prompts.retrieve("p1")
    assert len(server.requests) == 1

    server.reset()
    server.script = [(400, {"x-should-retry": "true"}, b"")]
    assert client.prompts.retrieve("p1").prompt_id == "p1"
    assert len(server.requests) == 2


def test_max_retries_option(client: Acme, server: ApiServer) -> None:
    delays: List[float] = []
    no_retry = client.with_options(max_retries=0)
    _no_sleep(no_retry, delays)
    server.script = [(500, {}, b"")] * 5
    with pytest.raises(acme.InternalServerError) as info:
        no_retry.prompts.retrieve("p1")
    assert info.value.body == ""
    assert len(server.requests) == 1
    assert delays == []


def test_connection_error() -> None:
    with Acme(api_key="k", base_url="http://127.0.0.1:9", max_retries=1) as c:
        delays: List[float] = []
        _no_sleep(c, delays)
        with pytest.raises(APIConnectionError):
            c.prompts.retrieve("p1")
        assert len(delays) == 1


def test_timeout_error(server: ApiServer) -> None:
    def slow_transport(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with Acme(
        api_key="k",
        base_url=server.url,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(slow_transport)),
    ) as c:
        with pytest.raises(APITimeoutError):
            c.prompts.retrieve("p1", timeout=0.5)


def test_timeout_header_per_request(client: Acme, server: ApiServer) -> None:
    client.prompts.retrieve("p1", timeout=httpx.Timeout(12.5))
    assert server.last.headers["x-stainless-read-timeout"] == "12.5"
    client.with_options(timeout=3).prompts.retrieve("p1")
    assert server.last.headers["x-stainless-read-timeout"] == "3"


def test_copy_keeps_and_overrides(client: Acme, server: ApiServer) -> None:
    copied = client.with_options(default_headers={"X-Team": "blue"}, default_query={"q": "1"})
    copied.prompts.retrieve("p1")
    assert server.last.headers["x-team"] == "blue"
    assert server.last.query == {"q": ["1"]}
    assert copied._client is client._client
    assert copied._strict_response_validation is False


def test_close_and_context_manager(server: ApiServer) -> None:
    c = Acme(api_key="k", base_url=server.url)
    assert not c.is_closed()
    with c:
        pass
    assert c.is_closed()


def test_list_and_dict_cast(client: Acme) -> None:
    assert client.prompts.tags() == ["a", "b"]


def test_delete_returns_none(client: Acme, server: ApiServer) -> None:
    assert client.prompts.delete("p1") is None  # type: ignore[func-returns-value]
    assert server.last.method == "DELETE"
    assert server.last.headers["accept"] == "*/*"


def test_loose_and_strict_validation(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=server.url) as loose:
        prompt = loose.prompts.retrieve("bad")
        assert prompt.version == "not a number"  # type: ignore[comparison-overlap]
        assert prompt.prompt_id == 5  # type: ignore[comparison-overlap]
    with Acme(api_key="k", base_url=server.url, _strict_response_validation=True) as strict:
        with pytest.raises(acme.APIResponseValidationError) as info:
            strict.prompts.retrieve("bad")
        assert info.value.status_code == 200


def test_non_json_response(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=server.url) as loose:
        assert loose.prompts.retrieve("text") == "plain words"  # type: ignore[comparison-overlap]
    with Acme(api_key="k", base_url=server.url, _strict_response_validation=True) as strict:
        with pytest.raises(acme.APIResponseValidationError):
            strict.prompts.retrieve("text")


def test_async_retries_and_errors(server: ApiServer) -> None:
    import asyncio

    async def main() -> None:
        async with AsyncAcme(api_key="k", base_url=server.url) as c:
            delays: List[float] = []

            async def record(seconds: float) -> None:
                delays.append(seconds)

            c._sleep = record  # type: ignore[method-assign]
            server.script = [(502, {}, b"")]
            prompt = await c.prompts.retrieve("p9")
            assert prompt.prompt_id == "p9"
            assert len(delays) == 1
            with pytest.raises(NotFoundError):
                await c.prompts.retrieve("missing")

    asyncio.run(main())


def test_default_http_clients() -> None:
    with acme.DefaultHttpxClient() as http:
        assert http.timeout == acme.DEFAULT_TIMEOUT
        assert http.follow_redirects is True
    try:
        import httpx_aiohttp  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="httpx_aiohttp"):
            acme.DefaultAioHttpClient()


def test_raw_json_body_sent_compact(client: Acme, server: ApiServer) -> None:
    client.prompts.create(prompt="é")
    assert json.loads(server.last.body) == {"prompt": "é"}


