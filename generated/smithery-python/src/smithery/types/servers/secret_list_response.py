from typing import List
from typing_extensions import TypeAlias

from ..._models import BaseModel

__all__ = ["SecretListResponse", "SecretListResponseItem"]


class SecretListResponseItem(BaseModel):
    name: str

    type: str


SecretListResponse: TypeAlias = List[SecretListResponseItem]
