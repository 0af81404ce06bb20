from __future__ import annotations

from .pet_list_params import PetListParams as PetListParams
from .pet_create_params import PetCreateParams as PetCreateParams
from .pet_list_response import PetListResponse as PetListResponse
from .pet_create_response import PetCreateResponse as PetCreateResponse
