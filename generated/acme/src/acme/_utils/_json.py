from __future__ import annotations

import json
import base64
import datetime
from typing import Any

import pydantic

from .._files import read_body_bytes

__all__ = ["openapi_dumps"]


def _encode_default(value: object) -> object:
    """What JSON cannot hold as it is: dates as ISO 8601 text, a pydantic model as the properties it was given (by
    their API names), a file (a `format: binary` property) as its bytes base64-encoded."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raw = read_body_bytes(value)
    if raw is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return base64.b64encode(raw).decode("ascii")


def openapi_dumps(obj: Any) -> bytes:
    """A request body as compact UTF-8 JSON (no spaces after separators), as the client sends it."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False, default=_encode_default).encode("utf-8")
