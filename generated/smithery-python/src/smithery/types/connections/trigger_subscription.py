from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["TriggerSubscription"]


class TriggerSubscription(BaseModel):
    id: str
    """
    Stable subscription id derived from (namespace, connection, name, params,
    delivery.url). Used by the receiver to route via X-MCP-Subscription-Id.
    """

    refresh_before: str = FieldInfo(alias="refreshBefore")
    """ISO 8601 timestamp at which the subscription expires unless refreshed."""
