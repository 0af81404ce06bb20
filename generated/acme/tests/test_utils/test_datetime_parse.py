# `parse_datetime` and `parse_date`: ISO 8601 text (offsets, fractions, a space for the `T`) and unix timestamps in
# seconds or milliseconds, as the models read `date-time` and `date` properties.

from __future__ import annotations

from typing import Union
from datetime import date, datetime, timezone, timedelta

import pytest

from acme._utils import parse_date, parse_datetime
from acme._utils._datetime_parse import parse_date as parse_date_again

UTC = timezone.utc


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02 03:04:05+00:00", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05.123456+02:30", datetime(2024, 1, 2, 3, 4, 5, 123456, timezone(timedelta(minutes=150)))),
        ("2024-01-02T03:04:05.1-0700", datetime(2024, 1, 2, 3, 4, 5, 100000, timezone(timedelta(hours=-7)))),
        ("2024-01-02T03:04:05.123456789Z", datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
        ("2024-01-02T03:04", datetime(2024, 1, 2, 3, 4)),
        ("2024-1-2T3:4:5", datetime(2024, 1, 2, 3, 4, 5)),
        (b"2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
        (1_700_000_000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (1_700_000_000_000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("1700000000", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (1.5, datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=UTC)),
    ],
)
def test_parse_datetime(value: Union[str, bytes, int, float], expected: datetime) -> None:
    assert parse_datetime(value) == expected


def test_a_datetime_is_returned_as_it_is() -> None:
    now = datetime.now(UTC)
    assert parse_datetime(now) is now


def test_numbers_beyond_any_date() -> None:
    assert parse_datetime(1e30) == datetime.max
    assert parse_datetime(-1e30) == datetime.min
    with pytest.raises(ValueError):
        parse_datetime(float("nan"))


@pytest.mark.parametrize("value", ["", "not a date", "2024-01-02T", "2024/01/02 03:04:05", "2024-01-02T03:04:05+2"])
def test_invalid_datetimes(value: str) -> None:
    with pytest.raises(ValueError, match="invalid datetime format"):
        parse_datetime(value)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-01-02", date(2024, 1, 2)),
        ("2024-1-2", date(2024, 1, 2)),
        (b"2024-01-02", date(2024, 1, 2)),
        ("2024-01-02T23:59:59Z", date(2024, 1, 2)),
        (datetime(2024, 1, 2, 3, 4), date(2024, 1, 2)),
        (0, date(1970, 1, 1)),
        (1_700_000_000_000, date(2023, 11, 14)),
    ],
)
def test_parse_date(value: Union[str, bytes, int, datetime], expected: date) -> None:
    assert parse_date(value) == expected


def test_invalid_dates() -> None:
    with pytest.raises(ValueError, match="invalid date format"):
        parse_date("tomorrow")
    with pytest.raises(ValueError):
        parse_date("2024-13-01")


def test_the_module_named_as_stainless_names_it() -> None:
    assert parse_date_again is parse_date
