from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from ..._utils import PropertyInfo

__all__ = ["DomainUpdateParams"]


class DomainUpdateParams(TypedDict, total=False):
    qualified_name: Required[Annotated[str, PropertyInfo(alias="qualifiedName")]]
    """The server's qualified name (e.g.

    'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode
    the slash.
    """

    subdomain: Required[str]
