from __future__ import annotations

from typing import Optional
from typing_extensions import Literal

import httpx

from .icon import (
    IconResource,
    AsyncIconResource,
    IconResourceWithRawResponse,
    AsyncIconResourceWithRawResponse,
    IconResourceWithStreamingResponse,
    AsyncIconResourceWithStreamingResponse,
)
from .logs import (
    LogsResource,
    AsyncLogsResource,
    LogsResourceWithRawResponse,
    AsyncLogsResourceWithRawResponse,
    LogsResourceWithStreamingResponse,
    AsyncLogsResourceWithStreamingResponse,
)
from ...types import server_list_params, server_create_params, server_update_params
from .domains import (
    DomainsResource,
    AsyncDomainsResource,
    DomainsResourceWithRawResponse,
    AsyncDomainsResourceWithRawResponse,
    DomainsResourceWithStreamingResponse,
    AsyncDomainsResourceWithStreamingResponse,
)
from .secrets import (
    SecretsResource,
    AsyncSecretsResource,
    SecretsResourceWithRawResponse,
    AsyncSecretsResourceWithRawResponse,
    SecretsResourceWithStreamingResponse,
    AsyncSecretsResourceWithStreamingResponse,
)
from ..._types import Body, Omit, Query, Headers, NotGiven, SequenceNotStr, omit, not_given
from ..._utils import path_template, maybe_transform, async_maybe_transform
from .releases import (
    ReleasesResource,
    AsyncReleasesResource,
    ReleasesResourceWithRawResponse,
    AsyncReleasesResourceWithRawResponse,
    ReleasesResourceWithStreamingResponse,
    AsyncReleasesResourceWithStreamingResponse,
)
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    BinaryAPIResponse,
    AsyncBinaryAPIResponse,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_raw_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from ...pagination import SyncServersPage, AsyncServersPage
from ..._base_client import AsyncPaginator, make_request_options
from ...types.server import Server
from ...types.delete_success import DeleteSuccess
from ...types.server_summary import ServerSummary
from .experimental.experimental import (
    ExperimentalResource,
    AsyncExperimentalResource,
    ExperimentalResourceWithRawResponse,
    AsyncExperimentalResourceWithRawResponse,
    ExperimentalResourceWithStreamingResponse,
    AsyncExperimentalResourceWithStreamingResponse,
)
from ...types.update_server_response import UpdateServerResponse
from ...types.create_namespace_server_response import CreateNamespaceServerResponse

__all__ = ["ServersResource", "AsyncServersResource"]


