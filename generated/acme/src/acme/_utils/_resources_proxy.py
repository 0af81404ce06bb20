from __future__ import annotations

import importlib
from typing import Any
from typing_extensions import override

from ._proxy import LazyProxy

__all__ = ["resources"]

# `<package>._utils._resources_proxy` → `<package>`
_PACKAGE = __name__.rsplit(".", 2)[0]


class ResourcesProxy(LazyProxy[Any]):
    """The package's `resources` module, imported on first use (so importing the package stays cheap)."""

    @override
    def __load__(self) -> Any:
        return importlib.import_module(f"{_PACKAGE}.resources")


resources = ResourcesProxy().__as_proxied__()
