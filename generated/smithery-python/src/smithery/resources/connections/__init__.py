from __future__ import annotations

from .connections import (
    ConnectionsResource as ConnectionsResource,
    ConnectionsResourceWithRawResponse as ConnectionsResourceWithRawResponse,
    ConnectionsResourceWithStreamingResponse as ConnectionsResourceWithStreamingResponse,
    AsyncConnectionsResource as AsyncConnectionsResource,
    AsyncConnectionsResourceWithRawResponse as AsyncConnectionsResourceWithRawResponse,
    AsyncConnectionsResourceWithStreamingResponse as AsyncConnectionsResourceWithStreamingResponse,
)
from .triggers import (
    TriggersResource as TriggersResource,
    TriggersResourceWithRawResponse as TriggersResourceWithRawResponse,
    TriggersResourceWithStreamingResponse as TriggersResourceWithStreamingResponse,
    AsyncTriggersResource as AsyncTriggersResource,
    AsyncTriggersResourceWithRawResponse as AsyncTriggersResourceWithRawResponse,
    AsyncTriggersResourceWithStreamingResponse as AsyncTriggersResourceWithStreamingResponse,
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
    "ConnectionsResource",
    "ConnectionsResourceWithRawResponse",
    "ConnectionsResourceWithStreamingResponse",
    "AsyncConnectionsResource",
    "AsyncConnectionsResourceWithRawResponse",
    "AsyncConnectionsResourceWithStreamingResponse",
    "TriggersResource",
    "TriggersResourceWithRawResponse",
    "TriggersResourceWithStreamingResponse",
    "AsyncTriggersResource",
    "AsyncTriggersResourceWithRawResponse",
    "AsyncTriggersResourceWithStreamingResponse",
    "ToolsResource",
    "ToolsResourceWithRawResponse",
    "ToolsResourceWithStreamingResponse",
    "AsyncToolsResource",
    "AsyncToolsResourceWithRawResponse",
    "AsyncToolsResourceWithStreamingResponse",
]
