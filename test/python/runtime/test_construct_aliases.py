"""A model built from data without validation (`construct`) reads an aliased field from its wire key, and keeps no
copy of that key beside the field: the key is the field's, not an extra value of the model. (Owners of Stainless's
SDKs patched Stainless's `construct` to do this; sdkgen's runtime does it, and migrate says so with this test.)"""

from __future__ import annotations

from typing import Any, cast

from pydantic import Field

from acme._models import BaseModel


class Item(BaseModel):
    my_field: int = Field(alias="myField")


def test_aliased_key_sets_the_field_only() -> None:
    item = Item.construct(myField=1)
    assert item.my_field == 1
    assert not hasattr(item, "myField")
    assert item.model_dump() == {"my_field": 1}
    assert item.to_dict() == {"myField": 1}
    # A value of another type is kept as it came, still under the field alone.
    loose = Item.construct(myField={"hello": False})
    assert cast(Any, loose.my_field) == {"hello": False}
