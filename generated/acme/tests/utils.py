# Checks that a value the SDK returned is of the type its method declares, all the way down.

from __future__ import annotations

import os
import sys
import types
import typing
import inspect
import contextlib
from typing import Any, Dict, List, Union, Mapping, TypeVar, Iterator, Sequence, ForwardRef, cast
from datetime import date, datetime
from typing_extensions import Literal, Annotated, get_args, get_origin, get_type_hints

import pydantic

_UNION_ORIGINS: List[object] = [Union]
if sys.version_info >= (3, 10):
    _UNION_ORIGINS.append(types.UnionType)


def _is_model_class(type_: object) -> bool:
    return inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel)


def _field_types(model: type[pydantic.BaseModel]) -> Dict[str, Any]:
    """Each declared field's annotation, forward references resolved where pydantic left them as text."""
    fields = model.model_fields
    resolved: Dict[str, Any] = {}
    hints: Dict[str, Any] | None = None
    for name, field in fields.items():
        annotation: Any = field.annotation
        if isinstance(annotation, (str, ForwardRef)):
            if hints is None:
                hints = get_type_hints(model, include_extras=True)
            annotation = hints.get(name, annotation)
        resolved[name] = annotation
    return resolved


def _assert_model(model: type[pydantic.BaseModel], value: pydantic.BaseModel, *, path: List[str]) -> None:
    fields = model.model_fields
    for name, annotation in _field_types(model).items():
        field = fields[name]
        present = name in value.__dict__
        field_value: object = value.__dict__.get(name)
        if not present or field_value is None:
            # A field the response left out (or sent as null) is fine only where the model allows it.
            if not field.is_required() or _allows_none(annotation):
                continue
            raise AssertionError(f"{'.'.join(path + [name])}: required field is missing")
        assert_matches_type(annotation, field_value, path=[*path, name])


def _allows_none(type_: Any) -> bool:
    if type_ is None or type_ is type(None) or type_ is object or type_ is Any:
        return True
    origin = get_origin(type_)
    if origin is Annotated:
        return _allows_none(get_args(type_)[0])
    if origin in _UNION_ORIGINS:
        return any(_allows_none(arg) for arg in get_args(type_))
    return False


def assert_matches_type(type_: Any, value: object, *, path: List[str]) -> None:
    """Raises AssertionError (naming where, by `path`) unless `value` is of `type_`."""
    where = ".".join(path)

    alias_value = getattr(type_, "__value__", None)  # a `type X = ...` alias
    if alias_value is not None and type(type_).__name__ == "TypeAliasType":
        type_ = alias_value

    origin = get_origin(type_)
    args = get_args(type_)

    if origin is Annotated:
        assert_matches_type(args[0], value, path=path)
        return

    if type_ is Any or type_ is object:
        return

    if isinstance(type_, TypeVar):
        bound = type_.__bound__
        if bound is not None:
            assert_matches_type(bound, value, path=path)
        return

    if type_ is None or type_ is type(None):
        assert value is None, f"{where}: expected None, got {value!r}"
        return

    if origin in _UNION_ORIGINS:
        failures: List[str] = []
        for variant in args:
            try:
                assert_matches_type(variant, value, path=path)
                return
            except AssertionError as error:
                failures.append(str(error))
        raise AssertionError(f"{where}: {value!r} matches no variant of {type_}: {'; '.join(failures)}")

    if origin is Literal:
        assert value in args, f"{where}: expected one of {args!r}, got {value!r}"
        return

    # A list is checked as a list, not item by item: the items a mock server makes up from the spec's examples need
    # not be of the item type (the convention of the tests this module serves).
    if origin in (list, List):
        assert isinstance(value, list), f"{where}: expected a list, got {value!r}"
        return

    if origin in (Sequence, typing.Sequence, tuple, typing.Iterable):
        assert isinstance(value, (list, tuple)), f"{where}: expected a sequence, got {value!r}"
        return

    if origin in (dict, Dict, Mapping, typing.Mapping):
        assert isinstance(value, dict), f"{where}: expected a dict, got {value!r}"
        key_type: Any = args[0] if args else object
        item_type = args[1] if len(args) > 1 else object
        for key, item in cast(Dict[object, object], value).items():
            assert_matches_type(key_type, key, path=[*path, "<key>"])
            assert_matches_type(item_type, item, path=[*path, str(key)])
        return

    if origin is type:
        assert inspect.isclass(value), f"{where}: expected a class, got {value!r}"
        return

    check: Any = origin if origin is not None else type_
    if _is_model_class(check):
        assert isinstance(value, check), f"{where}: expected {check.__name__}, got {value!r}"
        # A parametrized generic (a page of items) declares its fields with the items' type filled in.
        model = type_ if _is_model_class(type_) else check
        _assert_model(cast("type[pydantic.BaseModel]", model), cast(pydantic.BaseModel, value), path=path)
        return

    if check is bool:
        assert isinstance(value, bool), f"{where}: expected a bool, got {value!r}"
    elif check is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: expected an int, got {value!r}"
    elif check is float:
        # JSON has one kind of number: a whole one is a float too.
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (
            f"{where}: expected a float, got {value!r}"
        )
    elif check is datetime:
        assert isinstance(value, datetime), f"{where}: expected a datetime, got {value!r}"
    elif check is date:
        assert isinstance(value, date) and not isinstance(value, datetime), f"{where}: expected a date, got {value!r}"
    elif inspect.isclass(check):
        assert isinstance(value, check), f"{where}: expected {check.__name__}, got {value!r}"
    else:
        raise AssertionError(f"{where}: cannot check a value against {type_!r}")


@contextlib.contextmanager
def update_env(**new_env: object) -> Iterator[None]:
    """Sets environment variables for the `with` block (a value that is not a string, such as `Omit()`, removes
    the variable), then puts the environment back as it was."""
    saved = os.environ.copy()
    try:
        for name, value in new_env.items():
            if isinstance(value, str):
                os.environ[name] = value
            else:
                os.environ.pop(name, None)
        yield None
    finally:
        os.environ.clear()
        os.environ.update(saved)
