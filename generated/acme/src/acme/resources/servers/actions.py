from __future__ import annotations

import httpx

from ..._types import NOT_GIVEN, Body, Query, Headers, NotGiven
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
from ...types.servers.action_reboot_response import ActionRebootResponse

__all__ = ["Actions", "AsyncActions"]


class Actions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ActionsWithRawResponse:
        return ActionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ActionsWithStreamingResponse:
        return ActionsWithStreamingResponse(self)

    def reboot(
        self,
        id: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ActionRebootResponse:
        """
        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return self._post(
            f"/servers/{id}/actions/reboot",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ActionRebootResponse,
        )


class AsyncActions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncActionsWithRawResponse:
        return AsyncActionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncActionsWithStreamingResponse:
        return AsyncActionsWithStreamingResponse(self)

    async def reboot(
        self,
        id: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ActionRebootResponse:
        """
        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return await self._post(
            f"/servers/{id}/actions/reboot",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ActionRebootResponse,
        )


class ActionsWithRawResponse:
    def __init__(self, actions: Actions) -> None:
        self.reboot = to_raw_response_wrapper(
            actions.reboot,
        )


class AsyncActionsWithRawResponse:
    def __init__(self, actions: AsyncActions) -> None:
        self.reboot = async_to_raw_response_wrapper(
            actions.reboot,
        )


class ActionsWithStreamingResponse:
    def __init__(self, actions: Actions) -> None:
        self.reboot = to_streamed_response_wrapper(
            actions.reboot,
        )


class AsyncActionsWithStreamingResponse:
    def __init__(self, actions: AsyncActions) -> None:
        self.reboot = async_to_streamed_response_wrapper(
            actions.reboot,
        )
