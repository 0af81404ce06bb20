# `extract_files`: taking the files out of a request's params at the paths a multipart method names, as form parts
# named the way the form's fields are; and `deepcopy_with_paths`, which keeps the caller's params as they were.

from __future__ import annotations

from typing import Dict, List, Sequence

import pytest

from acme._types import FileTypes, ArrayFormat
from acme._files import deepcopy_with_paths
from acme._utils import extract_files


def names(entries: Sequence["tuple[str, FileTypes]"]) -> List[str]:
    return [name for name, _ in entries]


def test_a_top_level_file_is_taken_out() -> None:
    query: Dict[str, object] = {"file": b"content", "purpose": "fine-tune"}
    assert extract_files(query, paths=[["file"]]) == [("file", b"content")]
    assert query == {"purpose": "fine-tune"}


def test_a_nested_file_is_named_with_brackets() -> None:
    query: Dict[str, object] = {"document": {"content": b"x", "title": "t"}}
    assert extract_files(query, paths=[["document", "content"]]) == [("document[content]", b"x")]
    assert query == {"document": {"title": "t"}}


def test_a_path_that_is_not_there_gives_nothing() -> None:
    query: Dict[str, object] = {"other": 1}
    assert extract_files(query, paths=[["file"], ["document", "content"], ["items", "<array>", "file"]]) == []
    assert query == {"other": 1}


@pytest.mark.parametrize(
    "array_format, expected",
    [
        ("brackets", ["files[]", "files[]"]),
        ("indices", ["files[0]", "files[1]"]),
        ("repeat", ["files", "files"]),
        ("comma", ["files", "files"]),
    ],
)
def test_a_list_of_files_follows_the_array_format(array_format: ArrayFormat, expected: List[str]) -> None:
    query: Dict[str, object] = {"files": [b"a", b"b"]}
    entries = extract_files(query, paths=[["files", "<array>"]], array_format=array_format)
    assert names(entries) == expected
    assert [file for _, file in entries] == [b"a", b"b"]
    # The emptied list is not sent as a field of its own.
    assert query == {}


@pytest.mark.parametrize(
    "array_format, expected",
    [
        ("brackets", ["docs[][content]", "docs[][content]"]),
        ("indices", ["docs[0][content]", "docs[1][content]"]),
        ("repeat", ["docs[content]", "docs[content]"]),
    ],
)
def test_files_inside_a_list_of_objects(array_format: ArrayFormat, expected: List[str]) -> None:
    query: Dict[str, object] = {"docs": [{"content": b"1", "id": 1}, {"content": b"2", "id": 2}]}
    entries = extract_files(query, paths=[["docs", "<array>", "content"]], array_format=array_format)
    assert names(entries) == expected
    assert query == {"docs": [{"id": 1}, {"id": 2}]}


def test_a_value_that_is_not_a_file_is_refused_with_its_key() -> None:
    query: Dict[str, object] = {"files": [b"a", 42]}
    with pytest.raises(RuntimeError, match=r"Expected entry at `files\[\]`"):
        extract_files(query, paths=[["files", "<array>"]], array_format="brackets")


def test_none_is_no_file() -> None:
    query: Dict[str, object] = {"file": None}
    assert extract_files(query, paths=[["file"]]) == []


def test_deepcopy_with_paths_leaves_the_callers_params_alone() -> None:
    shared = {"kept": [1, 2]}
    params: Dict[str, object] = {"docs": [{"content": b"1"}], "other": shared}
    copied = deepcopy_with_paths(params, [["docs", "<array>", "content"]])
    extract_files(copied, paths=[["docs", "<array>", "content"]], array_format="brackets")
    assert params == {"docs": [{"content": b"1"}], "other": shared}
    assert copied["other"] is shared


def test_deepcopy_with_no_paths_is_the_item_itself() -> None:
    params: Dict[str, object] = {"a": 1}
    assert deepcopy_with_paths(params, []) is params
