"""sdkgen's runtime formats a value of the params for the wire in one step, `_format_data` (Stainless's name,
signature and lines for it), and its async transform runs that same step: there is no async twin of it, as
Stainless's `_async_format_data`. An owners' edit of Stainless's two functions is carried into the one, and migrate
says the async twin's edit is done by it with this test."""

from __future__ import annotations

from typing import Any, List, Tuple, Union, Optional
from datetime import date, datetime, timezone

import pytest
import pydantic
from typing_extensions import Annotated, TypedDict

import acme._utils._transform as transform_module
from acme._utils._transform import PropertyInfo, transform, async_transform


class Params(TypedDict, total=False):
    at: Annotated[datetime, PropertyInfo(format="iso8601")]
    day: Annotated[date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]


async def test_async_transform_runs_the_sync_format_step(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not hasattr(transform_module, "_async_format_data")
    calls: List[Tuple[Any, ...]] = []
    step = transform_module._format_data

    def spy(*args: Any) -> object:
        calls.append(args)
        return step(*args)

    monkeypatch.setattr(transform_module, "_format_data", spy)
    params: Params = {"at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "day": date(2024, 1, 2)}
    expected = {"at": "2024-01-02T03:04:05+00:00", "day": "02/01/2024"}
    assert transform(params, Params) == expected
    assert await async_transform(params, Params) == expected
    assert [call[1] for call in calls] == ["iso8601", "custom", "iso8601", "custom"]


class Unions(TypedDict, total=False):
    maybe: Annotated[Optional[datetime], PropertyInfo(format="iso8601")]
    either: Annotated[Union[int, datetime], PropertyInfo(format="iso8601")]
    many: Annotated[Optional[List[datetime]], PropertyInfo(format="iso8601")]
    plain: datetime


def test_every_date_goes_through_the_format_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # (A date inside a union, a list or with no format of its own is formatted by the same step: an owners' edit of
    # it, RFC 3339's `Z` for one, reaches every date the runtime sends, as it did in Stainless's runtime.)
    def step(data: object, format_: object, format_template: object) -> object:
        return f"<{format_}>" if isinstance(data, (date, datetime)) else data

    monkeypatch.setattr(transform_module, "_format_data", step)
    at = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    params: Unions = {"maybe": at, "either": at, "many": [at, at], "plain": at}
    assert transform(params, Unions) == {
        "maybe": "<iso8601>",
        "either": "<iso8601>",
        "many": ["<iso8601>", "<iso8601>"],
        "plain": "<iso8601>",
    }


class ToolCall(pydantic.BaseModel):
    __api_exclude__ = {"parsed_arguments"}

    arguments: str
    parsed_arguments: Optional[object] = None


class Sent(TypedDict, total=False):
    call: ToolCall


async def test_a_models_api_exclude_fields_are_not_sent() -> None:
    # Stainless's transform leaves out a model's `__api_exclude__` fields (a parsed output read back, sent again).
    call = ToolCall(arguments='{"a": 1}', parsed_arguments={"a": 1})
    assert transform({"call": call}, Sent) == {"call": {"arguments": '{"a": 1}'}}
    assert await async_transform({"call": call}, Sent) == {"call": {"arguments": '{"a": 1}'}}
