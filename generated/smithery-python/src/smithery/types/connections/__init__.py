from __future__ import annotations

from .tool import Tool as Tool
from .tool_list import ToolList as ToolList
from .tool_response import ToolResponse as ToolResponse
from .tool_call_params import ToolCallParams as ToolCallParams
from .trigger_delivery import TriggerDelivery as TriggerDelivery
from .trigger_definition import TriggerDefinition as TriggerDefinition
from .trigger_subscription import TriggerSubscription as TriggerSubscription
from .unsubscribe_delivery import UnsubscribeDelivery as UnsubscribeDelivery
from .trigger_delete_params import TriggerDeleteParams as TriggerDeleteParams
from .trigger_delivery_param import TriggerDeliveryParam as TriggerDeliveryParam
from .trigger_definition_list import TriggerDefinitionList as TriggerDefinitionList
from .trigger_subscribe_params import TriggerSubscribeParams as TriggerSubscribeParams
from .unsubscribe_delivery_param import UnsubscribeDeliveryParam as UnsubscribeDeliveryParam
