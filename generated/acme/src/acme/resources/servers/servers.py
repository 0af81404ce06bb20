from __future__ import annotations

import httpx

from ...types import server_create_params
from .actions import (
    Actions,
    AsyncActions,
    ActionsWithRawResponse,
    AsyncActionsWithRawResponse,
    ActionsWithStreamingResponse,
    AsyncActionsWithStreamingResponse,
)
from ..._types import NOT_GIVEN, Body, Query, Headers, NotGiven
from ..._utils import maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ..._base_client import (
    make_request_options,
)
from ...types.server_create_response import ServerCreateResponse

__all__ = ["Servers", "AsyncServers"]


class Servers(SyncAPIResource):
    @cached_property
    def actions(self) -> Actions:
        return Actions(self._client)

    @cached_property
    def with_raw_response(self) -> ServersWithRawResponse:
        return ServersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ServersWithStreamingResponse:
        return ServersWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServerCreateResponse:
        """
        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            "/servers",
            body=maybe_transform({"name": name}, server_create_params.ServerCreateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ServerCreateResponse,
        )


class AsyncServers(AsyncAPIResource):
    @cached_property
    def actions(self) -> AsyncActions:
        return AsyncActions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncServersWithRawResponse:
        return AsyncServersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncServersWithStreamingResponse:
        return AsyncServersWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServerCreateResponse:
        """
        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            "/servers",
            body=maybe_transform({"name": name}, server_create_params.ServerCreateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ServerCreateResponse,
        )


class ServersWithRawResponse:
    def __init__(self, servers: Servers) -> None:
        self.actions = ActionsWithRawResponse(servers.actions)

        self.create = to_raw_response_wrapper(
            servers.create,
        )


class AsyncServersWithRawResponse:
    def __init__(self, servers: AsyncServers) -> None:
        self.actions = AsyncActionsWithRawResponse(servers.actions)

        self.create = async_to_raw_response_wrapper(
            servers.create,
        )


class ServersWithStreamingResponse:
    def __init__(self, servers: Servers) -> None:
        self.actions = ActionsWithStreamingResponse(servers.actions)

        self.create = to_streamed_response_wrapper(
            servers.create,
        )


class AsyncServersWithStreamingResponse:
    def __init__(self, servers: AsyncServers) -> None:
        self.actions = AsyncActionsWithStreamingResponse(servers.actions)

        self.create = async_to_streamed_response_wrapper(
            servers.create,
        )
