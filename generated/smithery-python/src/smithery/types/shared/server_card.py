from __future__ import annotations

from typing import Dict, List, Optional
from datetime import datetime
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ServerCard"]


class ServerInfoIcons(BaseModel):
    src: str
    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
    sizes: Optional[List[str]] = None
    theme: Optional[Literal["light", "dark"]] = None


class ServerInfo(BaseModel):
    name: str
    title: Optional[str] = None
    icons: Optional[List[ServerInfoIcons]] = None
    version: str
    website_url: Optional[str] = FieldInfo(alias="websiteUrl", default=None)
    description: Optional[str] = None


class ToolsIcons(BaseModel):
    src: str
    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
    sizes: Optional[List[str]] = None
    theme: Optional[Literal["light", "dark"]] = None


class ToolsInputSchema(BaseModel):
    type: Literal["object"]
    properties: Optional[Dict[str, object]] = None
    required: Optional[List[str]] = None


class ToolsOutputSchema(BaseModel):
    type: Literal["object"]
    properties: Optional[Dict[str, object]] = None
    required: Optional[List[str]] = None


class ToolsAnnotations(BaseModel):
    title: Optional[str] = None
    read_only_hint: Optional[bool] = FieldInfo(alias="readOnlyHint", default=None)
    destructive_hint: Optional[bool] = FieldInfo(alias="destructiveHint", default=None)
    idempotent_hint: Optional[bool] = FieldInfo(alias="idempotentHint", default=None)
    open_world_hint: Optional[bool] = FieldInfo(alias="openWorldHint", default=None)


class ToolsExecution(BaseModel):
    task_support: Optional[Literal["required", "optional", "forbidden"]] = FieldInfo(alias="taskSupport", default=None)


class Tools(BaseModel):
    name: str
    title: Optional[str] = None
    icons: Optional[List[ToolsIcons]] = None
    description: Optional[str] = None
    input_schema: ToolsInputSchema = FieldInfo(alias="inputSchema")
    output_schema: Optional[ToolsOutputSchema] = FieldInfo(alias="outputSchema", default=None)
    annotations: Optional[ToolsAnnotations] = None
    execution: Optional[ToolsExecution] = None
    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class ResourcesIcons(BaseModel):
    src: str
    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
    sizes: Optional[List[str]] = None
    theme: Optional[Literal["light", "dark"]] = None


class ResourcesAnnotations(BaseModel):
    audience: Optional[List[Literal["user", "assistant"]]] = None
    priority: Optional[float] = None
    last_modified: Optional[datetime] = FieldInfo(alias="lastModified", default=None)


class Resources(BaseModel):
    name: str
    title: Optional[str] = None
    icons: Optional[List[ResourcesIcons]] = None
    uri: str
    description: Optional[str] = None
    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
    annotations: Optional[ResourcesAnnotations] = None
    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class PromptsIcons(BaseModel):
    src: str
    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
    sizes: Optional[List[str]] = None
    theme: Optional[Literal["light", "dark"]] = None


class PromptsArguments(BaseModel):
    name: str
    description: Optional[str] = None
    required: Optional[bool] = None


class Prompts(BaseModel):
    name: str
    title: Optional[str] = None
    icons: Optional[List[PromptsIcons]] = None
    description: Optional[str] = None
    arguments: Optional[List[PromptsArguments]] = None
    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)


class ServerCard(BaseModel):
    server_info: ServerInfo = FieldInfo(alias="serverInfo")
    tools: Optional[List[Tools]] = None
    resources: Optional[List[Resources]] = None
    prompts: Optional[List[Prompts]] = None
