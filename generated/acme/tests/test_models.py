# The response models of the runtime: built from JSON without validation, API names as aliases, unknown properties
# kept, nested models, dates and unions (discriminated or not), and dumped back by their API names.

from __future__ import annotations

from typing import Dict, List, Union, Optional
from datetime import date, datetime, timezone
from typing_extensions import Literal, Annotated

from pydantic import Field

from acme._utils import PropertyInfo
from acme._models import BaseModel, construct_type


class Owner(BaseModel):
    full_name: str = Field(alias="fullName")
    age: Optional[int] = None


class Item(BaseModel):
    id: str
    created_at: datetime = Field(alias="createdAt")
    owner: Optional[Owner] = None
    tags: List[str] = []
    scores: Dict[str, float] = {}
    due: Optional[date] = None


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool


Pet = Annotated[Union[Cat, Dog], PropertyInfo(discriminator="kind")]


class Home(BaseModel):
    pets: List[Pet]
    value: Union[int, str, None] = None


def test_construct_nested_and_aliases() -> None:
    item = Item.construct(
        id="i_1",
        createdAt="2024-01-02T03:04:05Z",
        owner={"fullName": "Ada", "age": 36},
        tags=["a", "b"],
        scores={"x": 1.5},
        due="2024-02-03",
    )
    assert item.id == "i_1"
    assert item.created_at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert isinstance(item.owner, Owner)
    assert item.owner.full_name == "Ada"
    assert item.tags == ["a", "b"]
    assert item.scores == {"x": 1.5}
    assert item.due == date(2024, 2, 3)


def test_construct_by_field_name() -> None:
    owner = Owner.construct(full_name="Grace")
    assert owner.full_name == "Grace"


def test_unknown_properties_are_kept() -> None:
    item = Item.construct(id="i_1", createdAt="2024-01-02T03:04:05Z", surprise={"nested": True})
    assert item.model_extra == {"surprise": {"nested": True}}
    assert item.to_dict()["surprise"] == {"nested": True}


def test_unexpected_types_are_kept_as_sent() -> None:
    item = Item.construct(id=5, createdAt="not a date", tags="nope")
    assert item.to_dict(warnings=False) == {"id": 5, "createdAt": "not a date", "tags": "nope"}


def test_missing_properties() -> None:
    item = Item.construct(id="i_1", createdAt="2024-01-02T03:04:05Z")
    assert item.owner is None
    assert "owner" not in item.model_fields_set
    assert item.to_dict() == {"id": "i_1", "createdAt": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)}


def test_dump_by_api_names() -> None:
    owner = Owner.construct(fullName="Ada", age=None)
    assert owner.to_dict() == {"fullName": "Ada", "age": None}
    assert owner.to_dict(use_api_names=False) == {"full_name": "Ada", "age": None}
    assert owner.to_dict(exclude_none=True) == {"fullName": "Ada"}
    assert owner.to_json(indent=None) == '{"fullName":"Ada","age":null}'


def test_discriminated_union() -> None:
    home = Home.construct(pets=[{"kind": "dog", "good": True}, {"kind": "cat", "lives": 9}])
    assert isinstance(home.pets[0], Dog)
    assert isinstance(home.pets[1], Cat)
    assert home.pets[1].lives == 9


def test_plain_union() -> None:
    assert Home.construct(pets=[], value=3).value == 3
    assert Home.construct(pets=[], value="three").value == "three"
    assert Home.construct(pets=[], value=None).value is None


def test_construct_type_union_of_models() -> None:
    built = construct_type(value={"kind": "cat", "lives": 3}, type_=Union[Dog, Cat])
    assert isinstance(built, Cat)
    built = construct_type(value=[{"fullName": "Ada"}], type_=List[Owner])
    assert isinstance(built, list)
    assert all(isinstance(owner, Owner) for owner in built)  # pyright: ignore[reportUnknownVariableType]


def test_validation() -> None:
    item = Item.model_validate({"id": "i_1", "createdAt": "2024-01-02T03:04:05Z", "owner": {"fullName": "Ada"}})
    assert item.owner is not None
    assert item.owner.full_name == "Ada"
