from __future__ import annotations

import io
import os
import base64
import pathlib
from typing import Any, Dict, Mapping, TypeVar, Iterable, Optional, cast
from datetime import date, datetime
from typing_extensions import Literal, get_args, override, get_type_hints as _get_type_hints

import pydantic

from ._utils import is_list, is_given, lru_cache, is_mapping, is_iterable
from ._typing import (
    is_list_type,
    is_typeddict,
    is_union_type,
    is_literal_type,
    is_mapping_type,
    extract_type_arg,
    is_iterable_type,
    is_sequence_type,
    type_alias_value,
    annotated_metadata,
    is_type_alias_type,
    strip_annotated_type,
)

__all__ = ["PropertyInfo", "PropertyFormat", "maybe_transform", "async_maybe_transform", "transform", "async_transform"]

_T = TypeVar("_T")

PropertyFormat = Literal["iso8601", "base64", "custom"]


class PropertyInfo:
    """Metadata for `Annotated` params and model fields.

    `alias`: the wire name of a TypedDict key; `format`: how to serialise the value (`iso8601` dates, `base64`
    file content, `custom` with `format_template` as a `strftime` pattern); `discriminator`: the property that picks a
    union's variant.
    """

    alias: Optional[str]
    format: Optional[PropertyFormat]
    format_template: Optional[str]
    discriminator: Optional[str]

    def __init__(
        self,
        *,
        alias: Optional[str] = None,
        format: Optional[PropertyFormat] = None,
        format_template: Optional[str] = None,
        discriminator: Optional[str] = None,
    ) -> None:
        self.alias = alias
        self.format = format
        self.format_template = format_template
        self.discriminator = discriminator

    @override
    def __repr__(self) -> str:
        return (
            f"{self.__class__.__name__}(alias={self.alias!r}, format={self.format!r}, "
            f"format_template={self.format_template!r}, discriminator={self.discriminator!r})"
        )


def _property_info(annotation: object) -> Optional[PropertyInfo]:
    """The `PropertyInfo`s of an annotation merged into one: Python flattens `Annotated[Annotated[T, a], b]` into
    `Annotated[T, a, b]`, so an alias and a format may sit in two of them."""
    infos = [meta for meta in annotated_metadata(annotation) if isinstance(meta, PropertyInfo)]
    if len(infos) <= 1:
        return infos[0] if infos else None
    merged = PropertyInfo()
    for info in infos:
        merged.alias = info.alias if info.alias is not None else merged.alias
        merged.format = info.format if info.format is not None else merged.format
        merged.format_template = info.format_template if info.format_template is not None else merged.format_template
        merged.discriminator = info.discriminator if info.discriminator is not None else merged.discriminator
    return merged


def maybe_transform(data: object, expected_type: object) -> Any | None:
    """`transform()` that passes `None` through (so an absent optional body stays absent)."""
    if data is None:
        return None
    return transform(data, expected_type)


async def async_maybe_transform(data: object, expected_type: object) -> Any | None:
    if data is None:
        return None
    return await async_transform(data, expected_type)


def transform(data: _T, expected_type: object) -> _T:
    """Turns user-given params into what goes over the wire, guided by the params' TypedDict:

    keys renamed to their `PropertyInfo(alias=...)`, `NotGiven`/`Omit` values dropped, dates formatted, models
    dumped; whatever the type does not describe is passed through unchanged.
    """
    return cast(_T, _transform_value(data, expected_type))


async def async_transform(data: _T, expected_type: object) -> _T:
    return transform(data, expected_type)


@lru_cache(maxsize=4096)
def _cached_type_hints(typed_dict: type) -> Dict[str, Any]:
    return _get_type_hints(typed_dict, include_extras=True)


