from __future__ import annotations

import typing_extensions

import httpx

from ..._types import Body, Omit, Query, Headers, NotGiven, omit, not_given
from ..._utils import path_template, maybe_transform, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ..._base_client import make_request_options
from ...types.namespaces import namespace_server_create_params
from ...types.namespaces.create_server_response import CreateServerResponse

__all__ = ["ServersResource", "AsyncServersResource"]


class ServersResource(SyncAPIResource):
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

    @typing_extensions.deprecated("deprecated")
    def create(
        self,
        server: str,
        *,
        namespace: str,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateServerResponse:
        """
        Create a server under a namespace (deprecated)

        **Deprecated:** Use PUT /servers/{namespace}/{server} instead. Create a new
        server under the specified namespace. This endpoint is idempotent.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not server:
            raise ValueError(f"Expected a non-empty value for `server` but received {server!r}")
        return self._put(
            path_template("/namespaces/{namespace}/servers/{server}", namespace=namespace, server=server),
            body=maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                },
                namespace_server_create_params.NamespaceServerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateServerResponse,
        )


class AsyncServersResource(AsyncAPIResource):
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

    @typing_extensions.deprecated("deprecated")
    async def create(
        self,
        server: str,
        *,
        namespace: str,
        display_name: str | Omit = omit,
        description: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateServerResponse:
        """
        Create a server under a namespace (deprecated)

        **Deprecated:** Use PUT /servers/{namespace}/{server} instead. Create a new
        server under the specified namespace. This endpoint is idempotent.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not server:
            raise ValueError(f"Expected a non-empty value for `server` but received {server!r}")
        return await self._put(
            path_template("/namespaces/{namespace}/servers/{server}", namespace=namespace, server=server),
            body=await async_maybe_transform(
                {
                    "display_name": display_name,
                    "description": description,
                },
                namespace_server_create_params.NamespaceServerCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateServerResponse,
        )


class ServersResourceWithRawResponse:
    def __init__(self, servers: ServersResource) -> None:
        self._servers = servers

        self.create = (  # pyright: ignore[reportDeprecated]
            to_raw_response_wrapper(
                servers.create,  # pyright: ignore[reportDeprecated],
            )
        )


class AsyncServersResourceWithRawResponse:
    def __init__(self, servers: AsyncServersResource) -> None:
        self._servers = servers

        self.create = (  # pyright: ignore[reportDeprecated]
            async_to_raw_response_wrapper(
                servers.create,  # pyright: ignore[reportDeprecated],
            )
        )


class ServersResourceWithStreamingResponse:
    def __init__(self, servers: ServersResource) -> None:
        self._servers = servers

        self.create = (  # pyright: ignore[reportDeprecated]
            to_streamed_response_wrapper(
                servers.create,  # pyright: ignore[reportDeprecated],
            )
        )


class AsyncServersResourceWithStreamingResponse:
    def __init__(self, servers: AsyncServersResource) -> None:
        self._servers = servers

        self.create = (  # pyright: ignore[reportDeprecated]
            async_to_streamed_response_wrapper(
                servers.create,  # pyright: ignore[reportDeprecated],
            )
        )
