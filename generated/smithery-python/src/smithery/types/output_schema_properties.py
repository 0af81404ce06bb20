from typing import Dict
from typing_extensions import TypeAlias

__all__ = ["OutputSchemaProperties"]

OutputSchemaProperties: TypeAlias = Dict[str, object]
