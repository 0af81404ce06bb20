from __future__ import annotations

from ..._models import BaseModel
from ..connections.trigger_delivery import TriggerDelivery
from .loose_object import LooseObject

__all__ = ["CreateTriggerRequest"]


class CreateTriggerRequest(BaseModel):
    params: LooseObject
    """Trigger-specific parameters defined by the trigger inputSchema"""

    delivery: TriggerDelivery
