from __future__ import annotations

import io
from typing import Any, Dict, List, Union, Optional, cast
from pathlib import Path
from datetime import date, datetime, timezone
from typing_extensions import Literal, Required, Annotated, TypedDict

import pytest
import pydantic

from acme import Acme
from acme._qs import Querystring
from acme._types import NOT_GIVEN, FileTypes, omit
from acme._utils import (
    PropertyInfo,
    is_given,
    parse_date,
    extract_files,
    required_args,
    parse_datetime,
    maybe_transform,
    strip_not_given,
    deepcopy_minimal,
)
from acme._models import BaseModel, validate_type, construct_type
from acme.types import Prompt
from acme.types.prompt import Content, TextContent, ImageContent
from server import ApiServer


class Inner(TypedDict, total=False):
    card_id: Required[Annotated[str, PropertyInfo(alias="cardId")]]
    when: Annotated[datetime, PropertyInfo(format="iso8601")]


class Other(TypedDict, total=False):
    other_name: Annotated[str, PropertyInfo(alias="otherName")]


class Params(TypedDict, total=False):
    items: List[Inner]
    choice: Union[Inner, Other]
    mapping: Dict[str, Inner]
    day: Annotated[date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]
    blob: Annotated[Union[bytes, str], PropertyInfo(format="base64")]
    plain: str


def test_transform_walks_typeddicts() -> None:
    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    result = maybe_transform(
        {
            "items": [{"card_id": "c1", "when": when}, {"card_id": "c2"}],
            "choice": {"other_name": "o"},
            "mapping": {"k": {"card_id": "c3"}},
            "day": date(2024, 1, 31),
            "blob": b"hi",
            "plain": NOT_GIVEN,
            "unknown_key": omit,
            "passthrough": {"x_y": 1},
        },
        Params,
    )
    assert result == {
        "items": [{"cardId": "c1", "when": "2024-05-06T07:08:09+00:00"}, {"cardId": "c2"}],
        "choice": {"otherName": "o"},
        "mapping": {"k": {"cardId": "c3"}},
        "day": "31/01/2024",
        "blob": "aGk=",
        "passthrough": {"x_y": 1},
    }
    assert maybe_transform(None, Params) is None
    assert maybe_transform("not a mapping", Params) == "not a mapping"


def test_construct_type_is_loose() -> None:
    built = cast(
        Prompt,
        construct_type(
            type_=Prompt,
            value={
                "promptId": "p",
                "prompt": "x",
                "version": "wrong",
                "variables": [{"name": "v"}],
                "createdAt": "2024-01-02T03:04:05.5+02:00",
                "content": [{"type": "image", "url": "u"}, {"type": "text", "text": "t"}, {"type": "video"}],
                "extra_prop": [1],
            },
        ),
    )
    assert built.prompt_id == "p"
    assert built.version == "wrong"  # type: ignore[comparison-overlap]
    assert built.variables[0].name == "v"
    assert built.created_at is not None and built.created_at.utcoffset() is not None
    assert built.created_at.microsecond == 500000
    assert built.content is not None
    assert isinstance(built.content[0], ImageContent)
    assert isinstance(built.content[1], TextContent)
    assert cast(Any, built).extra_prop == [1]
    # wrong-typed values are kept, so serialising them would warn
    dumped = built.to_dict(warnings=False)
    assert dumped["promptId"] == "p" and "is_default" not in dumped
    assert '"promptId": "p"' in built.to_json(warnings=False)
    assert built.to_dict(use_api_names=False, warnings=False)["prompt_id"] == "p"
    assert str(built).startswith("Prompt(")


def test_construct_type_unions_and_scalars() -> None:
    assert construct_type(type_=Content, value={"type": "text", "text": "a"}) == TextContent(type="text", text="a")
    assert construct_type(type_=List[int], value="x") == "x"
    assert construct_type(type_=float, value=1) == 1.0
    assert construct_type(type_=Optional[date], value="2020-02-03") == date(2020, 2, 3)
    assert construct_type(type_=Dict[str, Prompt], value={"a": 1}) == {"a": 1}
    assert construct_type(type_=Union[int, str], value="1") == "1"


