from typing import TypeVar

__all__ = []

_T = TypeVar("_T")
