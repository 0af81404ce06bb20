from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from ..._utils import PropertyInfo
from .trigger_delivery_param import TriggerDeliveryParam
from ..shared_params.loose_object import LooseObject

__all__ = ["TriggerSubscribeParams"]


class TriggerSubscribeParams(TypedDict, total=False):
    namespace: Required[str]

    connection_id: Required[Annotated[str, PropertyInfo(alias="connectionId")]]

    params: Required[LooseObject]
    """Trigger-specific parameters defined by the trigger inputSchema"""

    delivery: Required[TriggerDeliveryParam]
