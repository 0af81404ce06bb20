"""`consume_sync_iterator` and `consume_async_iterator` (`_utils`) under the module name Stainless's runtime gives
them."""

from __future__ import annotations

from ._utils import consume_sync_iterator as consume_sync_iterator, consume_async_iterator as consume_async_iterator

__all__ = ["consume_sync_iterator", "consume_async_iterator"]
