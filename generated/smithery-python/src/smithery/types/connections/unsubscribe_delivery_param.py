from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["UnsubscribeDeliveryParam"]


class UnsubscribeDeliveryParam(TypedDict, total=False):
    url: Required[str]
    """The delivery URL of the subscription to remove.

    Together with name+params it forms the subscription key.
    """
