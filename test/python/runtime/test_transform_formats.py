"""sdkgen's runtime formats a value of the params for the wire in one step, `_format_data` (Stainless's name,
signature and lines for it), and its async transform runs that same step: there is no async twin of it, as
Stainless's `_async_format_data`. An owners' edit of Stainless's two functions is carried into the one, and migrate
says the async twin's edit is done by it with this test."""

from __future__ import annotations

from typing import Any, List, Tuple
from datetime import date, datetime, timezone

import pytest
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