def _transform_value(data: object, annotation: object) -> object:
    if is_type_alias_type(annotation):
        annotation = type_alias_value(annotation)
    info = _property_info(annotation)
    stripped = strip_annotated_type(annotation)
    if is_type_alias_type(stripped):
        return _transform_value(data, type_alias_value(stripped))

    if is_typeddict(stripped) and is_mapping(data):
        return _transform_typeddict(data, cast(type, stripped))

    if is_mapping_type(stripped) and is_mapping(data):
        args = get_args(stripped)
        value_type: object = args[1] if len(args) == 2 else object
        return {key: _transform_value(value, value_type) for key, value in data.items() if is_given(value)}

    if (
        (is_list_type(stripped) or is_sequence_type(stripped) or is_iterable_type(stripped))
        and _is_sequence_like(data)
    ):
        args = get_args(stripped)
        if not args:
            return data if is_list(data) else list(cast(Iterable[object], data))
        item_type = extract_type_arg(stripped, 0)
        if is_list(data) and _is_plain_scalar_type(item_type):
            # Nothing in it to rename or format: the caller's list is sent as it is, not copied.
            return data
        return [_transform_value(item, item_type) for item in cast(Iterable[object], data)]

    if is_union_type(stripped):
        # Each variant renames only the keys it knows about, so applying them in turn covers whichever one the
        # data actually is.
        result: object = data
        for variant in get_args(stripped):
            result = _transform_value(result, variant)
        if info is not None and info.format is not None:
            return _format_data(result, info.format, info.format_template)
        return result

    if isinstance(data, pydantic.BaseModel):
        # (A model's `__api_exclude__` fields are its own, never sent: a parsed output read back from a response.)
        return data.model_dump(
            exclude_unset=True, mode="json", by_alias=True, exclude=getattr(data, "__api_exclude__", None)
        )

    if info is not None and info.format is not None:
        return _format_data(data, info.format, info.format_template)
    if isinstance(data, (datetime, date)):
        # (Every date goes through the one formatting step: an edit of it reaches them all.)
        return _format_data(data, "iso8601", None)
    return data


def _is_plain_scalar_type(annotation: object) -> bool:
    """A JSON scalar type without `PropertyInfo` (`int`, `str`, a `Literal`...): its values are sent unchanged."""
    scalars: "tuple[object, ...]" = (str, int, float, bool, type(None))
    return any(annotation is scalar for scalar in scalars) or is_literal_type(annotation)


def _is_sequence_like(data: object) -> bool:
    return is_iterable(data) and not isinstance(data, (str, bytes, bytearray)) and not is_mapping(data)


def _format_data(data: object, format_: PropertyFormat, format_template: str | None) -> object:
    if isinstance(data, (date, datetime)):
        if format_ == "iso8601":
            return data.isoformat()

        if format_ == "custom" and format_template is not None:
            return data.strftime(format_template)
        return data.isoformat()
    if format_ == "base64":
        raw: Optional[bytes] = None
        if isinstance(data, (bytes, bytearray)):
            raw = bytes(data)
        elif isinstance(data, str):
            # A string is taken to be encoded already.
            return data
        elif isinstance(data, os.PathLike):
            raw = pathlib.Path(cast("os.PathLike[str]", data)).read_bytes()
        elif isinstance(data, io.IOBase):
            content: object = data.read()
            raw = content.encode() if isinstance(content, str) else cast(bytes, content)
        if raw is not None:
            return base64.b64encode(raw).decode("ascii")
    return cast(object, data)


def _transform_typeddict(data: Mapping[str, object], typed_dict: type) -> Dict[str, object]:
    hints = _cached_type_hints(typed_dict)
    result: Dict[str, object] = {}
    for key, value in data.items():
        if not is_given(value):
            continue
        annotation = hints.get(key)
        if annotation is None:
            # Keys the TypedDict does not declare are sent as given.
            result[key] = value
            continue
        info = _property_info(annotation)
        wire_key = info.alias if info is not None and info.alias is not None else key
        result[wire_key] = _transform_value(value, annotation)
    return result


