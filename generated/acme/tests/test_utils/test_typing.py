# The typing helpers the runtime reads annotations with: the type a generic base was given (through subclasses and
# their own type variables), and what kind of type an annotation is.

from __future__ import annotations

from typing import Any, Dict, List, Union, Generic, TypeVar, Iterable, Optional, Sequence
from typing_extensions import Required, Literal, Annotated, TypedDict

import pytest

from acme._utils import (
    is_union,
    is_typevar,
    get_origin,
    is_list_type,
    is_typeddict,
    is_union_type,
    is_literal_type,
    is_mapping_type,
    extract_type_arg,
    is_iterable_type,
    is_required_type,
    is_sequence_type,
    is_annotated_type,
    annotated_metadata,
    strip_annotated_type,
    extract_type_var_from_base,
)

_T = TypeVar("_T")
_T2 = TypeVar("_T2")
_T3 = TypeVar("_T3")


class BaseGeneric(Generic[_T]): ...


class SubclassGeneric(BaseGeneric[_T]): ...


class BaseGenericMultipleTypeArgs(Generic[_T, _T2, _T3]): ...


class SubclassGenericMultipleTypeArgs(BaseGenericMultipleTypeArgs[_T, _T2, _T3]): ...


# Its own type variables in another order than the base's.
class SubclassDifferentOrderGenericMultipleTypeArgs(
    BaseGenericMultipleTypeArgs[_T2, _T, _T3], Generic[_T, _T2, _T3]
): ...


class IntSubclass(SubclassGeneric[int]): ...


def extract(typ: Any, index: int = 0) -> Any:
    return extract_type_var_from_base(typ, generic_bases=(BaseGeneric, BaseGenericMultipleTypeArgs), index=index)


def test_the_base_itself() -> None:
    assert extract(BaseGeneric[int]) is int


def test_through_a_generic_subclass() -> None:
    assert extract(SubclassGeneric[int]) is int


def test_through_a_subclass_that_fixed_the_type() -> None:
    assert extract(IntSubclass) is int


def test_several_type_variables_in_order() -> None:
    typ = SubclassGenericMultipleTypeArgs[int, str, None]
    assert [extract(typ, index) for index in range(3)] == [int, str, type(None)]


def test_several_type_variables_reordered_by_the_subclass() -> None:
    typ = SubclassDifferentOrderGenericMultipleTypeArgs[int, str, None]
    assert [extract(typ, index) for index in range(3)] == [str, int, type(None)]


def test_a_base_given_no_type_raises() -> None:
    with pytest.raises(RuntimeError):
        extract(SubclassGeneric)
    with pytest.raises(RuntimeError, match="no page type"):
        extract_type_var_from_base(int, generic_bases=(BaseGeneric,), index=0, failure_message="no page type")


class Params(TypedDict, total=False):
    name: Required[str]


def test_the_kind_of_an_annotation() -> None:
    assert is_list_type(List[int]) and not is_list_type(Dict[str, int])
    assert is_sequence_type(Sequence[int])
    assert is_iterable_type(Iterable[int])
    assert is_mapping_type(Dict[str, int])
    assert is_union_type(Union[int, str]) and is_union_type(Optional[int])
    assert is_union(get_origin(Union[int, str]))
    assert is_literal_type(Literal["a", "b"])
    assert is_typeddict(Params) and not is_typeddict(dict)
    assert is_typevar(_T) and not is_typevar(int)
    assert is_required_type(Required[str])


def test_annotated_types() -> None:
    typ = Annotated[int, "meta", 2]
    assert is_annotated_type(typ)
    assert strip_annotated_type(typ) is int
    assert strip_annotated_type(Required[Annotated[str, "x"]]) is str
    assert tuple(annotated_metadata(typ)) == ("meta", 2)
    assert extract_type_arg(List[int], 0) is int
