from typing import Dict
from typing_extensions import TypeAlias

__all__ = ["ConfigSchema"]

ConfigSchema: TypeAlias = Dict[str, object]
