from __future__ import annotations

import sys
import typing
import collections.abc as _abc
from typing import Any, TypeVar, Iterable, cast
from typing_extensions import (
    Literal,
    Required,
    Annotated,
    NotRequired,
    TypeAliasType,
    get_args,
    get_origin,
    is_typeddict as _is_typeddict,
    get_type_hints as _get_type_hints,
)

from .._types import SequenceNotStr

__all__ = [
    "is_annotated_type",
    "is_required_type",
    "is_list_type",
    "is_sequence_type",
    "is_iterable_type",
    "is_mapping_type",
    "is_union",
    "is_union_type",
    "is_literal_type",
    "is_typevar",
    "is_typeddict",
    "is_type_alias_type",
    "type_alias_value",
    "strip_annotated_type",
    "extract_type_arg",
    "extract_type_var_from_base",
]

if sys.version_info >= (3, 10):
    from types import UnionType as _UnionType

    _UNION_ORIGINS: "tuple[object, ...]" = (typing.Union, _UnionType)
else:
    _UNION_ORIGINS: "tuple[object, ...]" = (typing.Union,)

_LIST_ORIGINS: "tuple[object, ...]" = (list, typing.List)
_SEQUENCE_ORIGINS: "tuple[object, ...]" = (_abc.Sequence, typing.Sequence, SequenceNotStr, tuple, typing.Tuple)
_ITERABLE_ORIGINS: "tuple[object, ...]" = (_abc.Iterable, typing.Iterable)
_MAPPING_ORIGINS: "tuple[object, ...]" = (dict, typing.Dict, _abc.Mapping, typing.Mapping)
_LITERAL_ORIGINS: "tuple[object, ...]" = (typing.Literal, Literal)


def _origin(tp: object) -> object:
    return get_origin(tp) or tp


def is_annotated_type(typ: object) -> bool:
    return get_origin(typ) is Annotated


def is_required_type(typ: object) -> bool:
    return get_origin(typ) in (Required, NotRequired)


def is_list_type(typ: object) -> bool:
    return _origin(typ) in _LIST_ORIGINS


def is_sequence_type(typ: object) -> bool:
    return _origin(typ) in _SEQUENCE_ORIGINS


def is_iterable_type(typ: object) -> bool:
    return _origin(typ) in _ITERABLE_ORIGINS


def is_mapping_type(tp: object) -> bool:
    return _origin(tp) in _MAPPING_ORIGINS


def is_union(tp: object) -> bool:
    """`tp` (a `get_origin` result) is a union's origin: `typing.Union`, or `types.UnionType` of `X | Y`."""
    return tp in _UNION_ORIGINS


def is_union_type(typ: object) -> bool:
    return get_origin(typ) in _UNION_ORIGINS


def is_literal_type(tp: object) -> bool:
    return get_origin(tp) in _LITERAL_ORIGINS


def is_typevar(typ: object) -> bool:
    return type(typ) == TypeVar  # noqa: E721 - a TypeVar instance, not a subclass


def is_typeddict(tp: object) -> bool:
    return _is_typeddict(tp)


def is_type_alias_type(tp: object, /) -> bool:
    return isinstance(tp, TypeAliasType)


_alias_values: "dict[object, object]" = {}


def type_alias_value(tp: object) -> object:
    """What a `TypeAliasType` stands for, with its quoted names (types its module imports last, to break an import
    cycle) resolved in that module."""
    cached = _alias_values.get(tp, _alias_values)
    if cached is not _alias_values:
        return cached
    value: object = cast(Any, tp).__value__
    module = sys.modules.get(str(getattr(tp, "__module__", "")))
    if module is None:
        return value
    holder = type("_AliasValue", (), {"__annotations__": {"value": value}, "__module__": module.__name__})
    try:
        resolved = _get_type_hints(holder, include_extras=True)["value"]
    except NameError:  # the module is still being imported
        return value
    _alias_values[tp] = resolved
    return resolved


def strip_annotated_type(typ: object) -> object:
    """`Required[Annotated[T, ...]]` → `T` (any nesting of `Required`, `NotRequired` and `Annotated`)."""
    while is_required_type(typ) or is_annotated_type(typ):
        typ = get_args(typ)[0]
    return typ


def extract_type_arg(typ: object, index: int) -> Any:
    args = get_args(typ)
    try:
        return args[index]
    except IndexError as err:
        raise RuntimeError(f"Expected type {typ} to have a type argument at index {index} but it did not") from err


def annotated_metadata(tp: object) -> Iterable[object]:
    """The metadata of the outermost `Annotated`, looking through `Required`/`NotRequired`."""
    while is_required_type(tp):
        tp = get_args(tp)[0]
    if is_annotated_type(tp):
        return cast("tuple[object, ...]", get_args(tp))[1:]
    return ()


def extract_type_var_from_base(
    typ: object,
    *,
    generic_bases: "tuple[type, ...]",
    index: int,
    failure_message: "str | None" = None,
) -> Any:
    """The type given for the `index`th type variable of one of `generic_bases`, through subclasses and their own
    type variables: with `class Page(Base[_T])`, both `Base[int]` and `Page[int]` give `int`, as does
    `class IntPage(Page[int])`. A base given no argument raises (`extract_type_arg`'s message)."""
    origin = get_origin(typ) or typ
    if origin in generic_bases:
        return extract_type_arg(typ, index)
    if isinstance(origin, type):
        # The class's own type variables, bound to the arguments `typ` gives them.
        bound: "dict[object, object]" = dict(zip(getattr(origin, "__parameters__", ()), get_args(typ)))
        orig_bases: "tuple[object, ...]" = getattr(origin, "__orig_bases__", ())
        for base in orig_bases:
            base_args = tuple(_bound_value(arg, bound) for arg in get_args(base))
            base_origin = get_origin(base) or base
            if not (isinstance(base_origin, type) and any(issubclass(base_origin, g) for g in generic_bases)):
                continue
            resolved: object = cast(Any, base_origin)[base_args] if base_args else base_origin
            try:
                found = extract_type_var_from_base(resolved, generic_bases=generic_bases, index=index)
            except RuntimeError:
                continue
            if not is_typevar(found):
                return found
    raise RuntimeError(failure_message or f"Could not resolve inner type variable at index {index} for {typ}")


def _bound_value(arg: object, bound: "dict[object, object]") -> object:
    try:
        return bound.get(arg, arg)
    except TypeError:  # an unhashable argument (a `Literal` of a dict) is no type variable
        return arg
