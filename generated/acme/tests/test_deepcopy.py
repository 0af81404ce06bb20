# `deepcopy_minimal`: the copy of a request body that extracting files works on, so that the caller's own dicts and
# lists are left as they were, while every other value (files, models, tuples) is shared rather than copied.

from __future__ import annotations

import io
from typing import Any, Dict, List

from acme._utils import deepcopy_minimal


def test_dicts_and_lists_are_copied_all_the_way_down() -> None:
    inner: Dict[str, Any] = {"tags": ["a", "b"]}
    body: Dict[str, Any] = {"items": [inner], "meta": {"nested": {"deep": [1, [2, 3]]}}}
    copied = deepcopy_minimal(body)
    assert copied == body
    assert copied is not body
    assert copied["items"] is not body["items"]
    assert copied["items"][0] is not inner
    assert copied["items"][0]["tags"] is not inner["tags"]
    assert copied["meta"]["nested"]["deep"][1] is not body["meta"]["nested"]["deep"][1]


def test_changing_the_copy_leaves_the_original() -> None:
    body: Dict[str, Any] = {"files": [b"a"], "name": "x"}
    copied = deepcopy_minimal(body)
    copied["files"].pop()
    del copied["name"]
    assert body == {"files": [b"a"], "name": "x"}


def test_other_values_are_shared() -> None:
    stream = io.BytesIO(b"data")
    pair = ("name.txt", b"content")
    body: Dict[str, Any] = {"file": stream, "pair": pair}
    copied = deepcopy_minimal(body)
    assert copied["file"] is stream
    assert copied["pair"] is pair


def test_scalars_are_returned_as_they_are() -> None:
    values: List[object] = [1, "text", None, 1.5, True]
    for value in values:
        assert deepcopy_minimal(value) is value
