from .servers import (
    Servers,
    AsyncServers,
    ServersWithRawResponse,
    AsyncServersWithRawResponse,
    ServersWithStreamingResponse,
    AsyncServersWithStreamingResponse,
)

__all__ = [
    "Servers",
    "AsyncServers",
    "ServersWithRawResponse",
    "AsyncServersWithRawResponse",
    "ServersWithStreamingResponse",
    "AsyncServersWithStreamingResponse",
]
