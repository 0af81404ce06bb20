"""OpenAPI parameter styles (`style` / `explode`) in the path and the query: `_qs.encode_path_param` and
`_qs.style_query`, checked as text and as the request a real server receives."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple
from urllib.parse import unquote

import pytest

from acme import Acme
from acme._qs import PathStyle, QueryStyle, style_query, encode_path_param
from acme._base_client import make_request_options
from server import ApiServer

PRIMITIVE = "5"
ARRAY = ["3", "4", "5"]
OBJECT = {"role": "admin", "firstName": "Alex"}

# OpenAPI 3's style table (its `id` examples), per style and explode.
PATH_CASES: List[Tuple[PathStyle, bool, object, str]] = [
    ("simple", False, PRIMITIVE, "5"),
    ("simple", False, ARRAY, "3,4,5"),
    ("simple", False, OBJECT, "role,admin,firstName,Alex"),
    ("simple", True, ARRAY, "3,4,5"),
    ("simple", True, OBJECT, "role=admin,firstName=Alex"),
    ("label", False, PRIMITIVE, ".5"),
    ("label", False, ARRAY, ".3,4,5"),
    ("label", False, OBJECT, ".role,admin,firstName,Alex"),
    ("label", True, PRIMITIVE, ".5"),
    ("label", True, ARRAY, ".3.4.5"),
    ("label", True, OBJECT, ".role=admin.firstName=Alex"),
    ("matrix", False, PRIMITIVE, ";id=5"),
    ("matrix", False, ARRAY, ";id=3,4,5"),
    ("matrix", False, OBJECT, ";id=role,admin,firstName,Alex"),
    ("matrix", True, PRIMITIVE, ";id=5"),
    ("matrix", True, ARRAY, ";id=3;id=4;id=5"),
    ("matrix", True, OBJECT, ";role=admin;firstName=Alex"),
]


@pytest.mark.parametrize("style,explode,value,expected", PATH_CASES)
def test_path_styles(style: PathStyle, explode: bool, value: object, expected: str) -> None:
    assert encode_path_param(value, style=style, explode=explode, name="id") == expected


def test_path_values_are_percent_encoded_but_separators_are_not() -> None:
    assert encode_path_param(["a/b", "c,d"], style="simple", explode=False, name="id") == "a%2Fb,c%2Cd"
    assert encode_path_param({"k": "v w"}, style="matrix", explode=True, name="id") == ";k=v%20w"
    assert encode_path_param(True, style="label", explode=False, name="id") == ".true"


QUERY_CASES: List[Tuple[QueryStyle, bool, object, List[Tuple[str, str]]]] = [
    ("form", False, ARRAY, [("id", "3,4,5")]),
    ("form", False, OBJECT, [("id", "role,admin,firstName,Alex")]),
    ("form", True, ARRAY, [("id", "3"), ("id", "4"), ("id", "5")]),
    ("form", True, OBJECT, [("role", "admin"), ("firstName", "Alex")]),
    ("spaceDelimited", False, ARRAY, [("id", "3 4 5")]),
    ("pipeDelimited", False, ARRAY, [("id", "3|4|5")]),
    ("pipeDelimited", True, ARRAY, [("id", "3"), ("id", "4"), ("id", "5")]),
    ("deepObject", True, OBJECT, [("id[role]", "admin"), ("id[firstName]", "Alex")]),
    ("brackets", True, ARRAY, [("id[]", "3"), ("id[]", "4"), ("id[]", "5")]),
    ("indices", True, ARRAY, [("id[0]", "3"), ("id[1]", "4"), ("id[2]", "5")]),
    ("dots", True, OBJECT, [("id.role", "admin"), ("id.firstName", "Alex")]),
    ("form", False, PRIMITIVE, [("id", "5")]),
]


def _sent_query(server: ApiServer) -> List[Tuple[str, str]]:
    return [
        (unquote(key.replace("+", " ")), unquote(value.replace("+", " ")))
        for key, _, value in (part.partition("=") for part in server.last.raw_query.split("&"))
    ]


@pytest.mark.parametrize("style,explode,value,expected", QUERY_CASES)
def test_query_styles_on_the_wire(
    server: ApiServer, style: QueryStyle, explode: bool, value: object, expected: List[Tuple[str, str]]
) -> None:
    # The client's own formats (repeat, brackets) would write most of these otherwise: the style decides.
    with Acme(api_key="k", base_url=server.url) as client:
        query = style_query({"id": value, "other": "x"}, {"id": (style, explode)})
        client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(query=query))
    assert _sent_query(server) == [*expected, ("other", "x")]


def test_query_styles_leave_unstyled_and_absent_values() -> None:
    params: Dict[str, Any] = {"id": None, "tags": ["a", "b"]}
    assert style_query(params, {"id": ("form", False)}) == params


def test_path_style_on_the_wire(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=server.url) as client:
        segment = encode_path_param(OBJECT, style="matrix", explode=True, name="id")
        client.get(f"/v1/prompts/{segment}", cast_to=object)
    assert server.last.path == "/v1/prompts/;role=admin;firstName=Alex"
