from typing import Optional
from typing_extensions import Literal

from ..._models import BaseModel
from .deployment_log_entry_error import DeploymentLogEntryError

__all__ = ["DeploymentLogEntry"]


class DeploymentLogEntry(BaseModel):
    stage: Literal["deploy", "scan", "metadata", "publish"]
    """
    Pipeline stage: deploy (bundle upload), scan (security/OAuth check), metadata
    (tool discovery), publish (generated artifacts).
    """

    level: str
    """Log level: 'start', 'end', 'info', 'success', or 'failure'."""

    message: str
    """Human-readable log message."""

    timestamp: str
    """ISO 8601 timestamp of the log entry."""

    error: Optional[DeploymentLogEntryError] = None
    """Error details, present only when the stage failed."""
