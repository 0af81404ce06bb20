"""sdkgen's `_compat.model_dump` hands pydantic a bool `by_alias` (False unless asked), never `None`: an owners' patch
of Stainless's `model_dump` doing the same is listed by `sdkgen migrate` as done by this runtime
(migrate/python/already-done/runtime-behaviours.ts)."""

from __future__ import annotations

import inspect
from typing import Any, Dict

import pydantic

from acme._compat import model_dump


class _Aliased(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    my_field: int = pydantic.Field(alias="myField")


def test_model_dump_by_alias_is_a_bool() -> None:
    default = inspect.signature(model_dump).parameters["by_alias"].default
    assert default is False
    seen: Dict[str, Any] = {}

    class _Recording(_Aliased):
        def model_dump(self, **kwargs: Any) -> Dict[str, Any]:  # type: ignore[override]
            seen.update(kwargs)
            return super().model_dump(**kwargs)

    item = _Recording(myField=1)
    assert model_dump(item) == {"my_field": 1}
    assert seen["by_alias"] is False
    assert model_dump(item, by_alias=True) == {"myField": 1}
    assert seen["by_alias"] is True
