from ..._models import BaseModel

__all__ = ["UnsubscribeDelivery"]


class UnsubscribeDelivery(BaseModel):
    url: str
    """The delivery URL of the subscription to remove.

    Together with name+params it forms the subscription key.
    """
