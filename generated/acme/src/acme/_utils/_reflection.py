from __future__ import annotations

import inspect
from typing import Any, Callable, Iterable

from ._utils import function_has_argument as function_has_argument

__all__ = ["function_has_argument", "assert_signatures_in_sync"]


def assert_signatures_in_sync(
    source_func: Callable[..., Any],
    check_func: Callable[..., Any],
    *,
    exclude_params: Iterable[str] = (),
    description: str = "",
) -> None:
    """Raise `AssertionError` unless `check_func` takes every parameter of `source_func` (but `exclude_params`) with
    the same annotation: for a hand-written wrapper (a `stream()` beside a generated `create()`) that must keep
    accepting what the method it wraps accepts. `description` names the pair in the message."""
    excluded = set(exclude_params)
    wanted = inspect.signature(source_func).parameters
    given = inspect.signature(check_func).parameters
    problems: list[str] = []
    for name, param in wanted.items():
        if name in excluded:
            continue
        other = given.get(name)
        if other is None:
            problems.append(f"the `{name}` param is missing")
        elif other.annotation != param.annotation:
            problems.append(
                f"the `{name}` param's type differs: {param.annotation!r} in the source, {other.annotation!r} here"
            )
    if problems:
        where = f" ({description})" if description else ""
        raise AssertionError(
            f"{len(problems)} difference(s) between the signatures{where}:\n" + "\n".join(f"- {p}" for p in problems)
        )
