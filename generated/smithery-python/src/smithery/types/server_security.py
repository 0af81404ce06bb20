from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["ServerSecurity"]


class ServerSecurity(BaseModel):
    scan_passed: bool = FieldInfo(alias="scanPassed")
