from __future__ import annotations

from .pet_delete_params import PetDeleteParams as PetDeleteParams
