# `openapi_dumps`: the bytes the client sends as a JSON body (compact, UTF-8, dates as ISO 8601 text, models by their
# API names with the fields they were given, files base64-encoded).

from __future__ import annotations

import io
import json
import base64
from typing import Optional
from datetime import date, datetime, timezone

import pytest
import pydantic

from acme._utils._json import openapi_dumps


class Pet(pydantic.BaseModel):
    pet_name: str = pydantic.Field(alias="petName")
    age: Optional[int] = None


def test_compact_utf8() -> None:
    assert openapi_dumps({"a": [1, 2], "b": "é"}) == '{"a":[1,2],"b":"é"}'.encode("utf-8")


def test_dates_as_iso_text() -> None:
    body = {"at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "on": date(2024, 1, 2)}
    assert json.loads(openapi_dumps(body)) == {"at": "2024-01-02T03:04:05+00:00", "on": "2024-01-02"}


def test_models_by_alias_with_only_the_fields_set() -> None:
    assert json.loads(openapi_dumps({"pet": Pet(petName="Rex")})) == {"pet": {"petName": "Rex"}}


def test_a_file_is_base64_encoded() -> None:
    assert json.loads(openapi_dumps({"file": io.BytesIO(b"hi")})) == {"file": base64.b64encode(b"hi").decode()}


def test_anything_else_is_refused() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        openapi_dumps({"x": object()})
