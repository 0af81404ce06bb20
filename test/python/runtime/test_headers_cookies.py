"""Header and cookie parameters that are no string (numbers, booleans, arrays, objects), in their OpenAPI styles
(`simple` for headers, `form` for cookies), and the `Accept` header a request's options give, on the wire."""

from __future__ import annotations

from typing import Dict, List, Tuple

import pytest

from acme import Acme, AsyncAcme
from acme._qs import cookie_header, encode_header_param
from acme._utils import strip_not_given
from acme._types import omit, not_given
from acme._base_client import make_request_options
from server import ApiServer

ARRAY = ["3", "4", "5"]
OBJECT = {"role": "admin", "firstName": "Alex"}

# OpenAPI 3's style table for `simple` (its `id` examples), as a header writes it.
HEADER_CASES: List[Tuple[bool, object, str]] = [
    (False, 5, "5"),
    (False, True, "true"),
    (False, ARRAY, "3,4,5"),
    (True, ARRAY, "3,4,5"),
    (False, OBJECT, "role,admin,firstName,Alex"),
    (True, OBJECT, "role=admin,firstName=Alex"),
]


@pytest.mark.parametrize("explode,value,expected", HEADER_CASES)
def test_header_styles(explode: bool, value: object, expected: str) -> None:
    assert encode_header_param(value, explode=explode) == expected


def test_header_params_that_are_no_strings_reach_the_server(client: Acme, server: ApiServer) -> None:
    # As a generated method passes its header params: the values as given, absent ones stripped.
    headers = strip_not_given({"X-Ids": [3, 4], "X-Flag": False, "X-Count": 7, "X-Filter": OBJECT, "X-Gone": not_given})
    client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(extra_headers=headers))
    sent = server.last.headers
    assert (sent["x-ids"], sent["x-flag"], sent["x-count"]) == ("3,4", "false", "7")
    assert sent["x-filter"] == "role,admin,firstName,Alex"
    assert "x-gone" not in sent


def test_an_exploded_object_header_reaches_the_server(client: Acme, server: ApiServer) -> None:
    headers = {"X-Filter": encode_header_param(OBJECT, explode=True)}
    client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(extra_headers=headers))
    assert server.last.headers["x-filter"] == "role=admin,firstName=Alex"


COOKIE_CASES: List[Tuple[Dict[str, object], Tuple[str, ...], Dict[str, str]]] = [
    ({"id": 5, "gone": omit, "none": None, "absent": not_given}, (), {"Cookie": "id=5"}),
    ({"id": ARRAY, "on": True}, (), {"Cookie": "id=3,4,5; on=true"}),
    ({"id": ARRAY}, ("id",), {"Cookie": "id=3; id=4; id=5"}),
    ({"id": OBJECT}, (), {"Cookie": "id=role,admin,firstName,Alex"}),
    ({"id": OBJECT}, ("id",), {"Cookie": "role=admin; firstName=Alex"}),
    ({"id": omit}, (), {}),
]


@pytest.mark.parametrize("cookies,exploded,expected", COOKIE_CASES)
def test_cookie_styles(cookies: Dict[str, object], exploded: Tuple[str, ...], expected: Dict[str, str]) -> None:
    assert cookie_header(cookies, exploded=exploded) == expected


def test_cookie_params_reach_the_server(client: Acme, server: ApiServer) -> None:
    headers = {**cookie_header({"session": "abc", "ids": ARRAY, "gone": omit})}
    client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(extra_headers=headers))
    assert server.last.headers["cookie"] == "session=abc; ids=3,4,5"


def test_no_cookie_params_leave_the_clients_cookie_alone(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=f"{server.url}/api", default_headers={"Cookie": "tenant=t1"}) as client:
        headers = {**cookie_header({"session": omit})}
        client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(extra_headers=headers))
    assert server.last.headers["cookie"] == "tenant=t1"


def test_the_accept_header_of_the_request_options_overrides_the_default(client: Acme, server: ApiServer) -> None:
    # As a generated method for a text response: its media type as `Accept`, the caller's own over it.
    text = client.get(
        "/v1/prompts/text",
        cast_to=str,
        options=make_request_options(extra_headers={"Accept": "text/plain"}),
    )
    assert server.last.headers["accept"] == "text/plain"
    assert isinstance(text, str) and text == "plain words"

    method_default = {"Accept": "text/plain"}
    text = client.get(
        "/v1/prompts/text",
        cast_to=str,
        options=make_request_options(extra_headers={**method_default, **{"Accept": "text/markdown"}}),
    )
    assert server.last.headers["accept"] == "text/markdown"
    assert text == "plain words"


def test_without_options_the_default_accept_is_json(client: Acme, server: ApiServer) -> None:
    client.get("/v1/prompts/p1", cast_to=object)
    assert server.last.headers["accept"] == "application/json"


async def test_async_text_response_and_accept(async_client: AsyncAcme, server: ApiServer) -> None:
    text = await async_client.get(
        "/v1/prompts/text", cast_to=str, options=make_request_options(extra_headers={"Accept": "text/plain; q=1"})
    )
    assert server.last.headers["accept"] == "text/plain; q=1"
    assert isinstance(text, str) and text == "plain words"
