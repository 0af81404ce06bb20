"""Cookie parameters' keys and values are percent-encoded (as the TypeScript SDK's `encodeURIComponent`): a value
holding `;`, `=`, a space or a line break stays one cookie value, and never adds or overrides a cookie."""

from __future__ import annotations

from typing import Dict, List, Tuple

import pytest

from acme import Acme
from acme._qs import cookie_header
from acme._base_client import make_request_options
from server import ApiServer

CASES: List[Tuple[Dict[str, object], Tuple[str, ...], str]] = [
    ({"theme": "dark; session=evil"}, (), "theme=dark%3B%20session%3Devil"),
    ({"note": "a b\r\nX-Other: 1"}, (), "note=a%20b%0D%0AX-Other%3A%201"),
    ({"ids": ["a,b", "c"]}, (), "ids=a%2Cb,c"),
    ({"ids": ["a;b", "c"]}, ("ids",), "ids=a%3Bb; ids=c"),
    ({"filter": {"role=x": "a;b"}}, ("filter",), "role%3Dx=a%3Bb"),
    ({"filter": {"role": "a b"}}, (), "filter=role,a%20b"),
    ({"plain": "Az09-_.!~*'()"}, (), "plain=Az09-_.!~*'()"),
]


@pytest.mark.parametrize("cookies,exploded,expected", CASES)
def test_cookie_values_are_percent_encoded(cookies: Dict[str, object], exploded: Tuple[str, ...], expected: str) -> None:
    assert cookie_header(cookies, exploded=exploded) == {"Cookie": expected}


def test_a_value_cannot_override_the_credential_cookie(server: ApiServer) -> None:
    with Acme(api_key="k", base_url=f"{server.url}/api") as client:
        headers = {**cookie_header({"session": "mine", "theme": "dark; session=evil"})}
        client.get("/v1/prompts/p1", cast_to=object, options=make_request_options(extra_headers=headers))
    assert server.last.headers["cookie"] == "session=mine; theme=dark%3B%20session%3Devil"
