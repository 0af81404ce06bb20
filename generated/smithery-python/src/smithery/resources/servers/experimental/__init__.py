from .tools import (
    ToolsResource,
    AsyncToolsResource,
    ToolsResourceWithRawResponse,
    AsyncToolsResourceWithRawResponse,
    ToolsResourceWithStreamingResponse,
    AsyncToolsResourceWithStreamingResponse,
)
from .experimental import (
    ExperimentalResource,
    AsyncExperimentalResource,
    ExperimentalResourceWithRawResponse,
    AsyncExperimentalResourceWithRawResponse,
    ExperimentalResourceWithStreamingResponse,
    AsyncExperimentalResourceWithStreamingResponse,
)

__all__ = [
    "ToolsResource",
    "AsyncToolsResource",
    "ToolsResourceWithRawResponse",
    "AsyncToolsResourceWithRawResponse",
    "ToolsResourceWithStreamingResponse",
    "AsyncToolsResourceWithStreamingResponse",
    "ExperimentalResource",
    "AsyncExperimentalResource",
    "ExperimentalResourceWithRawResponse",
    "AsyncExperimentalResourceWithRawResponse",
    "ExperimentalResourceWithStreamingResponse",
    "AsyncExperimentalResourceWithStreamingResponse",
]
