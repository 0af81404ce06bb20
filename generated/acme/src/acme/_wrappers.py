"""Responses a method returns one field of (a Stainless config's `unwrap_response_fields`).

The method asks for the whole body parsed as a small model holding that one field (`field_wrapper`) and hands the
request a post-parser (`field_unwrapper`) that takes the field's value out, so raw and streamed responses'
`.parse()` give the same value as the method.
"""

from __future__ import annotations

from typing import Any, Dict, Type, Tuple, Generic, TypeVar, Callable, Optional, cast

import pydantic

from ._models import BaseModel, GenericModel

__all__ = ["field_wrapper", "field_unwrapper", "DataWrapper"]

_T = TypeVar("_T")

# The model's own attribute; the field's wire name is its alias, so any wire name (even `json`) is safe.
_VALUE = "value"

_wrappers: Dict[Tuple[str, object], Type[BaseModel]] = {}


def field_wrapper(field: str, inner: Type[_T]) -> Type[_T]:
    """The model `{field: inner}` to parse the body as, typed as `inner` (what the post-parser turns it into)."""
    key: Tuple[str, object] = (field, cast(object, inner))
    hashable = True
    model: Optional[Type[BaseModel]]
    try:
        model = _wrappers.get(key)
    except TypeError:  # an unhashable type expression: build it each time
        hashable = False
        model = None
    if model is None:
        field_info: Any = pydantic.Field(alias=field)
        definitions: Dict[str, Any] = {_VALUE: (inner, field_info)}
        model = pydantic.create_model("FieldWrapper", __base__=BaseModel, **definitions)
        if hashable:
            _wrappers[key] = model
    return cast(Type[_T], model)


def field_unwrapper(field: str) -> Callable[[Any], Any]:
    """The post-parser taking the field's value out of the parsed wrapper (or of a plain dict, as a fallback)."""

    def unwrap(parsed: Any) -> Any:
        if isinstance(parsed, BaseModel):
            return getattr(parsed, _VALUE, None)
        if isinstance(parsed, dict):
            return cast(Dict[str, Any], parsed).get(field)
        return parsed

    return unwrap


class DataWrapper(GenericModel, Generic[_T]):
    """A body `{"data": ...}` of which a method returns the `data` (hand-written resources parse with
    `cast_to=DataWrapper[T]` and `post_parser=DataWrapper[T]._unwrapper`)."""

    data: _T

    @staticmethod
    def _unwrapper(obj: "DataWrapper[_T]") -> _T:
        return obj.data
