"""`parse_date` and `parse_datetime` (`_datetime`) under the module name Stainless's runtime gives them."""

from __future__ import annotations

from ._datetime import parse_date as parse_date, parse_datetime as parse_datetime

__all__ = ["parse_date", "parse_datetime"]
