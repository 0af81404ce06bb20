from __future__ import annotations

from .loose_object import LooseObject as LooseObject