class ServersResource(SyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def releases(self) -> ReleasesResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ReleasesResource(self._client)

    @cached_property
    def logs(self) -> LogsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return LogsResource(self._client)

    @cached_property
    def secrets(self) -> SecretsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return SecretsResource(self._client)

    @cached_property
    def domains(self) -> DomainsResource:
        return DomainsResource(self._client)

    @cached_property
    def icon(self) -> IconResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return IconResource(self._client)

    @cached_property
    def experimental(self) -> ExperimentalResource:
        return ExperimentalResource(self._client)

    @cached_property
    def with_raw_response(self) -> ServersResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return ServersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServersResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return ServersResourceWithStreamingResponse(self)

    def get(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Server:
        """
        Get a server

        Retrieve server details including connections, tools, and security status.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._get(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Server,
        )

    def create(
        self,
        qualified_name: str,
        *,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceServerResponse:
        """Create a server

        Create a new server.

        Idempotent — returns success if the server already exists
        and is owned by the caller.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._put(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            body=maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                },
                server_create_params.ServerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceServerResponse,
        )

    def delete(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteSuccess:
        """
        Delete a server

        Permanently delete a server, its releases, and associated resources.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._delete(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteSuccess,
        )

    def update(
        self,
        qualified_name: str,
        *,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        homepage: Optional[str] | Omit = omit,
        repository_url: Optional[str] | Omit = omit,
        backlink_url: Optional[str] | Omit = omit,
        license: Optional[str] | Omit = omit,
        icon_url: Optional[str] | Omit = omit,
        unlisted: bool | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UpdateServerResponse:
        """
        Update a server

        Update server metadata such as display name, description, repository, icon, or
        visibility.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._patch(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            body=maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                    "homepage": homepage,
                    "repository_url": repository_url,
                    "backlink_url": backlink_url,
                    "license": license,
                    "icon_url": icon_url,
                    "unlisted": unlisted,
                },
                server_update_params.ServerUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=UpdateServerResponse,
        )

    def download(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """
        Download server bundle

        Download the MCPB bundle for the latest successful stdio release.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        extra_headers = {"Accept": "application/zip", **(extra_headers or {})}
        return self._get(
            path_template("/servers/{qualified_name}/download", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BinaryAPIResponse,
        )

    def list(
        self,
        *,
        q: str | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        top_k: int | Omit = omit,
        fields: str | Omit = omit,
        ids: SequenceNotStr[str] | Omit = omit,
        qualified_name: str | Omit = omit,
        namespace: str | Omit = omit,
        remote: Literal["0", "1", "true", "false"] | Omit = omit,
        is_deployed: Literal["0", "1", "true", "false"] | Omit = omit,
        verified: Literal["0", "1", "true", "false"] | Omit = omit,
        smithery_managed: Literal["0", "1", "true", "false"] | Omit = omit,
        owner_id: str | Omit = omit,
        repo_owner: str | Omit = omit,
        repo_name: str | Omit = omit,
        seed: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncServersPage[ServerSummary]:
        """List all servers

        Search and browse public MCP servers in the Smithery registry.

        Supports
        full-text and semantic search via the `q` parameter, and filtering by deployment
        status, verification, ownership, and more.

        Args:
          q: Search query for full-text and semantic search across server names and
              descriptions.

          page: Page number (1-indexed).

          page_size: Number of results per page (default 10, max 100).

          top_k: Maximum number of candidate results to consider from the search index before
              pagination. The server applies a hard cap of 500 to keep the rerank window
              bounded; pass `seed` for stable deep pagination.

          fields: Comma-separated list of fields to include in response

          ids: Filter by specific server IDs.

          qualified_name: Exact match on the server's qualified name (e.g. "smithery/hello-world").
              Deprecated: use GET /servers/:namespace/:server instead.

          namespace: Filter by the namespace that owns the server.

          remote: Filter by remote status. Remote servers are accessed via URL; non-remote servers
              run locally via stdio.

          is_deployed: Filter by deployment status. Deployed servers are hosted on Smithery
              infrastructure.

          verified: Filter to only verified servers.

          smithery_managed: Filter to servers whose namespace is owned by the Smithery org.

          owner_id: Filter by the server owner's user ID.

          repo_owner: Filter by GitHub repository owner from repository_url.

          repo_name: Filter by GitHub repository name from repository_url.

          seed: Random seed for deterministic pagination. When provided, results use a stable
              sort order that is consistent across pages for the same seed value.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/servers",
            page=SyncServersPage[ServerSummary],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "page": page,
                        "page_size": page_size,
                        "top_k": top_k,
                        "fields": fields,
                        "ids": ids,
                        "qualified_name": qualified_name,
                        "namespace": namespace,
                        "remote": remote,
                        "is_deployed": is_deployed,
                        "verified": verified,
                        "smithery_managed": smithery_managed,
                        "owner_id": owner_id,
                        "repo_owner": repo_owner,
                        "repo_name": repo_name,
                        "seed": seed,
                    },
                    server_list_params.ServerListParams,
                ),
            ),
            model=ServerSummary,
        )


