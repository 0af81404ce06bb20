from typing import Dict
from typing_extensions import TypeAlias

__all__ = ["LooseObject"]

LooseObject: TypeAlias = Dict[str, object]
