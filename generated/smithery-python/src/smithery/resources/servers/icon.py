from __future__ import annotations

import httpx

from ..._types import Body, Query, Headers, NotGiven, not_given
from ..._utils import path_template
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
from ..._base_client import make_request_options
from ...types.servers.icon_response import IconResponse
from ...types.servers.icon_delete_response import IconDeleteResponse

__all__ = ["IconResource", "AsyncIconResource"]


class IconResource(SyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> IconResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return IconResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> IconResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return IconResourceWithStreamingResponse(self)

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
    ) -> BinaryAPIResponse:
        """Get server icon

        Retrieve the server's icon image.

        Returns the image directly with appropriate
        content type.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        extra_headers = {"Accept": "image/*", **(extra_headers or {})}
        return self._get(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BinaryAPIResponse,
        )

    def upload(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> IconResponse:
        """Upload server icon

        Upload or replace the server icon.

        Accepts a single image file via
        multipart/form-data. Max 1MB. Supported formats: PNG, JPEG, GIF, SVG, WebP.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._put(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=IconResponse,
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
    ) -> IconDeleteResponse:
        """
        Delete server icon

        Remove the server's icon.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._delete(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=IconDeleteResponse,
        )


class AsyncIconResource(AsyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> AsyncIconResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncIconResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncIconResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncIconResourceWithStreamingResponse(self)

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
    ) -> AsyncBinaryAPIResponse:
        """Get server icon

        Retrieve the server's icon image.

        Returns the image directly with appropriate
        content type.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        extra_headers = {"Accept": "image/*", **(extra_headers or {})}
        return await self._get(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncBinaryAPIResponse,
        )

    async def upload(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> IconResponse:
        """Upload server icon

        Upload or replace the server icon.

        Accepts a single image file via
        multipart/form-data. Max 1MB. Supported formats: PNG, JPEG, GIF, SVG, WebP.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._put(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=IconResponse,
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
    ) -> IconDeleteResponse:
        """
        Delete server icon

        Remove the server's icon.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._delete(
            path_template("/servers/{qualified_name}/icon", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=IconDeleteResponse,
        )


class IconResourceWithRawResponse:
    def __init__(self, icon: IconResource) -> None:
        self._icon = icon

        self.get = to_custom_raw_response_wrapper(
            icon.get,
            BinaryAPIResponse,
        )
        self.upload = to_raw_response_wrapper(
            icon.upload,
        )
        self.delete = to_raw_response_wrapper(
            icon.delete,
        )


class AsyncIconResourceWithRawResponse:
    def __init__(self, icon: AsyncIconResource) -> None:
        self._icon = icon

        self.get = async_to_custom_raw_response_wrapper(
            icon.get,
            AsyncBinaryAPIResponse,
        )
        self.upload = async_to_raw_response_wrapper(
            icon.upload,
        )
        self.delete = async_to_raw_response_wrapper(
            icon.delete,
        )


class IconResourceWithStreamingResponse:
    def __init__(self, icon: IconResource) -> None:
        self._icon = icon

        self.get = to_custom_streamed_response_wrapper(
            icon.get,
            StreamedBinaryAPIResponse,
        )
        self.upload = to_streamed_response_wrapper(
            icon.upload,
        )
        self.delete = to_streamed_response_wrapper(
            icon.delete,
        )


class AsyncIconResourceWithStreamingResponse:
    def __init__(self, icon: AsyncIconResource) -> None:
        self._icon = icon

        self.get = async_to_custom_streamed_response_wrapper(
            icon.get,
            AsyncStreamedBinaryAPIResponse,
        )
        self.upload = async_to_streamed_response_wrapper(
            icon.upload,
        )
        self.delete = async_to_streamed_response_wrapper(
            icon.delete,
        )
