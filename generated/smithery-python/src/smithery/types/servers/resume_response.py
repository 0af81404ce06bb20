from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ResumeResponse"]


class ResumeResponse(BaseModel):
    status: str

    deployment_id: str = FieldInfo(alias="deploymentId")
