from __future__ import annotations

import re
from urllib.parse import quote, unquote

__all__ = ["path_template"]

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# What each part of a URL may hold unescaped. A path value can never add a segment, a query or a fragment; a query
# value can never add a parameter.
_SAFE_IN_PATH = "!$&'()*+,;=:@"
_SAFE_IN_QUERY = "!$'()*,;:@/?"
_SAFE_IN_FRAGMENT = "!$&'()*+,;=:@/?"


def _as_text(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(template: str, values: dict[str, object], safe: str) -> str:
    return _PLACEHOLDER.sub(lambda match: quote(_as_text(values[match.group(1)]), safe=safe), template)


def path_template(template: str, /, **values: object) -> str:
    """`template` with each `{name}` replaced by its value, percent-encoded for the part of the URL it is in.

    Raises `KeyError` for a name without a value and `ValueError` when the path would hold a `.` or `..` segment
    (which a server or proxy would resolve to another endpoint).
    """
    path, hash_sign, fragment = template.partition("#")
    path, question_mark, query = path.partition("?")
    filled = _fill(path, values, _SAFE_IN_PATH)
    for segment in filled.split("/"):
        if unquote(segment) in (".", ".."):
            raise ValueError(f"The path {filled!r} holds a dot-segment ({segment!r}), which is not allowed")
    if question_mark:
        filled += "?" + _fill(query, values, _SAFE_IN_QUERY)
    if hash_sign:
        filled += "#" + _fill(fragment, values, _SAFE_IN_FRAGMENT)
    return filled
