from ..._models import BaseModel
from .loose_object import LooseObject
from ..connections.unsubscribe_delivery import UnsubscribeDelivery

__all__ = ["DeleteTriggerRequest"]


class DeleteTriggerRequest(BaseModel):
    params: LooseObject
    """The same params used at subscribe time. Forms part of the subscription key."""

    delivery: UnsubscribeDelivery
