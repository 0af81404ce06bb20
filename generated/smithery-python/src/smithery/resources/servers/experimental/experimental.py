from __future__ import annotations

from .tools import (
    ToolsResource,
    AsyncToolsResource,
    ToolsResourceWithRawResponse,
    AsyncToolsResourceWithRawResponse,
    ToolsResourceWithStreamingResponse,
    AsyncToolsResourceWithStreamingResponse,
)
from ...._compat import cached_property
from ...._resource import SyncAPIResource, AsyncAPIResource

__all__ = ["ExperimentalResource", "AsyncExperimentalResource"]


class ExperimentalResource(SyncAPIResource):
    @cached_property
    def tools(self) -> ToolsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ExperimentalResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return ExperimentalResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExperimentalResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return ExperimentalResourceWithStreamingResponse(self)


class AsyncExperimentalResource(AsyncAPIResource):
    @cached_property
    def tools(self) -> AsyncToolsResource:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncToolsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncExperimentalResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncExperimentalResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExperimentalResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncExperimentalResourceWithStreamingResponse(self)


class ExperimentalResourceWithRawResponse:
    def __init__(self, experimental: ExperimentalResource) -> None:
        self._experimental = experimental

    @cached_property
    def tools(self) -> ToolsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ToolsResourceWithRawResponse(self._experimental.tools)


class AsyncExperimentalResourceWithRawResponse:
    def __init__(self, experimental: AsyncExperimentalResource) -> None:
        self._experimental = experimental

    @cached_property
    def tools(self) -> AsyncToolsResourceWithRawResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncToolsResourceWithRawResponse(self._experimental.tools)


class ExperimentalResourceWithStreamingResponse:
    def __init__(self, experimental: ExperimentalResource) -> None:
        self._experimental = experimental

    @cached_property
    def tools(self) -> ToolsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return ToolsResourceWithStreamingResponse(self._experimental.tools)


class AsyncExperimentalResourceWithStreamingResponse:
    def __init__(self, experimental: AsyncExperimentalResource) -> None:
        self._experimental = experimental

    @cached_property
    def tools(self) -> AsyncToolsResourceWithStreamingResponse:
        """
        Browse the MCP server registry, manage server configuration, and handle deployments
        """
        return AsyncToolsResourceWithStreamingResponse(self._experimental.tools)
