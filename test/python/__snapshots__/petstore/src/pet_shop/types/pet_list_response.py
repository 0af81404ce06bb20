from typing import List
from typing_extensions import TypeAlias

from .pet_create_response import PetCreateResponse

__all__ = ["PetListResponse"]

PetListResponse: TypeAlias = List[PetCreateResponse]
