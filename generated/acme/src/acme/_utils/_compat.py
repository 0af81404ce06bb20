"""Typing helpers under the module names Stainless's runtime gives them (`<package>._utils._compat`), for owners'
code that imports them from there; sdkgen's own modules import them from `_typing` and `_datetime`."""

from __future__ import annotations

from ._typing import is_union as is_union, is_typeddict as is_typeddict, is_literal_type as is_literal_type
from .._compat import get_args as get_args, get_origin as get_origin
from ._datetime import parse_date as parse_date, parse_datetime as parse_datetime

__all__ = ["get_args", "get_origin", "is_union", "is_typeddict", "is_literal_type", "parse_date", "parse_datetime"]
