from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Mapping
from typing_extensions import Self, override

import httpx

from . import _exceptions
from ._qs import Querystring
from ._types import (
    Omit,
    Timeout,
    NotGiven,
    Transport,
    ProxiesTypes,
    RequestOptions,
    not_given,
)
from ._utils import (
    is_given,
    is_mapping_t,
    get_async_library,
)
from ._compat import cached_property
from ._version import __version__
from ._streaming import Stream as Stream, AsyncStream as AsyncStream
from ._exceptions import SmitheryError, APIStatusError
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    SyncAPIClient,
    AsyncAPIClient,
)

if TYPE_CHECKING:
    from .resources import health, skills, tokens, servers, namespaces, connections, organizations
    from .resources.health import HealthResource, AsyncHealthResource
    from .resources.skills import SkillsResource, AsyncSkillsResource
    from .resources.tokens import TokensResource, AsyncTokensResource
    from .resources.servers.servers import ServersResource, AsyncServersResource
    from .resources.namespaces.namespaces import NamespacesResource, AsyncNamespacesResource
    from .resources.connections.connections import ConnectionsResource, AsyncConnectionsResource
    from .resources.organizations.organizations import OrganizationsResource, AsyncOrganizationsResource

__all__ = [
    "Timeout",
    "Transport",
    "ProxiesTypes",
    "RequestOptions",
    "Smithery",
    "AsyncSmithery",
    "Client",
    "AsyncClient",
]


