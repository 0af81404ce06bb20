from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from ..._utils import PropertyInfo
from .unsubscribe_delivery_param import UnsubscribeDeliveryParam
from ..shared_params.loose_object import LooseObject

__all__ = ["TriggerDeleteParams"]


class TriggerDeleteParams(TypedDict, total=False):
    namespace: Required[str]

    connection_id: Required[Annotated[str, PropertyInfo(alias="connectionId")]]

    params: Required[LooseObject]
    """The same params used at subscribe time. Forms part of the subscription key."""

    delivery: Required[UnsubscribeDeliveryParam]
