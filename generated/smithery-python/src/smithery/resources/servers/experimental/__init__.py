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
    "ExperimentalResource",
    "AsyncExperimentalResource",
    "ExperimentalResourceWithRawResponse",
    "AsyncExperimentalResourceWithRawResponse",
    "ExperimentalResourceWithStreamingResponse",
    "AsyncExperimentalResourceWithStreamingResponse",
    "ToolsResource",
    "AsyncToolsResource",
    "ToolsResourceWithRawResponse",
    "AsyncToolsResourceWithRawResponse",
    "ToolsResourceWithStreamingResponse",
    "AsyncToolsResourceWithStreamingResponse",
]
