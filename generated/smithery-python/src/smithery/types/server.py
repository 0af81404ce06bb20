from typing import List, Union, Optional
from typing_extensions import TypeAlias

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .server_tool import ServerTool
from .server_prompt import ServerPrompt
from .http_connection import HTTPConnection
from .server_resource import ServerResource
from .server_security import ServerSecurity
from .stdio_connection import StdioConnection

__all__ = ["Server", "Connection"]

Connection: TypeAlias = Union[StdioConnection, HTTPConnection]


class Server(BaseModel):
    qualified_name: str = FieldInfo(alias="qualifiedName")

    display_name: str = FieldInfo(alias="displayName")

    description: str

    icon_url: Optional[str] = FieldInfo(alias="iconUrl", default=None)

    remote: bool

    deployment_url: Optional[str] = FieldInfo(alias="deploymentUrl", default=None)

    connections: List[Connection]

    security: Optional[ServerSecurity] = None

    tools: Optional[List[ServerTool]] = None

    resources: Optional[List[ServerResource]] = None

    prompts: Optional[List[ServerPrompt]] = None
