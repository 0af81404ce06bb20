from __future__ import annotations

from typing import Any, Dict, Type, Union, TypeVar
from datetime import date, datetime
from functools import cached_property as cached_property
from typing_extensions import Self, Literal, Protocol, get_args as get_args, get_origin as get_origin

import pydantic
from pydantic import ConfigDict as ConfigDict

from ._types import NotGiven

__all__ = [
    "cached_property",
    "get_args",
    "get_origin",
    "model_dump",
    "request_options_dump",
    "model_copy",
    "model_json",
    "parse_obj",
    "field_get_default",
    "PYDANTIC_V1",
    "PYDANTIC_V2",
    "model_parse",
    "model_parse_json",
    "model_json_schema",
    "GenericModel",
    "typed_cached_property",
    "is_union",
    "is_literal_type",
    "is_typeddict",
    "parse_date",
    "parse_datetime",
    "get_model_fields",
    "get_model_config",
    "field_outer_type",
    "field_is_required",
    "ConfigDict",
]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)

# Only pydantic 2 is supported; the flag exists so callers can say why a branch is there.
PYDANTIC_V1 = False
PYDANTIC_V2 = True


def parse_obj(model: Type[_ModelT], value: object) -> _ModelT:
    return model.model_validate(value)


def model_dump(
    model: pydantic.BaseModel,
    *,
    exclude: Any = None,
    exclude_unset: bool = False,
    exclude_defaults: bool = False,
    warnings: bool = True,
    mode: Literal["json", "python"] = "python",
    by_alias: bool = False,
) -> Dict[str, Any]:
    return model.model_dump(
        mode=mode,
        exclude=exclude,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        warnings=warnings,
        by_alias=by_alias,
    )


def request_options_dump(options: object) -> Dict[str, object]:
    """A request's options as a new dict of those it was given (None, not given and empty params left out), as
    Stainless's debug log shows them; the log keeps this dict, never the options themselves. A request given no
    `security` holds the every-scheme default there, its `security_alternatives` None: left out as not given."""
    given = vars(options)
    return {
        key: value
        for key, value in given.items()
        if value is not None
        and not isinstance(value, NotGiven)
        and not (key == "params" and value == {})
        and not (key == "security" and given.get("security_alternatives") is None)
    }


class _Copyable(Protocol):
    def model_copy(self, *, deep: bool = False) -> Self: ...


_CopyableT = TypeVar("_CopyableT", bound=_Copyable)


def model_copy(model: _CopyableT, *, deep: bool = False) -> _CopyableT:
    """A model's copy, or the request options' (not a pydantic model here, one in Stainless's runtime)."""
    return model.model_copy(deep=deep)


def model_json(model: pydantic.BaseModel, *, indent: Union[int, None] = None) -> str:
    return model.model_dump_json(indent=indent)


def field_get_default(field: Any) -> Any:
    return field.get_default(call_default_factory=True)


model_parse = parse_obj


def model_parse_json(model: Type[_ModelT], data: Union[str, bytes]) -> _ModelT:
    return model.model_validate_json(data)


def model_json_schema(model: Type[pydantic.BaseModel]) -> Dict[str, Any]:
    """The JSON Schema pydantic gives the model (hand-written helpers, structured outputs, read it)."""
    return model.model_json_schema()


def get_model_fields(model: Type[pydantic.BaseModel]) -> Dict[str, Any]:
    """The model's fields by Python name (pydantic's `FieldInfo`s)."""
    return dict(model.model_fields)


def get_model_config(model: Type[pydantic.BaseModel]) -> Any:
    return model.model_config


def field_outer_type(field: Any) -> Any:
    """A field's declared type, `Optional[...]` and all."""
    return field.annotation


def field_is_required(field: Any) -> bool:
    return bool(field.is_required())


# Stainless's runtime has these here too; owners' code may import them from `_compat`. `_utils` imports this module,
# so the ones it defines are read when called.
class GenericModel(pydantic.BaseModel):
    """A generic pydantic model's base (pydantic 2: `BaseModel` itself)."""


typed_cached_property = cached_property


def is_union(tp: object) -> bool:
    from ._utils._typing import is_union as check

    return check(tp)


def is_literal_type(type_: object) -> bool:
    from ._utils._typing import is_literal_type as check

    return check(type_)


def is_typeddict(type_: object) -> bool:
    from ._utils._typing import is_typeddict as check

    return check(type_)


def parse_date(value: Union[date, str, bytes, int, float]) -> date:
    from ._utils._datetime import parse_date as parse

    return parse(value)


def parse_datetime(value: Union[datetime, str, bytes, int, float]) -> datetime:
    from ._utils._datetime import parse_datetime as parse

    return parse(value)