class AsyncServersResource(AsyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def releases(self) -> AsyncReleasesResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncReleasesResource(self._client)

    @cached_property
    def logs(self) -> AsyncLogsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncLogsResource(self._client)

    @cached_property
    def secrets(self) -> AsyncSecretsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncSecretsResource(self._client)

    @cached_property
    def domains(self) -> AsyncDomainsResource:
        return AsyncDomainsResource(self._client)

    @cached_property
    def icon(self) -> AsyncIconResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncIconResource(self._client)

    @cached_property
    def experimental(self) -> AsyncExperimentalResource:
        return AsyncExperimentalResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncServersResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncServersResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServersResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncServersResourceWithStreamingResponse(self)

    async def get(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Server:
        """
        Get a server

        Retrieve server details including connections, tools, and security status.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._get(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Server,
        )

    async def create(
        self,
        qualified_name: str,
        *,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceServerResponse:
        """Create a server

        Create a new server.

        Idempotent — returns success if the server already exists
        and is owned by the caller.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._put(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            body=await async_maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                },
                server_create_params.ServerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceServerResponse,
        )

    async def delete(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteSuccess:
        """
        Delete a server

        Permanently delete a server, its releases, and associated resources.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._delete(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteSuccess,
        )

    async def update(
        self,
        qualified_name: str,
        *,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        homepage: Optional[str] | Omit = omit,
        repository_url: Optional[str] | Omit = omit,
        backlink_url: Optional[str] | Omit = omit,
        license: Optional[str] | Omit = omit,
        icon_url: Optional[str] | Omit = omit,
        unlisted: bool | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UpdateServerResponse:
        """
        Update a server

        Update server metadata such as display name, description, repository, icon, or
        visibility.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._patch(
            path_template("/servers/{qualified_name}", qualified_name=qualified_name),
            body=await async_maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                    "homepage": homepage,
                    "repository_url": repository_url,
                    "backlink_url": backlink_url,
                    "license": license,
                    "icon_url": icon_url,
                    "unlisted": unlisted,
                },
                server_update_params.ServerUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=UpdateServerResponse,
        )

    async def download(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        """
        Download server bundle

        Download the MCPB bundle for the latest successful stdio release.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        extra_headers = {"Accept": "application/zip", **(extra_headers or {})}
        return await self._get(
            path_template("/servers/{qualified_name}/download", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncBinaryAPIResponse,
        )

    def list(
        self,
        *,
        q: str | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        top_k: int | Omit = omit,
        fields: str | Omit = omit,
        ids: SequenceNotStr[str] | Omit = omit,
        qualified_name: str | Omit = omit,
        namespace: str | Omit = omit,
        remote: Literal["0", "1", "true", "false"] | Omit = omit,
        is_deployed: Literal["0", "1", "true", "false"] | Omit = omit,
        verified: Literal["0", "1", "true", "false"] | Omit = omit,
        smithery_managed: Literal["0", "1", "true", "false"] | Omit = omit,
        owner_id: str | Omit = omit,
        repo_owner: str | Omit = omit,
        repo_name: str | Omit = omit,
        seed: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ServerSummary, AsyncServersPage[ServerSummary]]:
        """List all servers

        Search and browse public MCP servers in the Smithery registry.

        Supports
        full-text and semantic search via the `q` parameter, and filtering by deployment
        status, verification, ownership, and more.

        Args:
          q: Search query for full-text and semantic search across server names and
              descriptions.

          page: Page number (1-indexed).

          page_size: Number of results per page (default 10, max 100).

          top_k: Maximum number of candidate results to consider from the search index before
              pagination. The server applies a hard cap of 500 to keep the rerank window
              bounded; pass `seed` for stable deep pagination.

          fields: Comma-separated list of fields to include in response

          ids: Filter by specific server IDs.

          qualified_name: Exact match on the server's qualified name (e.g. "smithery/hello-world").
              Deprecated: use GET /servers/:namespace/:server instead.

          namespace: Filter by the namespace that owns the server.

          remote: Filter by remote status. Remote servers are accessed via URL; non-remote servers
              run locally via stdio.

          is_deployed: Filter by deployment status. Deployed servers are hosted on Smithery
              infrastructure.

          verified: Filter to only verified servers.

          smithery_managed: Filter to servers whose namespace is owned by the Smithery org.

          owner_id: Filter by the server owner's user ID.

          repo_owner: Filter by GitHub repository owner from repository_url.

          repo_name: Filter by GitHub repository name from repository_url.

          seed: Random seed for deterministic pagination. When provided, results use a stable
              sort order that is consistent across pages for the same seed value.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/servers",
            page=AsyncServersPage[ServerSummary],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "page": page,
                        "page_size": page_size,
                        "top_k": top_k,
                        "fields": fields,
                        "ids": ids,
                        "qualified_name": qualified_name,
                        "namespace": namespace,
                        "remote": remote,
                        "is_deployed": is_deployed,
                        "verified": verified,
                        "smithery_managed": smithery_managed,
                        "owner_id": owner_id,
                        "repo_owner": repo_owner,
                        "repo_name": repo_name,
                        "seed": seed,
                    },
                    server_list_params.ServerListParams,
                ),
            ),
            model=ServerSummary,
        )


class ServersResourceWithRawResponse:
    def __init__(self, servers: ServersResource) -> None:
        self._servers = servers

        self.get = to_raw_response_wrapper(
            servers.get,
        )
        self.create = to_raw_response_wrapper(
            servers.create,
        )
        self.delete = to_raw_response_wrapper(
            servers.delete,
        )
        self.update = to_raw_response_wrapper(
            servers.update,
        )
        self.download = to_custom_raw_response_wrapper(
            servers.download,
            BinaryAPIResponse,
        )
        self.list = to_raw_response_wrapper(
            servers.list,
        )

    @cached_property
    def releases(self) -> ReleasesResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ReleasesResourceWithRawResponse(self._servers.releases)

    @cached_property
    def logs(self) -> LogsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return LogsResourceWithRawResponse(self._servers.logs)

    @cached_property
    def secrets(self) -> SecretsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return SecretsResourceWithRawResponse(self._servers.secrets)

    @cached_property
    def domains(self) -> DomainsResourceWithRawResponse:
        return DomainsResourceWithRawResponse(self._servers.domains)

    @cached_property
    def icon(self) -> IconResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return IconResourceWithRawResponse(self._servers.icon)

    @cached_property
    def experimental(self) -> ExperimentalResourceWithRawResponse:
        return ExperimentalResourceWithRawResponse(self._servers.experimental)


