from typing import Dict, List, Union, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["Constraint"]


class Constraint(BaseModel):
    """A policy constraint that restricts a token's scope.

    All specified fields within a single constraint are AND'd together. When multiple constraints are passed in the policy array, each is applied as an independent attenuation block.
    """

    namespaces: Union[str, List[str], None] = None
    """Namespace(s) the token is scoped to. Accepts a single slug or an array."""

    resources: Union[
        Literal["connections", "servers", "namespaces", "skills"],
        List[Literal["connections", "servers", "namespaces", "skills"]],
        None,
    ] = None
    """
    Resource type(s) the token may access: connections, servers, namespaces, or
    skills.
    """

    operations: Union[Literal["read", "write", "execute"], List[Literal["read", "write", "execute"]], None] = None
    """Operation(s) the token may perform: read, write, or execute."""

    metadata: Union[Dict[str, str], List[Dict[str, str]], None] = None
    """Key-value metadata for fine-grained filtering.

    A single object requires all pairs to match (AND). An array of objects requires
    any one to match (OR-of-AND), e.g. [{"userId":"alice"},{"team":"backend"}]
    grants access when either condition is met.
    """

    ttl: Union[str, float, None] = None
    """Time-to-live for the constraint.

    Accepts seconds (number) or a duration string such as "1h", "30m", or "20s".
    """

    rpc_req_match: Optional[Dict[str, str]] = FieldInfo(alias="rpcReqMatch", default=None)
    """MCP JSON-RPC request matching rules.

    Keys are dot-paths into the request body (e.g. "params.name", "method"). Values
    are regex patterns. All entries must match (AND).
    """
