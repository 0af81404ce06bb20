from typing import List

from ..._models import BaseModel
from .invocation import Invocation

__all__ = ["RuntimeLogsResponse"]


class RuntimeLogsResponse(BaseModel):
    invocations: List[Invocation]

    total: float
    """Total invocations matching query"""