class AsyncServersResourceWithRawResponse:
    def __init__(self, servers: AsyncServersResource) -> None:
        self._servers = servers

        self.get = async_to_raw_response_wrapper(
            servers.get,
        )
        self.create = async_to_raw_response_wrapper(
            servers.create,
        )
        self.delete = async_to_raw_response_wrapper(
            servers.delete,
        )
        self.update = async_to_raw_response_wrapper(
            servers.update,
        )
        self.download = async_to_custom_raw_response_wrapper(
            servers.download,
            AsyncBinaryAPIResponse,
        )
        self.list = async_to_raw_response_wrapper(
            servers.list,
        )

    @cached_property
    def releases(self) -> AsyncReleasesResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncReleasesResourceWithRawResponse(self._servers.releases)

    @cached_property
    def logs(self) -> AsyncLogsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncLogsResourceWithRawResponse(self._servers.logs)

    @cached_property
    def secrets(self) -> AsyncSecretsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncSecretsResourceWithRawResponse(self._servers.secrets)

    @cached_property
    def domains(self) -> AsyncDomainsResourceWithRawResponse:
        return AsyncDomainsResourceWithRawResponse(self._servers.domains)

    @cached_property
    def icon(self) -> AsyncIconResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncIconResourceWithRawResponse(self._servers.icon)

    @cached_property
    def experimental(self) -> AsyncExperimentalResourceWithRawResponse:
        return AsyncExperimentalResourceWithRawResponse(self._servers.experimental)


class ServersResourceWithStreamingResponse:
    def __init__(self, servers: ServersResource) -> None:
        self._servers = servers

        self.get = to_streamed_response_wrapper(
            servers.get,
        )
        self.create = to_streamed_response_wrapper(
            servers.create,
        )
        self.delete = to_streamed_response_wrapper(
            servers.delete,
        )
        self.update = to_streamed_response_wrapper(
            servers.update,
        )
        self.download = to_custom_streamed_response_wrapper(
            servers.download,
            StreamedBinaryAPIResponse,
        )
        self.list = to_streamed_response_wrapper(
            servers.list,
        )

    @cached_property
    def releases(self) -> ReleasesResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ReleasesResourceWithStreamingResponse(self._servers.releases)

    @cached_property
    def logs(self) -> LogsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return LogsResourceWithStreamingResponse(self._servers.logs)

    @cached_property
    def secrets(self) -> SecretsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return SecretsResourceWithStreamingResponse(self._servers.secrets)

    @cached_property
    def domains(self) -> DomainsResourceWithStreamingResponse:
        return DomainsResourceWithStreamingResponse(self._servers.domains)

    @cached_property
    def icon(self) -> IconResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return IconResourceWithStreamingResponse(self._servers.icon)

    @cached_property
    def experimental(self) -> ExperimentalResourceWithStreamingResponse:
        return ExperimentalResourceWithStreamingResponse(self._servers.experimental)


class AsyncServersResourceWithStreamingResponse:
    def __init__(self, servers: AsyncServersResource) -> None:
        self._servers = servers

        self.get = async_to_streamed_response_wrapper(
            servers.get,
        )
        self.create = async_to_streamed_response_wrapper(
            servers.create,
        )
        self.delete = async_to_streamed_response_wrapper(
            servers.delete,
        )
        self.update = async_to_streamed_response_wrapper(
            servers.update,
        )
        self.download = async_to_custom_streamed_response_wrapper(
            servers.download,
            AsyncStreamedBinaryAPIResponse,
        )
        self.list = async_to_streamed_response_wrapper(
            servers.list,
        )

    @cached_property
    def releases(self) -> AsyncReleasesResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncReleasesResourceWithStreamingResponse(self._servers.releases)

    @cached_property
    def logs(self) -> AsyncLogsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncLogsResourceWithStreamingResponse(self._servers.logs)

    @cached_property
    def secrets(self) -> AsyncSecretsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncSecretsResourceWithStreamingResponse(self._servers.secrets)

    @cached_property
    def domains(self) -> AsyncDomainsResourceWithStreamingResponse:
        return AsyncDomainsResourceWithStreamingResponse(self._servers.domains)

    @cached_property
    def icon(self) -> AsyncIconResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncIconResourceWithStreamingResponse(self._servers.icon)

    @cached_property
    def experimental(self) -> AsyncExperimentalResourceWithStreamingResponse:
        return AsyncExperimentalResourceWithStreamingResponse(self._servers.experimental)
