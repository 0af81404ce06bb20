# The transform of request params: TypedDict keys sent by their API names, dates in ISO 8601 or a custom format,
# file content as base64, nested and listed params, and keys the TypedDict does not declare sent as given.

from __future__ import annotations

import base64
import pathlib
from typing import Any, Dict, List, Union, Iterable, Optional
from datetime import date, datetime, timezone
from typing_extensions import Required, Annotated, TypedDict

import pytest

from acme._files import to_httpx_files, async_to_httpx_files
from acme._utils import PropertyInfo, transform, async_transform, maybe_transform


class Inner(TypedDict, total=False):
    inner_name: Annotated[str, PropertyInfo(alias="innerName")]


class Params(TypedDict, total=False):
    full_name: Required[Annotated[str, PropertyInfo(alias="fullName")]]
    inner: Inner
    inners: Iterable[Inner]
    when: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    day: Annotated[date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]
    content: Annotated[Union[str, bytes, pathlib.Path], PropertyInfo(format="base64")]
    optional: Optional[int]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_aliases(use_async: bool) -> None:
    params: Params = {"full_name": "Ada", "inner": {"inner_name": "x"}, "inners": [{"inner_name": "y"}]}
    result = await _transform(params, use_async)
    assert result == {"fullName": "Ada", "inner": {"innerName": "x"}, "inners": [{"innerName": "y"}]}


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_dates(use_async: bool) -> None:
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    params: Params = {"full_name": "Ada", "when": when, "day": date(2024, 2, 3)}
    result = await _transform(params, use_async)
    assert result == {"fullName": "Ada", "when": "2024-01-02T03:04:05+00:00", "day": "03/02/2024"}
    # A string is sent as it is.
    assert (await _transform({"full_name": "Ada", "when": "yesterday"}, use_async))["when"] == "yesterday"


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_base64_file_content(use_async: bool, tmp_path: pathlib.Path) -> None:
    encoded = base64.b64encode(b"file content").decode()
    assert (await _transform({"full_name": "a", "content": b"file content"}, use_async))["content"] == encoded
    file = tmp_path / "upload.txt"
    file.write_bytes(b"file content")
    assert (await _transform({"full_name": "a", "content": file}, use_async))["content"] == encoded


async def test_none_and_undeclared_keys() -> None:
    params: Dict[str, Any] = {"full_name": "Ada", "optional": None, "extra": {"k": [1]}}
    assert transform(params, Params) == {"fullName": "Ada", "optional": None, "extra": {"k": [1]}}
    assert maybe_transform(None, Params) is None


def test_lists_of_params() -> None:
    items: List[Inner] = [{"inner_name": "a"}, {"inner_name": "b"}]
    assert transform(items, List[Inner]) == [{"innerName": "a"}, {"innerName": "b"}]


async def test_files(tmp_path: pathlib.Path) -> None:
    file = tmp_path / "upload.txt"
    file.write_bytes(b"file content")
    # A path is read, named by its file; content and (name, content, type) tuples are sent as given.
    assert to_httpx_files({"file": file}) == {"file": ("upload.txt", b"file content")}
    assert to_httpx_files([("file", b"raw"), ("file", file)]) == [
        ("file", b"raw"),
        ("file", ("upload.txt", b"file content")),
    ]
    assert to_httpx_files({"file": ("name.bin", b"raw", "application/octet-stream")}) == {
        "file": ("name.bin", b"raw", "application/octet-stream")
    }
    assert await async_to_httpx_files({"file": file}) == {"file": ("upload.txt", b"file content")}


async def _transform(params: Params, use_async: bool) -> Dict[str, object]:
    result: object = await async_transform(params, Params) if use_async else transform(params, Params)
    assert isinstance(result, dict)
    return dict(result)  # pyright: ignore[reportUnknownArgumentType]
