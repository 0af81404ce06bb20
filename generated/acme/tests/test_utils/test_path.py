# `path_template`: a path's placeholders filled with their values, percent-encoded for the part of the URL they
# are in, so that a value can never reach another endpoint.

from __future__ import annotations

import pytest

from acme._utils import path_template


def test_values_are_encoded_in_the_path() -> None:
    assert path_template("/things/{id}", id="a b/c") == "/things/a%20b%2Fc"
    assert path_template("/things/{id}", id="a:b@c") == "/things/a:b@c"


def test_scalars() -> None:
    assert path_template("/{a}/{b}/{c}/{d}", a=1, b=True, c=False, d=None) == "/1/true/false/null"


def test_query_and_fragment() -> None:
    assert path_template("/search?q={q}#{f}", q="a&b=c", f="x y") == "/search?q=a%26b%3Dc#x%20y"


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="dot-segment"):
        path_template("/things/{id}/items", id=value)


def test_a_missing_value_raises() -> None:
    with pytest.raises(KeyError):
        path_template("/things/{id}")
