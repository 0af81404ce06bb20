from __future__ import annotations

import re
from typing import Union
from datetime import date, datetime, timezone, timedelta

__all__ = ["parse_date", "parse_datetime"]

_DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_DATETIME_RE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})"
    r"(?::(?P<second>\d{1,2})(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"\s*(?P<tz>Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)
# Above this a number is taken as milliseconds rather than seconds since the epoch (and again for micro- and
# nanoseconds); beyond the largest a number means "the end of time" (pydantic's own rules).
_MS_THRESHOLD = 2e10
_MAX_NUMBER = 3e20


def _clamped(value: Union[int, float]) -> Union[float, datetime]:
    """Seconds since the epoch, or `datetime.max`/`datetime.min` for a number beyond any date."""
    if value != value:  # NaN
        raise ValueError("invalid timestamp: nan")
    if value > _MAX_NUMBER:
        return datetime.max
    if value < -_MAX_NUMBER:
        return datetime.min
    seconds = float(value)
    while abs(seconds) > _MS_THRESHOLD:
        seconds /= 1000
    return seconds


def _from_number(value: Union[int, float]) -> datetime:
    seconds = _clamped(value)
    if isinstance(seconds, datetime):
        return seconds
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)


def _date_from_number(value: Union[int, float]) -> date:
    seconds = _clamped(value)
    if isinstance(seconds, datetime):
        return date.max if seconds == datetime.max else date.min
    return (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)).date()


def _parse_tz(text: str) -> timezone:
    if text in ("Z", "z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4]) if len(digits) > 2 else 0
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone.utc if offset == timedelta(0) else timezone(sign * offset)


def _number_or_none(value: Union[str, bytes]) -> Union[int, float, None]:
    text = value.decode() if isinstance(value, bytes) else value
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def parse_datetime(value: Union[datetime, str, bytes, int, float]) -> datetime:
    """Parses an ISO 8601 date-time (`Z` or offsets, 1 to 9 fraction digits) or a unix timestamp."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)):
        return _from_number(value)
    number = _number_or_none(value)
    if number is not None:
        return _from_number(number)
    text = value.decode() if isinstance(value, bytes) else value
    match = _DATETIME_RE.match(text.strip())
    if match is None:
        raise ValueError(f"invalid datetime format: {text!r}")
    parts = match.groupdict()
    fraction = (parts["fraction"] or "").ljust(6, "0")[:6]
    tz = parts["tz"]
    return datetime(
        int(parts["year"]),
        int(parts["month"]),
        int(parts["day"]),
        int(parts["hour"]),
        int(parts["minute"]),
        int(parts["second"] or 0),
        int(fraction),
        tzinfo=_parse_tz(tz) if tz else None,
    )


def parse_date(value: Union[date, str, bytes, int, float]) -> date:
    """Parses an ISO 8601 date (`YYYY-MM-DD`) or a unix timestamp; a date-time gives its date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        return _date_from_number(value)
    number = _number_or_none(value)
    if number is not None:
        return _date_from_number(number)
    text = (value.decode() if isinstance(value, bytes) else value).strip()
    match = _DATE_RE.match(text)
    if match is None:
        if _DATETIME_RE.match(text):
            return parse_datetime(text).date()
        raise ValueError(f"invalid date format: {text!r}")
    return date(int(match["year"]), int(match["month"]), int(match["day"]))