def test_validate_type_is_strict() -> None:
    with pytest.raises(pydantic.ValidationError):
        validate_type(type_=Prompt, value={"promptId": 5})
    assert validate_type(type_=List[int], value=[1, 2]) == [1, 2]


def test_dates() -> None:
    assert parse_date("2019-12-27") == date(2019, 12, 27)
    assert parse_datetime("2019-12-27T18:11:19.117Z") == datetime(2019, 12, 27, 18, 11, 19, 117000, tzinfo=timezone.utc)
    assert parse_datetime(0) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert parse_datetime("2019-12-27 18:11").tzinfo is None
    with pytest.raises(ValueError):
        parse_date("27/12/2019")


def test_querystring_formats() -> None:
    params: Dict[str, object] = {"a": [1, 2], "b": {"c": True, "d": None}, "e": None, "f": False}
    assert Querystring(array_format="comma").stringify(params) == "a=1%2C2&b%5Bc%5D=true&f=false"
    assert Querystring(array_format="repeat").stringify({"a": [1, 2]}) == "a=1&a=2"
    assert Querystring(array_format="indices").stringify({"a": [1, 2]}) == "a%5B0%5D=1&a%5B1%5D=2"
    assert Querystring(array_format="brackets").stringify({"a": [1, 2]}) == "a%5B%5D=1&a%5B%5D=2"
    assert Querystring(nested_format="dots").stringify({"b": {"c": "x"}}) == "b.c=x"
    with pytest.raises(ValueError):
        Querystring(array_format=cast(Any, "bogus"))


def test_extract_files_and_deepcopy() -> None:
    original: Dict[str, object] = {"file": b"1", "docs": [{"content": b"2", "name": "n"}, {"content": b"3"}]}
    body = deepcopy_minimal(original)
    files = extract_files(body, paths=[["file"], ["docs", "<array>", "content"], ["absent"]])
    assert files == [("file", b"1"), ("docs[][content]", b"2"), ("docs[][content]", b"3")]
    assert body == {"docs": [{"name": "n"}, {}]}
    assert "file" in original  # the caller's data is untouched
    with pytest.raises(RuntimeError, match="Expected entry at `x`"):
        extract_files({"x": 12}, paths=[["x"]])


def test_required_args_message() -> None:
    @required_args(["a"], ["b", "c"])
    def func(*, a: Optional[int] = None, b: Optional[int] = None, c: Optional[int] = None) -> int:
        return 1

    assert func(a=1) == 1 and func(b=1, c=2) == 1
    with pytest.raises(TypeError, match=r"Expected either \('a'\) or \('b' and 'c'\) arguments to be given"):
        func(b=1)

    @required_args(["x", "y"])
    def single(x: int = 0, y: int = 0) -> int:
        return x + y

    assert single(1, 2) == 3
    with pytest.raises(TypeError, match=r"Missing required argument: 'y'"):
        single(1)


def test_given_helpers() -> None:
    assert not is_given(NOT_GIVEN) and not is_given(omit) and is_given(None)
    assert strip_not_given({"a": NOT_GIVEN, "b": 1, "c": omit}) == {"b": 1}


def test_multipart_upload(client: Acme, server: ApiServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from disk")
    uploads: List[FileTypes] = [b"raw bytes", path, ("named.json", io.BytesIO(b"{}"), "application/json")]
    for upload in uploads:
        prompt = client.prompts.upload(file=upload, purpose="assistants")
        assert prompt.prompt.startswith("multipart/form-data; boundary=")
        body = server.last.body
        assert b'name="purpose"' in body and b"assistants" in body
        assert b'name="file"' in body
    assert b'filename="named.json"' in server.last.body
    assert b"Content-Type: application/json" in server.last.body
    assert b'filename="notes.txt"' in server.requests[-2].body
    assert b"from disk" in server.requests[-2].body


def test_base_model_config() -> None:
    class Thing(BaseModel):
        kind: Literal["a", "b"]
        model_name: Optional[str] = None

    thing = Thing.model_validate({"kind": "a", "model_name": "m", "extra": 1})
    assert cast(Any, thing).extra == 1
    assert thing.to_dict() == {"kind": "a", "model_name": "m", "extra": 1}
