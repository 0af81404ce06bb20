from __future__ import annotations

from typing import Dict
from typing_extensions import Literal

import httpx

from .tools import (
    ToolsResource,
    AsyncToolsResource,
    ToolsResourceWithRawResponse,
    AsyncToolsResourceWithRawResponse,
    ToolsResourceWithStreamingResponse,
    AsyncToolsResourceWithStreamingResponse,
)
from ...types import connection_set_params, connection_list_params, connection_create_params
from ..._types import Body, Omit, Query, Headers, NotGiven, omit, not_given
from ..._utils import path_template, maybe_transform, async_maybe_transform
from .triggers import (
    TriggersResource,
    AsyncTriggersResource,
    TriggersResourceWithRawResponse,
    AsyncTriggersResourceWithRawResponse,
    TriggersResourceWithStreamingResponse,
    AsyncTriggersResourceWithStreamingResponse,
)
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ...pagination import SyncConnectionsPage, AsyncConnectionsPage
from ..._base_client import AsyncPaginator, make_request_options
from ...types.connection import Connection
from ...types.shared.success import Success
from ...types.mock_config_param import MockConfigParam
from ...types.shared.loose_object import LooseObject

__all__ = ["ConnectionsResource", "AsyncConnectionsResource"]


class ConnectionsResource(SyncAPIResource):
    @cached_property
    def triggers(self) -> TriggersResource:
        return TriggersResource(self._client)

    @cached_property
    def tools(self) -> ToolsResource:
        return ToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ConnectionsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return ConnectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConnectionsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return ConnectionsResourceWithStreamingResponse(self)

    def list(
        self,
        namespace: str,
        *,
        limit: int | Omit = omit,
        cursor: str | Omit = omit,
        name: str | Omit = omit,
        mcp_url: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConnectionsPage[Connection]:
        """List connections

        List all connections in a namespace.

        Supports filtering by metadata using
        `metadata.{key}={value}` query params.

        Args:
          limit: Maximum number of items to return (default 100, max 100)

          cursor: Pagination cursor from previous response's nextCursor

          name: Filter by exact connection name

          mcp_url: Filter by exact MCP server URL

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return self._get_api_list(
            path_template("/connect/{namespace}", namespace=namespace),
            page=SyncConnectionsPage[Connection],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "cursor": cursor,
                        "name": name,
                        "mcp_url": mcp_url,
                    },
                    connection_list_params.ConnectionListParams,
                ),
            ),
            model=Connection,
        )

    def create(
        self,
        namespace: str,
        *,
        transport: Literal["http", "uplink"] | Omit = omit,
        mcp_url: str | Omit = omit,
        name: str | Omit = omit,
        metadata: Dict[str, object] | Omit = omit,
        headers: Dict[str, str] | Omit = omit,
        mock: MockConfigParam | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """Create connection

        Create a new MCP connection with an auto-generated ID.

        Requires API key and
        namespace ownership.

        Args:
          transport: Connection transport. Use `uplink` for a local server paired over Smithery CLI.

          mcp_url: URL of the MCP server. Required for HTTP connections. Omit for uplink
              connections.

          name: Human-readable name (optional, defaults to connection ID)

          metadata: Custom metadata for filtering connections

          headers: Custom headers to send with MCP requests (stored securely, not returned in
              responses)

          mock: Run this connection in mock mode. Tool calls are LLM-simulated against the
              registry's scanned schemas and never reach the upstream server. Provide an
              optional `scenario` to seed the simulator with a starting-state description.
              Registry servers only; frozen at creation (cannot be toggled via PUT).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return self._post(
            path_template("/connect/{namespace}", namespace=namespace),
            body=maybe_transform(
                {
                    "transport": transport,
                    "mcp_url": mcp_url,
                    "name": name,
                    "metadata": metadata,
                    "headers": headers,
                    "mock": mock,
                },
                connection_create_params.ConnectionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    def get(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """Get connection

        Get details for a specific connection.

        Requires service token with
        connections:read scope.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return self._get(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    def set(
        self,
        connection_id: str,
        *,
        namespace: str,
        transport: Literal["http", "uplink"] | Omit = omit,
        mcp_url: str | Omit = omit,
        name: str | Omit = omit,
        metadata: Dict[str, object] | Omit = omit,
        headers: Dict[str, str] | Omit = omit,
        mock: MockConfigParam | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """
        Create or update connection

        Create or update an MCP connection with the given ID. mcpUrl is required when
        creating a new connection, but optional when updating. Returns 409 if a
        different mcpUrl is provided, except while the connection is input_required and
        the new URL keeps the same host and path.

        Args:
          transport: Connection transport. Defaults to the existing connection transport when
              updating.

          mcp_url: URL of the MCP server. Required when creating a new connection. Optional when
              updating — omit to keep the existing URL.

          name: Human-readable name (optional, defaults to connection ID)

          metadata: Custom metadata for filtering connections

          headers: Custom headers to send with MCP requests (stored securely, not returned in
              responses)

          mock: Run this connection in mock mode. Only honored on first creation; ignored on
              updates to an existing connection.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return self._put(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            body=maybe_transform(
                {
                    "transport": transport,
                    "mcp_url": mcp_url,
                    "name": name,
                    "metadata": metadata,
                    "headers": headers,
                    "mock": mock,
                },
                connection_set_params.ConnectionSetParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    def delete(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Success:
        """Delete connection

        Delete a connection and terminate its MCP session.

        Requires API key and
        namespace ownership.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return self._delete(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Success,
        )

    def list_tools(
        self,
        namespace: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> LooseObject:
        """
        List tools across a namespace

        List tools for every connection in a namespace in one response. Each connection
        is wrapped in an envelope so a failure on one upstream doesn't fail the request.
        Skips connections in `auth_required`/`input_required` states without calling the
        upstream.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return self._get(
            path_template("/connect/{namespace}/.tools", namespace=namespace),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=LooseObject,
        )


class AsyncConnectionsResource(AsyncAPIResource):
    @cached_property
    def triggers(self) -> AsyncTriggersResource:
        return AsyncTriggersResource(self._client)

    @cached_property
    def tools(self) -> AsyncToolsResource:
        return AsyncToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncConnectionsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncConnectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConnectionsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncConnectionsResourceWithStreamingResponse(self)

    def list(
        self,
        namespace: str,
        *,
        limit: int | Omit = omit,
        cursor: str | Omit = omit,
        name: str | Omit = omit,
        mcp_url: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Connection, AsyncConnectionsPage[Connection]]:
        """List connections

        List all connections in a namespace.

        Supports filtering by metadata using
        `metadata.{key}={value}` query params.

        Args:
          limit: Maximum number of items to return (default 100, max 100)

          cursor: Pagination cursor from previous response's nextCursor

          name: Filter by exact connection name

          mcp_url: Filter by exact MCP server URL

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return self._get_api_list(
            path_template("/connect/{namespace}", namespace=namespace),
            page=AsyncConnectionsPage[Connection],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "cursor": cursor,
                        "name": name,
                        "mcp_url": mcp_url,
                    },
                    connection_list_params.ConnectionListParams,
                ),
            ),
            model=Connection,
        )

    async def create(
        self,
        namespace: str,
        *,
        transport: Literal["http", "uplink"] | Omit = omit,
        mcp_url: str | Omit = omit,
        name: str | Omit = omit,
        metadata: Dict[str, object] | Omit = omit,
        headers: Dict[str, str] | Omit = omit,
        mock: MockConfigParam | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """Create connection

        Create a new MCP connection with an auto-generated ID.

        Requires API key and
        namespace ownership.

        Args:
          transport: Connection transport. Use `uplink` for a local server paired over Smithery CLI.

          mcp_url: URL of the MCP server. Required for HTTP connections. Omit for uplink
              connections.

          name: Human-readable name (optional, defaults to connection ID)

          metadata: Custom metadata for filtering connections

          headers: Custom headers to send with MCP requests (stored securely, not returned in
              responses)

          mock: Run this connection in mock mode. Tool calls are LLM-simulated against the
              registry's scanned schemas and never reach the upstream server. Provide an
              optional `scenario` to seed the simulator with a starting-state description.
              Registry servers only; frozen at creation (cannot be toggled via PUT).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return await self._post(
            path_template("/connect/{namespace}", namespace=namespace),
            body=await async_maybe_transform(
                {
                    "transport": transport,
                    "mcp_url": mcp_url,
                    "name": name,
                    "metadata": metadata,
                    "headers": headers,
                    "mock": mock,
                },
                connection_create_params.ConnectionCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    async def get(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """Get connection

        Get details for a specific connection.

        Requires service token with
        connections:read scope.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return await self._get(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    async def set(
        self,
        connection_id: str,
        *,
        namespace: str,
        transport: Literal["http", "uplink"] | Omit = omit,
        mcp_url: str | Omit = omit,
        name: str | Omit = omit,
        metadata: Dict[str, object] | Omit = omit,
        headers: Dict[str, str] | Omit = omit,
        mock: MockConfigParam | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Connection:
        """
        Create or update connection

        Create or update an MCP connection with the given ID. mcpUrl is required when
        creating a new connection, but optional when updating. Returns 409 if a
        different mcpUrl is provided, except while the connection is input_required and
        the new URL keeps the same host and path.

        Args:
          transport: Connection transport. Defaults to the existing connection transport when
              updating.

          mcp_url: URL of the MCP server. Required when creating a new connection. Optional when
              updating — omit to keep the existing URL.

          name: Human-readable name (optional, defaults to connection ID)

          metadata: Custom metadata for filtering connections

          headers: Custom headers to send with MCP requests (stored securely, not returned in
              responses)

          mock: Run this connection in mock mode. Only honored on first creation; ignored on
              updates to an existing connection.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return await self._put(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            body=await async_maybe_transform(
                {
                    "transport": transport,
                    "mcp_url": mcp_url,
                    "name": name,
                    "metadata": metadata,
                    "headers": headers,
                    "mock": mock,
                },
                connection_set_params.ConnectionSetParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Connection,
        )

    async def delete(
        self,
        connection_id: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Success:
        """Delete connection

        Delete a connection and terminate its MCP session.

        Requires API key and
        namespace ownership.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not connection_id:
            raise ValueError(f"Expected a non-empty value for `connection_id` but received {connection_id!r}")
        return await self._delete(
            path_template("/connect/{namespace}/{connection_id}", namespace=namespace, connection_id=connection_id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=Success,
        )

    async def list_tools(
        self,
        namespace: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> LooseObject:
        """
        List tools across a namespace

        List tools for every connection in a namespace in one response. Each connection
        is wrapped in an envelope so a failure on one upstream doesn't fail the request.
        Skips connections in `auth_required`/`input_required` states without calling the
        upstream.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        return await self._get(
            path_template("/connect/{namespace}/.tools", namespace=namespace),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=LooseObject,
        )


class ConnectionsResourceWithRawResponse:
    def __init__(self, connections: ConnectionsResource) -> None:
        self._connections = connections

        self.list = to_raw_response_wrapper(
            connections.list,
        )
        self.create = to_raw_response_wrapper(
            connections.create,
        )
        self.get = to_raw_response_wrapper(
            connections.get,
        )
        self.set = to_raw_response_wrapper(
            connections.set,
        )
        self.delete = to_raw_response_wrapper(
            connections.delete,
        )
        self.list_tools = to_raw_response_wrapper(
            connections.list_tools,
        )

    @cached_property
    def triggers(self) -> TriggersResourceWithRawResponse:
        return TriggersResourceWithRawResponse(self._connections.triggers)

    @cached_property
    def tools(self) -> ToolsResourceWithRawResponse:
        return ToolsResourceWithRawResponse(self._connections.tools)


class AsyncConnectionsResourceWithRawResponse:
    def __init__(self, connections: AsyncConnectionsResource) -> None:
        self._connections = connections

        self.list = async_to_raw_response_wrapper(
            connections.list,
        )
        self.create = async_to_raw_response_wrapper(
            connections.create,
        )
        self.get = async_to_raw_response_wrapper(
            connections.get,
        )
        self.set = async_to_raw_response_wrapper(
            connections.set,
        )
        self.delete = async_to_raw_response_wrapper(
            connections.delete,
        )
        self.list_tools = async_to_raw_response_wrapper(
            connections.list_tools,
        )

    @cached_property
    def triggers(self) -> AsyncTriggersResourceWithRawResponse:
        return AsyncTriggersResourceWithRawResponse(self._connections.triggers)

    @cached_property
    def tools(self) -> AsyncToolsResourceWithRawResponse:
        return AsyncToolsResourceWithRawResponse(self._connections.tools)


class ConnectionsResourceWithStreamingResponse:
    def __init__(self, connections: ConnectionsResource) -> None:
        self._connections = connections

        self.list = to_streamed_response_wrapper(
            connections.list,
        )
        self.create = to_streamed_response_wrapper(
            connections.create,
        )
        self.get = to_streamed_response_wrapper(
            connections.get,
        )
        self.set = to_streamed_response_wrapper(
            connections.set,
        )
        self.delete = to_streamed_response_wrapper(
            connections.delete,
        )
        self.list_tools = to_streamed_response_wrapper(
            connections.list_tools,
        )

    @cached_property
    def triggers(self) -> TriggersResourceWithStreamingResponse:
        return TriggersResourceWithStreamingResponse(self._connections.triggers)

    @cached_property
    def tools(self) -> ToolsResourceWithStreamingResponse:
        return ToolsResourceWithStreamingResponse(self._connections.tools)


class AsyncConnectionsResourceWithStreamingResponse:
    def __init__(self, connections: AsyncConnectionsResource) -> None:
        self._connections = connections

        self.list = async_to_streamed_response_wrapper(
            connections.list,
        )
        self.create = async_to_streamed_response_wrapper(
            connections.create,
        )
        self.get = async_to_streamed_response_wrapper(
            connections.get,
        )
        self.set = async_to_streamed_response_wrapper(
            connections.set,
        )
        self.delete = async_to_streamed_response_wrapper(
            connections.delete,
        )
        self.list_tools = async_to_streamed_response_wrapper(
            connections.list_tools,
        )

    @cached_property
    def triggers(self) -> AsyncTriggersResourceWithStreamingResponse:
        return AsyncTriggersResourceWithStreamingResponse(self._connections.triggers)

    @cached_property
    def tools(self) -> AsyncToolsResourceWithStreamingResponse:
        return AsyncToolsResourceWithStreamingResponse(self._connections.tools)
