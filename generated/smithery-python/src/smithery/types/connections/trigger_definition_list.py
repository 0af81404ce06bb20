from typing import List
from typing_extensions import TypeAlias

from .trigger_definition import TriggerDefinition

__all__ = ["TriggerDefinitionList"]

TriggerDefinitionList: TypeAlias = List[TriggerDefinition]
