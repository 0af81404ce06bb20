from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["TriggerDeliveryParam"]


class TriggerDeliveryParam(TypedDict, total=False):
    url: Required[str]
    """HTTPS webhook destination where the upstream MCP server delivers events."""

    secret: Required[str]
    """Standard Webhooks signing secret (whsec\\__).

    The upstream MCP server signs each delivery with this.
    """
