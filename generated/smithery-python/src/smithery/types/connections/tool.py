from typing import TYPE_CHECKING, Dict, List, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["Tool", "Icon", "InputSchema", "OutputSchema", "Annotations", "Execution"]


class Icon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class InputSchema(BaseModel):
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


class OutputSchema(BaseModel):
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


class Annotations(BaseModel):
    title: Optional[str] = None

    read_only_hint: Optional[bool] = FieldInfo(alias="readOnlyHint", default=None)

    destructive_hint: Optional[bool] = FieldInfo(alias="destructiveHint", default=None)

    idempotent_hint: Optional[bool] = FieldInfo(alias="idempotentHint", default=None)

    open_world_hint: Optional[bool] = FieldInfo(alias="openWorldHint", default=None)


class Execution(BaseModel):
    task_support: Optional[Literal["required", "optional", "forbidden"]] = FieldInfo(alias="taskSupport", default=None)


class Tool(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[Icon]] = None

    description: Optional[str] = None

    input_schema: InputSchema = FieldInfo(alias="inputSchema")

    output_schema: Optional[OutputSchema] = FieldInfo(alias="outputSchema", default=None)

    annotations: Optional[Annotations] = None

    execution: Optional[Execution] = None

    api_meta: Optional[Dict[str, object]] = FieldInfo(alias="_meta", default=None)
