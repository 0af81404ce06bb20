from typing import Dict
from typing_extensions import TypeAlias

__all__ = ["InputSchemaProperties"]

InputSchemaProperties: TypeAlias = Dict[str, object]
