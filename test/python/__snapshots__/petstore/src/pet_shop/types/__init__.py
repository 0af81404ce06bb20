from __future__ import annotations

from .pet_create_params import PetCreateParams as PetCreateParams
from .pet_create_response import PetCreateResponse as PetCreateResponse
from .pet_list_params import PetListParams as PetListParams
from .pet_list_response import PetListResponse as PetListResponse
