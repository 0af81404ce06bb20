# The query strings the client sends: nested objects (brackets or dots), arrays (comma, repeat, indices, brackets),
# booleans, left-out None values and percent-encoding.

from __future__ import annotations

from urllib.parse import unquote, unquote_plus

import pytest

from acme._qs import Querystring, parse, stringify
from acme._types import ArrayFormat, NestedFormat


def test_plain_values() -> None:
    assert stringify({"a": 1, "b": "two", "c": True, "d": False}) == "a=1&b=two&c=true&d=false"
    assert stringify({"a": None, "b": 1}) == "b=1"
    assert stringify({}) == ""


def test_encoding() -> None:
    assert unquote_plus(stringify({"q": "a b&c=d"})) == "q=a b&c=d"
    assert "&c=" not in stringify({"q": "a b&c=d"})


@pytest.mark.parametrize(
    "nested_format, expected",
    [("brackets", "a[b]=1&a[c][d]=x"), ("dots", "a.b=1&a.c.d=x")],
)
def test_nested(nested_format: NestedFormat, expected: str) -> None:
    params = {"a": {"b": 1, "c": {"d": "x"}}}
    assert unquote(Querystring(nested_format=nested_format).stringify(params)) == expected


@pytest.mark.parametrize(
    "array_format, expected",
    [
        ("comma", "a=1,2"),
        ("repeat", "a=1&a=2"),
        ("indices", "a[0]=1&a[1]=2"),
        ("brackets", "a[]=1&a[]=2"),
    ],
)
def test_arrays(array_format: ArrayFormat, expected: str) -> None:
    assert unquote(Querystring(array_format=array_format).stringify({"a": [1, 2]})) == expected


def test_format_per_call() -> None:
    assert unquote(stringify({"a": [1, 2]}, array_format="comma")) == "a=1,2"
    assert unquote(stringify({"a": {"b": 1}}, nested_format="dots")) == "a.b=1"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="Unknown array_format"):
        Querystring(array_format="nope")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_parse() -> None:
    assert parse("a=1&b=2&b=3") == {"a": "1", "b": ["2", "3"]}
