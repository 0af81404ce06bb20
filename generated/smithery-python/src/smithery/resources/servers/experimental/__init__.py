from __future__ import annotations

from .experimental import (
    ExperimentalResource as ExperimentalResource,
    ExperimentalResourceWithRawResponse as ExperimentalResourceWithRawResponse,
    ExperimentalResourceWithStreamingResponse as ExperimentalResourceWithStreamingResponse,
    AsyncExperimentalResource as AsyncExperimentalResource,
    AsyncExperimentalResourceWithRawResponse as AsyncExperimentalResourceWithRawResponse,
    AsyncExperimentalResourceWithStreamingResponse as AsyncExperimentalResourceWithStreamingResponse,
)
from .tools import (
    ToolsResource as ToolsResource,
    ToolsResourceWithRawResponse as ToolsResourceWithRawResponse,
    ToolsResourceWithStreamingResponse as ToolsResourceWithStreamingResponse,
    AsyncToolsResource as AsyncToolsResource,
    AsyncToolsResourceWithRawResponse as AsyncToolsResourceWithRawResponse,
    AsyncToolsResourceWithStreamingResponse as AsyncToolsResourceWithStreamingResponse,
)

__all__ = [
    "ExperimentalResource",
    "ExperimentalResourceWithRawResponse",
    "ExperimentalResourceWithStreamingResponse",
    "AsyncExperimentalResource",
    "AsyncExperimentalResourceWithRawResponse",
    "AsyncExperimentalResourceWithStreamingResponse",
    "ToolsResource",
    "ToolsResourceWithRawResponse",
    "ToolsResourceWithStreamingResponse",
    "AsyncToolsResource",
    "AsyncToolsResourceWithRawResponse",
    "AsyncToolsResourceWithStreamingResponse",
]
