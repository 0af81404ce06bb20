from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["InvocationDuration"]


class InvocationDuration(BaseModel):
    cpu_ms: float = FieldInfo(alias="cpuMs")

    wall_ms: float = FieldInfo(alias="wallMs")
