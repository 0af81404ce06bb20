from ..._models import BaseModel
from .loose_object import LooseObject
from ..connections.trigger_delivery import TriggerDelivery

__all__ = ["CreateTriggerRequest"]


class CreateTriggerRequest(BaseModel):
    params: LooseObject
    """Trigger-specific parameters defined by the trigger inputSchema"""

    delivery: TriggerDelivery
