from .actions import (
    Actions,
    AsyncActions,
    ActionsWithRawResponse,
    AsyncActionsWithRawResponse,
    ActionsWithStreamingResponse,
    AsyncActionsWithStreamingResponse,
)
from .servers import (
    Servers,
    AsyncServers,
    ServersWithRawResponse,
    AsyncServersWithRawResponse,
    ServersWithStreamingResponse,
    AsyncServersWithStreamingResponse,
)

__all__ = [
    "Actions",
    "AsyncActions",
    "ActionsWithRawResponse",
    "AsyncActionsWithRawResponse",
    "ActionsWithStreamingResponse",
    "AsyncActionsWithStreamingResponse",
    "Servers",
    "AsyncServers",
    "ServersWithRawResponse",
    "AsyncServersWithRawResponse",
    "ServersWithStreamingResponse",
    "AsyncServersWithStreamingResponse",
]
