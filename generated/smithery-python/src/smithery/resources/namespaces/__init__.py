from __future__ import annotations

from .namespaces import (
    NamespacesResource as NamespacesResource,
    NamespacesResourceWithRawResponse as NamespacesResourceWithRawResponse,
    NamespacesResourceWithStreamingResponse as NamespacesResourceWithStreamingResponse,
    AsyncNamespacesResource as AsyncNamespacesResource,
    AsyncNamespacesResourceWithRawResponse as AsyncNamespacesResourceWithRawResponse,
    AsyncNamespacesResourceWithStreamingResponse as AsyncNamespacesResourceWithStreamingResponse,
)
from .servers import (
    ServersResource as ServersResource,
    ServersResourceWithRawResponse as ServersResourceWithRawResponse,
    ServersResourceWithStreamingResponse as ServersResourceWithStreamingResponse,
    AsyncServersResource as AsyncServersResource,
    AsyncServersResourceWithRawResponse as AsyncServersResourceWithRawResponse,
    AsyncServersResourceWithStreamingResponse as AsyncServersResourceWithStreamingResponse,
)

__all__ = [
    "NamespacesResource",
    "NamespacesResourceWithRawResponse",
    "NamespacesResourceWithStreamingResponse",
    "AsyncNamespacesResource",
    "AsyncNamespacesResourceWithRawResponse",
    "AsyncNamespacesResourceWithStreamingResponse",
    "ServersResource",
    "ServersResourceWithRawResponse",
    "ServersResourceWithStreamingResponse",
    "AsyncServersResource",
    "AsyncServersResourceWithRawResponse",
    "AsyncServersResourceWithStreamingResponse",
]
