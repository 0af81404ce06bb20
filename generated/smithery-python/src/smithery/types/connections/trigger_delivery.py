from ..._models import BaseModel

__all__ = ["TriggerDelivery"]


class TriggerDelivery(BaseModel):
    url: str
    """HTTPS webhook destination where the upstream MCP server delivers events."""

    secret: str
    """Standard Webhooks signing secret (whsec\\__).

    The upstream MCP server signs each delivery with this.
    """