class Smithery(SyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new synchronous Smithery client instance.

        When `api_key` is not given, it is read from the `SMITHERY_API_KEY` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("SMITHERY_API_KEY")
        if api_key is None:
            raise SmitheryError(
                "The api_key client option must be set either by passing api_key to the client or by setting the SMITHERY_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("SMITHERY_BASE_URL")
        if base_url is None:
            base_url = f"https://api.smithery.ai"

        custom_headers_env = os.environ.get("SMITHERY_CUSTOM_HEADERS")
        if custom_headers_env is not None:
            parsed: dict[str, str] = {}
            for line in custom_headers_env.split("\n"):
                colon = line.find(":")
                if colon >= 0:
                    parsed[line[:colon].strip()] = line[colon + 1 :].strip()
            default_headers = {**parsed, **(default_headers if is_mapping_t(default_headers) else {})}

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

        self._default_stream_cls = Stream

    @cached_property
    def health(self) -> HealthResource:
        from .resources.health import HealthResource

        return HealthResource(self)

    @cached_property
    def servers(self) -> ServersResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import ServersResource

        return ServersResource(self)

    @cached_property
    def skills(self) -> SkillsResource:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import SkillsResource

        return SkillsResource(self)

    @cached_property
    def tokens(self) -> TokensResource:
        from .resources.tokens import TokensResource

        return TokensResource(self)

    @cached_property
    def namespaces(self) -> NamespacesResource:
        from .resources.namespaces import NamespacesResource

        return NamespacesResource(self)

    @cached_property
    def organizations(self) -> OrganizationsResource:
        from .resources.organizations import OrganizationsResource

        return OrganizationsResource(self)

    @cached_property
    def connections(self) -> ConnectionsResource:
        from .resources.connections import ConnectionsResource

        return ConnectionsResource(self)

    @cached_property
    def with_raw_response(self) -> SmitheryWithRawResponse:
        return SmitheryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SmitheryWithStreamedResponse:
        return SmitheryWithStreamedResponse(self)

    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(array_format="repeat")

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        return {"Authorization": f"Bearer {api_key}"}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": "false",
            **self._custom_headers,
        }

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.Client | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """
        Create a new client instance re-using the same options given to the current client with optional overriding.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")

        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")

        headers = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        http_client = http_client or self._client
        return self.__class__(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            default_headers=headers,
            default_query=params,
            **_extra_kwargs,
        )

    # Alias for `copy` for nicer inline usage, e.g.
    # client.with_options(timeout=10).foo.create(...)
    with_options = copy

    @override
    def _make_status_error(
        self,
        err_msg: str,
        *,
        body: object,
        response: httpx.Response,
    ) -> APIStatusError:
        if response.status_code == 400:
            return _exceptions.BadRequestError(err_msg, response=response, body=body)

        if response.status_code == 401:
            return _exceptions.AuthenticationError(err_msg, response=response, body=body)

        if response.status_code == 403:
            return _exceptions.PermissionDeniedError(err_msg, response=response, body=body)

        if response.status_code == 404:
            return _exceptions.NotFoundError(err_msg, response=response, body=body)

        if response.status_code == 409:
            return _exceptions.ConflictError(err_msg, response=response, body=body)

        if response.status_code == 422:
            return _exceptions.UnprocessableEntityError(err_msg, response=response, body=body)

        if response.status_code == 429:
            return _exceptions.RateLimitError(err_msg, response=response, body=body)

        if response.status_code >= 500:
            return _exceptions.InternalServerError(err_msg, response=response, body=body)
        return APIStatusError(err_msg, response=response, body=body)


class AsyncSmithery(AsyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new async AsyncSmithery client instance.

        When `api_key` is not given, it is read from the `SMITHERY_API_KEY` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("SMITHERY_API_KEY")
        if api_key is None:
            raise SmitheryError(
                "The api_key client option must be set either by passing api_key to the client or by setting the SMITHERY_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("SMITHERY_BASE_URL")
        if base_url is None:
            base_url = f"https://api.smithery.ai"

        custom_headers_env = os.environ.get("SMITHERY_CUSTOM_HEADERS")
        if custom_headers_env is not None:
            parsed: dict[str, str] = {}
            for line in custom_headers_env.split("\n"):
                colon = line.find(":")
                if colon >= 0:
                    parsed[line[:colon].strip()] = line[colon + 1 :].strip()
            default_headers = {**parsed, **(default_headers if is_mapping_t(default_headers) else {})}

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

        self._default_stream_cls = AsyncStream

    @cached_property
    def health(self) -> AsyncHealthResource:
        from .resources.health import AsyncHealthResource

        return AsyncHealthResource(self)

    @cached_property
    def servers(self) -> AsyncServersResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import AsyncServersResource

        return AsyncServersResource(self)

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import AsyncSkillsResource

        return AsyncSkillsResource(self)

    @cached_property
    def tokens(self) -> AsyncTokensResource:
        from .resources.tokens import AsyncTokensResource

        return AsyncTokensResource(self)

    @cached_property
    def namespaces(self) -> AsyncNamespacesResource:
        from .resources.namespaces import AsyncNamespacesResource

        return AsyncNamespacesResource(self)

    @cached_property
    def organizations(self) -> AsyncOrganizationsResource:
        from .resources.organizations import AsyncOrganizationsResource

        return AsyncOrganizationsResource(self)

    @cached_property
    def connections(self) -> AsyncConnectionsResource:
        from .resources.connections import AsyncConnectionsResource

        return AsyncConnectionsResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncSmitheryWithRawResponse:
        return AsyncSmitheryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSmitheryWithStreamedResponse:
        return AsyncSmitheryWithStreamedResponse(self)

    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(array_format="repeat")

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        return {"Authorization": f"Bearer {api_key}"}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": f"async:{get_async_library()}",
            **self._custom_headers,
        }

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """
        Create a new client instance re-using the same options given to the current client with optional overriding.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")

        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")

        headers = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        http_client = http_client or self._client
        return self.__class__(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            default_headers=headers,
            default_query=params,
            **_extra_kwargs,
        )

    # Alias for `copy` for nicer inline usage, e.g.
    # client.with_options(timeout=10).foo.create(...)
    with_options = copy

    @override
    def _make_status_error(
        self,
        err_msg: str,
        *,
        body: object,
        response: httpx.Response,
    ) -> APIStatusError:
        if response.status_code == 400:
            return _exceptions.BadRequestError(err_msg, response=response, body=body)

        if response.status_code == 401:
            return _exceptions.AuthenticationError(err_msg, response=response, body=body)

        if response.status_code == 403:
            return _exceptions.PermissionDeniedError(err_msg, response=response, body=body)

        if response.status_code == 404:
            return _exceptions.NotFoundError(err_msg, response=response, body=body)

        if response.status_code == 409:
            return _exceptions.ConflictError(err_msg, response=response, body=body)

        if response.status_code == 422:
            return _exceptions.UnprocessableEntityError(err_msg, response=response, body=body)

        if response.status_code == 429:
            return _exceptions.RateLimitError(err_msg, response=response, body=body)

        if response.status_code >= 500:
            return _exceptions.InternalServerError(err_msg, response=response, body=body)
        return APIStatusError(err_msg, response=response, body=body)


class SmitheryWithRawResponse:
    _client: Smithery

    def __init__(self, client: Smithery) -> None:
        self._client = client

    @cached_property
    def health(self) -> health.HealthResourceWithRawResponse:
        from .resources.health import HealthResourceWithRawResponse

        return HealthResourceWithRawResponse(self._client.health)

    @cached_property
    def servers(self) -> servers.ServersResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import ServersResourceWithRawResponse

        return ServersResourceWithRawResponse(self._client.servers)

    @cached_property
    def skills(self) -> skills.SkillsResourceWithRawResponse:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import SkillsResourceWithRawResponse

        return SkillsResourceWithRawResponse(self._client.skills)

    @cached_property
    def tokens(self) -> tokens.TokensResourceWithRawResponse:
        from .resources.tokens import TokensResourceWithRawResponse

        return TokensResourceWithRawResponse(self._client.tokens)

    @cached_property
    def namespaces(self) -> namespaces.NamespacesResourceWithRawResponse:
        from .resources.namespaces import NamespacesResourceWithRawResponse

        return NamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def organizations(self) -> organizations.OrganizationsResourceWithRawResponse:
        from .resources.organizations import OrganizationsResourceWithRawResponse

        return OrganizationsResourceWithRawResponse(self._client.organizations)

    @cached_property
    def connections(self) -> connections.ConnectionsResourceWithRawResponse:
        from .resources.connections import ConnectionsResourceWithRawResponse

        return ConnectionsResourceWithRawResponse(self._client.connections)


class AsyncSmitheryWithRawResponse:
    _client: AsyncSmithery

    def __init__(self, client: AsyncSmithery) -> None:
        self._client = client

    @cached_property
    def health(self) -> health.AsyncHealthResourceWithRawResponse:
        from .resources.health import AsyncHealthResourceWithRawResponse

        return AsyncHealthResourceWithRawResponse(self._client.health)

    @cached_property
    def servers(self) -> servers.AsyncServersResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import AsyncServersResourceWithRawResponse

        return AsyncServersResourceWithRawResponse(self._client.servers)

    @cached_property
    def skills(self) -> skills.AsyncSkillsResourceWithRawResponse:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import AsyncSkillsResourceWithRawResponse

        return AsyncSkillsResourceWithRawResponse(self._client.skills)

    @cached_property
    def tokens(self) -> tokens.AsyncTokensResourceWithRawResponse:
        from .resources.tokens import AsyncTokensResourceWithRawResponse

        return AsyncTokensResourceWithRawResponse(self._client.tokens)

    @cached_property
    def namespaces(self) -> namespaces.AsyncNamespacesResourceWithRawResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithRawResponse

        return AsyncNamespacesResourceWithRawResponse(self._client.namespaces)

    @cached_property
    def organizations(self) -> organizations.AsyncOrganizationsResourceWithRawResponse:
        from .resources.organizations import AsyncOrganizationsResourceWithRawResponse

        return AsyncOrganizationsResourceWithRawResponse(self._client.organizations)

    @cached_property
    def connections(self) -> connections.AsyncConnectionsResourceWithRawResponse:
        from .resources.connections import AsyncConnectionsResourceWithRawResponse

        return AsyncConnectionsResourceWithRawResponse(self._client.connections)


class SmitheryWithStreamedResponse:
    _client: Smithery

    def __init__(self, client: Smithery) -> None:
        self._client = client

    @cached_property
    def health(self) -> health.HealthResourceWithStreamingResponse:
        from .resources.health import HealthResourceWithStreamingResponse

        return HealthResourceWithStreamingResponse(self._client.health)

    @cached_property
    def servers(self) -> servers.ServersResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import ServersResourceWithStreamingResponse

        return ServersResourceWithStreamingResponse(self._client.servers)

    @cached_property
    def skills(self) -> skills.SkillsResourceWithStreamingResponse:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import SkillsResourceWithStreamingResponse

        return SkillsResourceWithStreamingResponse(self._client.skills)

    @cached_property
    def tokens(self) -> tokens.TokensResourceWithStreamingResponse:
        from .resources.tokens import TokensResourceWithStreamingResponse

        return TokensResourceWithStreamingResponse(self._client.tokens)

    @cached_property
    def namespaces(self) -> namespaces.NamespacesResourceWithStreamingResponse:
        from .resources.namespaces import NamespacesResourceWithStreamingResponse

        return NamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def organizations(self) -> organizations.OrganizationsResourceWithStreamingResponse:
        from .resources.organizations import OrganizationsResourceWithStreamingResponse

        return OrganizationsResourceWithStreamingResponse(self._client.organizations)

    @cached_property
    def connections(self) -> connections.ConnectionsResourceWithStreamingResponse:
        from .resources.connections import ConnectionsResourceWithStreamingResponse

        return ConnectionsResourceWithStreamingResponse(self._client.connections)


class AsyncSmitheryWithStreamedResponse:
    _client: AsyncSmithery

    def __init__(self, client: AsyncSmithery) -> None:
        self._client = client

    @cached_property
    def health(self) -> health.AsyncHealthResourceWithStreamingResponse:
        from .resources.health import AsyncHealthResourceWithStreamingResponse

        return AsyncHealthResourceWithStreamingResponse(self._client.health)

    @cached_property
    def servers(self) -> servers.AsyncServersResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        from .resources.servers import AsyncServersResourceWithStreamingResponse

        return AsyncServersResourceWithStreamingResponse(self._client.servers)

    @cached_property
    def skills(self) -> skills.AsyncSkillsResourceWithStreamingResponse:
        """Discover and search reusable prompt-based skills for MCP servers"""
        from .resources.skills import AsyncSkillsResourceWithStreamingResponse

        return AsyncSkillsResourceWithStreamingResponse(self._client.skills)

    @cached_property
    def tokens(self) -> tokens.AsyncTokensResourceWithStreamingResponse:
        from .resources.tokens import AsyncTokensResourceWithStreamingResponse

        return AsyncTokensResourceWithStreamingResponse(self._client.tokens)

    @cached_property
    def namespaces(self) -> namespaces.AsyncNamespacesResourceWithStreamingResponse:
        from .resources.namespaces import AsyncNamespacesResourceWithStreamingResponse

        return AsyncNamespacesResourceWithStreamingResponse(self._client.namespaces)

    @cached_property
    def organizations(self) -> organizations.AsyncOrganizationsResourceWithStreamingResponse:
        from .resources.organizations import AsyncOrganizationsResourceWithStreamingResponse

        return AsyncOrganizationsResourceWithStreamingResponse(self._client.organizations)

    @cached_property
    def connections(self) -> connections.AsyncConnectionsResourceWithStreamingResponse:
        from .resources.connections import AsyncConnectionsResourceWithStreamingResponse

        return AsyncConnectionsResourceWithStreamingResponse(self._client.connections)


Client = Smithery

AsyncClient = AsyncSmithery
