from typing import List

from ..._models import BaseModel
from .exception_entry import ExceptionEntry
from .runtime_log_entry import RuntimeLogEntry
from .invocation_request import InvocationRequest
from .invocation_duration import InvocationDuration
from .invocation_response import InvocationResponse

__all__ = ["Invocation"]


class Invocation(BaseModel):
    id: str

    timestamp: str

    request: InvocationRequest

    response: InvocationResponse

    duration: InvocationDuration

    logs: List[RuntimeLogEntry]

    exceptions: List[ExceptionEntry]
