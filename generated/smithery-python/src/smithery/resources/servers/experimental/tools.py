from __future__ import annotations

import httpx

from ...._types import Body, Query, Headers, NotGiven, not_given
from ...._utils import path_template
from ...._compat import cached_property
from ...._resource import SyncAPIResource, AsyncAPIResource
from ...._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ...._base_client import make_request_options
from ....types.servers.experimental.tool_output_schema_response import ToolOutputSchemaResponse

__all__ = ["ToolsResource", "AsyncToolsResource"]


class ToolsResource(SyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> ToolsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return ToolsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ToolsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return ToolsResourceWithStreamingResponse(self)

    def output_schema(
        self,
        tool_name: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ToolOutputSchemaResponse:
        """
        Infer a tool output schema

        Infer a best-effort Zod schema from recent successful Tinybird tool outputs. All
        discovered object fields are marked optional.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not tool_name:
            raise ValueError(f"Expected a non-empty value for `tool_name` but received {tool_name!r}")
        return self._get(
            path_template(
                "/servers/{qualified_name}/experimental/tools/{tool_name}/output-schema",
                qualified_name=qualified_name,
                tool_name=tool_name,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ToolOutputSchemaResponse,
        )


class AsyncToolsResource(AsyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> AsyncToolsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncToolsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncToolsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncToolsResourceWithStreamingResponse(self)

    async def output_schema(
        self,
        tool_name: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ToolOutputSchemaResponse:
        """
        Infer a tool output schema

        Infer a best-effort Zod schema from recent successful Tinybird tool outputs. All
        discovered object fields are marked optional.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not tool_name:
            raise ValueError(f"Expected a non-empty value for `tool_name` but received {tool_name!r}")
        return await self._get(
            path_template(
                "/servers/{qualified_name}/experimental/tools/{tool_name}/output-schema",
                qualified_name=qualified_name,
                tool_name=tool_name,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ToolOutputSchemaResponse,
        )


class ToolsResourceWithRawResponse:
    def __init__(self, tools: ToolsResource) -> None:
        self._tools = tools

        self.output_schema = to_raw_response_wrapper(
            tools.output_schema,
        )


class AsyncToolsResourceWithRawResponse:
    def __init__(self, tools: AsyncToolsResource) -> None:
        self._tools = tools

        self.output_schema = async_to_raw_response_wrapper(
            tools.output_schema,
        )


class ToolsResourceWithStreamingResponse:
    def __init__(self, tools: ToolsResource) -> None:
        self._tools = tools

        self.output_schema = to_streamed_response_wrapper(
            tools.output_schema,
        )


class AsyncToolsResourceWithStreamingResponse:
    def __init__(self, tools: AsyncToolsResource) -> None:
        self._tools = tools

        self.output_schema = async_to_streamed_response_wrapper(
            tools.output_schema,
        )
