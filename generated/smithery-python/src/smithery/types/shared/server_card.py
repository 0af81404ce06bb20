from typing import TYPE_CHECKING, Dict, List, Optional
from datetime import datetime
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = [
    "ServerCard",
    "ServerInfo",
    "ServerInfoIcon",
    "Tool",
    "ToolIcon",
    "ToolInputSchema",
    "ToolOutputSchema",
    "ToolAnnotations",
    "ToolExecution",
    "Resource",
    "ResourceIcon",
    "ResourceAnnotations",
    "Prompt",
    "PromptIcon",
    "PromptArgument",
]


class ServerInfoIcon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class ServerInfo(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[ServerInfoIcon]] = None

    version: str

    website_url: Optional[str] = FieldInfo(alias="websiteUrl", default=None)

    description: Optional[str] = None


class ToolIcon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class ToolInputSchema(BaseModel):
    type: Literal["object"]

    properties: Optional[Dict[str, object]] = None

    required: Optional[List[str]] = None

    if TYPE_CHECKING:
        # Declared for type checkers only: assigning this field at runtime fails on
        # Pydantic releases before 2.8.0.
        __pydantic_extra__: Dict[str, object] = FieldInfo(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

        # Keys beyond the declared fields are read as attributes (this stub types them for checkers).
        # A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.
        def __getattr__(self, attr: str) -> object: ...
    else:
        __pydantic_extra__: Dict[str, object]


class ToolOutputSchema(BaseModel):
    type: Literal["object"]

    properties: Optional[Dict[str, object]] = None

    required: Optional[List[str]] = None

    if TYPE_CHECKING:
        # Declared for type checkers only: assigning this field at runtime fails on
        # Pydantic releases before 2.8.0.
        __pydantic_extra__: Dict[str, object] = FieldInfo(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

        # Keys beyond the declared fields are read as attributes (this stub types them for checkers).
        # A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.
        def __getattr__(self, attr: str) -> object: ...
    else:
        __pydantic_extra__: Dict[str, object]


class ToolAnnotations(BaseModel):
    title: Optional[str] = None

    read_only_hint: Optional[bool] = FieldInfo(alias="readOnlyHint", default=None)

    destructive_hint: Optional[bool] = FieldInfo(alias="destructiveHint", default=None)

    idempotent_hint: Optional[bool] = FieldInfo(alias="idempotentHint", default=None)

    open_world_hint: Optional[bool] = FieldInfo(alias="openWorldHint", default=None)


class ToolExecution(BaseModel):
    task_support: Optional[Literal["required", "optional", "forbidden"]] = FieldInfo(alias="taskSupport", default=None)


class Tool(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[ToolIcon]] = None

    description: Optional[str] = None

    input_schema: ToolInputSchema = FieldInfo(alias="inputSchema")

    output_schema: Optional[ToolOutputSchema] = FieldInfo(alias="outputSchema", default=None)

    annotations: Optional[ToolAnnotations] = None

    execution: Optional[ToolExecution] = None

    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class ResourceIcon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class ResourceAnnotations(BaseModel):
    audience: Optional[List[Literal["user", "assistant"]]] = None

    priority: Optional[float] = None

    last_modified: Optional[datetime] = FieldInfo(alias="lastModified", default=None)


class Resource(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[ResourceIcon]] = None

    uri: str

    description: Optional[str] = None

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    annotations: Optional[ResourceAnnotations] = None

    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class PromptIcon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class PromptArgument(BaseModel):
    name: str

    description: Optional[str] = None

    required: Optional[bool] = None


class Prompt(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[PromptIcon]] = None

    description: Optional[str] = None

    arguments: Optional[List[PromptArgument]] = None

    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class ServerCard(BaseModel):
    server_info: ServerInfo = FieldInfo(alias="serverInfo")

    tools: Optional[List[Tool]] = None

    resources: Optional[List[Resource]] = None

    prompts: Optional[List[Prompt]] = None

    if TYPE_CHECKING:
        # Declared for type checkers only: assigning this field at runtime fails on
        # Pydantic releases before 2.8.0.
        __pydantic_extra__: Dict[str, object] = FieldInfo(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

        # Keys beyond the declared fields are read as attributes (this stub types them for checkers).
        # A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.
        def __getattr__(self, attr: str) -> object: ...
    else:
        __pydantic_extra__: Dict[str, object]
