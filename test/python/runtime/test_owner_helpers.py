"""Runtime helpers that Stainless's runtime ships and owners' hand-written code and tests call: `_utils`'s
`assert_signatures_in_sync` (a wrapper kept in step with the method it wraps) and `_compat.model_json_schema`."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest
import pydantic

from acme._utils import function_has_argument, assert_signatures_in_sync
from acme._compat import model_json_schema
from acme._utils._reflection import function_has_argument as reflection_has_argument


def create(
    *, model: str, messages: List[Dict[str, Any]], stream: bool = False, timeout: Optional[float] = None
) -> None:
    del model, messages, stream, timeout


def stream_in_step(*, model: str, messages: List[Dict[str, Any]], timeout: Optional[float] = None) -> None:
    del model, messages, timeout


def stream_missing(*, model: str, timeout: Optional[float] = None) -> None:
    del model, timeout


def stream_retyped(*, model: int, messages: List[Dict[str, Any]], timeout: Optional[float] = None) -> None:
    del model, messages, timeout


def test_signatures_in_sync_passes_with_the_excluded_params_left_out() -> None:
    assert_signatures_in_sync(create, stream_in_step, exclude_params={"stream"})


def test_signatures_in_sync_names_a_missing_param() -> None:
    with pytest.raises(AssertionError, match="`messages` param is missing"):
        assert_signatures_in_sync(create, stream_missing, exclude_params={"stream"})


def test_signatures_in_sync_names_a_param_typed_otherwise() -> None:
    with pytest.raises(AssertionError, match=r"`model` param's type differs") as caught:
        assert_signatures_in_sync(create, stream_retyped, exclude_params={"stream"}, description="chat.stream")
    assert "(chat.stream)" in str(caught.value)


def test_signatures_in_sync_counts_every_difference() -> None:
    with pytest.raises(AssertionError, match=r"^2 difference"):
        assert_signatures_in_sync(create, stream_missing)


def test_function_has_argument_from_both_modules() -> None:
    assert function_has_argument(create, "messages")
    assert not reflection_has_argument(create, "prompt")


class Pet(pydantic.BaseModel):
    name: str
    age: Optional[int] = None


def test_model_json_schema() -> None:
    schema = model_json_schema(Pet)
    assert schema["title"] == "Pet"
    assert schema["required"] == ["name"]
    assert set(schema["properties"]) == {"name", "age"}


def test_stainless_module_names_bind_the_runtime_helpers() -> None:
    from typing import Union, Literal

    from acme import _compat
    from acme._utils import is_union
    from acme._utils._compat import is_union as utils_is_union, get_origin, parse_date, is_literal_type
    from acme._utils._streams import consume_sync_iterator
    from acme._utils._datetime_parse import parse_datetime

    assert is_union(get_origin(Union[int, str]))
    assert utils_is_union(get_origin(Optional[int]))
    assert not is_union(get_origin(List[int]))
    assert _compat.is_union(get_origin(Union[int, str]))
    assert is_literal_type(Literal["a"]) and _compat.is_literal_type(Literal["a"])
    assert not _compat.is_typeddict(Pet)
    assert parse_date("2024-02-03").isoformat() == "2024-02-03"
    assert _compat.parse_date("2024-02-03") == parse_date("2024-02-03")
    assert parse_datetime("2024-02-03T04:05:06Z").hour == 4
    assert _compat.parse_datetime(0).year == 1970
    items = iter([1, 2, 3])
    consume_sync_iterator(items)
    assert next(items, None) is None


def test_generic_model_and_typed_cached_property() -> None:
    from acme._compat import GenericModel, typed_cached_property

    class Box(GenericModel):
        size: int

    class Counter:
        calls = 0

        @typed_cached_property
        def value(self) -> int:
            Counter.calls += 1
            return 7

    assert issubclass(Box, pydantic.BaseModel) and Box(size=2).size == 2
    counter = Counter()
    assert counter.value == 7 and counter.value == 7 and Counter.calls == 1


def test_compat_config_dict() -> None:
    # Owners' models import it from Stainless's `_compat` (llama-cloud's `ExtractedData`: `extra="forbid"`).
    from acme._compat import ConfigDict

    class Strict(pydantic.BaseModel):
        model_config = ConfigDict(extra="forbid")
        size: int

    assert ConfigDict is pydantic.ConfigDict and Strict(size=1).size == 1
    with pytest.raises(pydantic.ValidationError):
        Strict.model_validate({"size": 1, "colour": "red"})
