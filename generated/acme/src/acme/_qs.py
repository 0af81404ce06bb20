from __future__ import annotations

from typing import Any, Dict, List, Tuple, Union, Mapping, TypeVar, Optional, cast
from datetime import date
from urllib.parse import quote, urlencode
from typing_extensions import Literal, get_args

from ._types import Omit, NotGiven, ArrayFormat, NestedFormat, not_given

__all__ = [
    "Querystring",
    "Options",
    "parse",
    "ArrayFormat",
    "NestedFormat",
    "stringify",
    "stringify_items",
    "style_query",
    "StyledForm",
    "styled_form",
    "encode_form",
    "encode_path_param",
    "encode_header_param",
    "header_params",
    "cookie_header",
]

_T = TypeVar("_T")


PrimitiveData = Union[str, int, float, bool, None]
# Any nesting of mappings, lists and primitives; other values are sent as `str(value)`.
Data = Union[PrimitiveData, List[Any], Tuple[Any], "Mapping[str, Any]"]
Params = Mapping[str, object]


class Querystring:
    """Serialises nested params into a query string.

    Arrays: `comma` (`a=1,2`), `repeat` (`a=1&a=2`), `indices` (`a[0]=1&a[1]=2`), `brackets` (`a[]=1&a[]=2`).
    Objects: `brackets` (`a[b]=1`) or `dots` (`a.b=1`). Booleans are `true`/`false`; `None` values are left out.
    """

    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(self, *, array_format: ArrayFormat = "repeat", nested_format: NestedFormat = "brackets") -> None:
        if array_format not in get_args(ArrayFormat):
            raise ValueError(f"Unknown array_format value: {array_format}, choose from {', '.join(get_args(ArrayFormat))}")
        if nested_format not in get_args(NestedFormat):
            raise ValueError(
                f"Unknown nested_format value: {nested_format}, choose from {', '.join(get_args(NestedFormat))}"
            )
        self.array_format = array_format
        self.nested_format = nested_format

    def parse(self, query: str) -> Mapping[str, object]:
        from urllib.parse import parse_qs

        return {key: values[0] if len(values) == 1 else values for key, values in parse_qs(query).items()}

    def stringify(
        self,
        params: Params,
        *,
        array_format: Union[ArrayFormat, NotGiven] = not_given,
        nested_format: Union[NestedFormat, NotGiven] = not_given,
    ) -> str:
        return urlencode(self.stringify_items(params, array_format=array_format, nested_format=nested_format))

    def stringify_items(
        self,
        params: Params,
        *,
        array_format: Union[ArrayFormat, NotGiven] = not_given,
        nested_format: Union[NestedFormat, NotGiven] = not_given,
    ) -> List[Tuple[str, str]]:
        options = Options(self, array_format=array_format, nested_format=nested_format)
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            items.extend(self._items(key, value, options.array_format, options.nested_format))
        return items

    def _items(
        self, key: str, value: object, arrays: ArrayFormat, nested: NestedFormat, top: bool = True
    ) -> List[Tuple[str, str]]:
        if isinstance(value, StyledQueryValue):
            return list(value.pairs)
        if isinstance(value, Mapping):
            items: List[Tuple[str, str]] = []
            mapping = cast("Mapping[str, object]", value)
            for sub_key, sub_value in mapping.items():
                if nested not in get_args(NestedFormat):
                    raise NotImplementedError(
                        f"Unknown nested_format value: {nested}, choose from {', '.join(get_args(NestedFormat))}"
                    )
                child = f"{key}.{sub_key}" if nested == "dots" else f"{key}[{sub_key}]"
                items.extend(self._items(child, sub_value, arrays, nested, False))
            return items

        if isinstance(value, (list, tuple)):
            entries: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            if top and key.endswith("[]"):
                # The spec names the key `ids[]` itself: one `ids[]=…` per entry, but indexed (`ids[0]=…`) where
                # the format is indices, as servers reading bracketed arrays read both. (Deeper, a key ends with `[]`
                # because it is an array's item: an array in it is `key[][]`, as Stainless's `_qs` sends it.)
                if arrays == "indices":
                    key = key[:-2]
                else:
                    arrays = "repeat"
            if arrays == "comma":
                present = [self._primitive(entry) for entry in entries if entry is not None]
                strings = [text for text in present if text is not None]
                return [(key, ",".join(strings))] if strings else []
            items = []
            for index, entry in enumerate(entries):
                if arrays == "indices":
                    child = f"{key}[{index}]"
                elif arrays == "brackets":
                    child = f"{key}[]"
                elif arrays == "repeat":
                    child = key
                else:
                    raise NotImplementedError(
                        f"Unknown array_format value: {arrays}, choose from {', '.join(get_args(ArrayFormat))}"
                    )
                items.extend(self._items(child, entry, arrays, nested, False))
            return items

        text = self._primitive(value)
        return [] if text is None else [(key, text)]

    def _primitive(self, value: object) -> Optional[str]:
        if value is None or isinstance(value, NotGiven):
            return None
        if value is True:
            return "true"
        if value is False:
            return "false"
        return str(value)


class Options:
    """The formats one `stringify` call uses: those given, else the `Querystring`'s."""

    array_format: ArrayFormat
    nested_format: NestedFormat

    def __init__(
        self,
        qs: Optional[Querystring] = None,
        *,
        array_format: Union[ArrayFormat, NotGiven] = not_given,
        nested_format: Union[NestedFormat, NotGiven] = not_given,
    ) -> None:
        qs = _qs if qs is None else qs
        self.array_format = qs.array_format if isinstance(array_format, NotGiven) else array_format
        self.nested_format = qs.nested_format if isinstance(nested_format, NotGiven) else nested_format


_qs = Querystring()


def parse(query: str) -> Mapping[str, object]:
    """A query string's keys and values (a list where a key repeats); the inverse of `repeat` stringifying."""
    return _qs.parse(query)


def stringify(
    params: Params,
    *,
    array_format: Union[ArrayFormat, NotGiven] = not_given,
    nested_format: Union[NestedFormat, NotGiven] = not_given,
) -> str:
    return _qs.stringify(params, array_format=array_format, nested_format=nested_format)


def stringify_items(
    params: Params,
    *,
    array_format: Union[ArrayFormat, NotGiven] = not_given,
    nested_format: Union[NestedFormat, NotGiven] = not_given,
) -> List[Tuple[str, str]]:
    return _qs.stringify_items(params, array_format=array_format, nested_format=nested_format)




# OpenAPI parameter styles (`style` / `explode`). The generated methods pass a parameter's style when the client's
# `Querystring` formats would not write it as the spec says.
QueryStyle = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject", "brackets", "indices", "dots"]
PathStyle = Literal["simple", "label", "matrix"]

# Separators of non-exploded query values (percent-encoded later, with the rest of the query).
_QUERY_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


class StyledQueryValue:
    """A query value already written as its parameter's style asks: the `(key, text)` pairs it sends."""

    __slots__ = ("pairs",)

    def __init__(self, pairs: List[Tuple[str, str]]) -> None:
        self.pairs = pairs


def style_query(
    params: Optional[Params], styles: Mapping[str, Tuple[QueryStyle, bool]]
) -> Optional[Mapping[str, object]]:
    """`params` with each value named in `styles` (by wire name) written in its OpenAPI style.

    `form` exploded: `id=3&id=4`, `role=admin&name=Al`; not exploded: `id=3,4`, `id=role,admin,name,Al`
    (`spaceDelimited` and `pipeDelimited` join with ` ` and `|`); `deepObject`: `id[role]=admin`. `brackets`,
    `indices` and `dots` are the `Querystring` formats of those names.
    """
    if params is None:
        return None
    styled: Dict[str, object] = {}
    for key, value in params.items():
        if key in styles and not isinstance(value, (StyledQueryValue, NotGiven)) and value is not None:
            style, explode = styles[key]
            value = StyledQueryValue(_query_pairs(key, value, style, explode))
        styled[key] = value
    return styled


# RFC 3986's reserved characters: a form field with `allowReserved` sends them as they are.
_RESERVED = ":/?#[]@!$&'()*+,;="

# Separators of non-exploded form values, percent-encoded as the TypeScript runtime writes them (form's comma as is).
_FORM_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}


class StyledForm(Dict[str, object]):
    """A form body (`application/x-www-form-urlencoded`) whose fields have styles of their own or `allowReserved`
    (OpenAPI's Encoding Object), sent as `encode_form` writes it."""

    def __init__(
        self,
        fields: Mapping[str, object],
        *,
        styles: Mapping[str, Tuple[QueryStyle, bool]],
        reserved: Tuple[str, ...],
    ) -> None:
        super().__init__(fields)
        self.styles: Dict[str, Tuple[QueryStyle, bool]] = dict(styles)
        self.reserved = reserved

    def with_fields(self, extra: Mapping[str, object]) -> "StyledForm":
        """This form with `extra`'s fields too (`extra_body`), its styles kept."""
        return StyledForm({**self, **extra}, styles=self.styles, reserved=self.reserved)


def styled_form(
    fields: object,
    *,
    styles: Mapping[str, Tuple[QueryStyle, bool]] = {},
    reserved: Tuple[str, ...] = (),
) -> object:
    """A method's form body (`fields`, as `maybe_transform` gave it) with its fields' styles; a body that is no
    mapping as it is."""
    if not isinstance(fields, Mapping):
        return fields
    return StyledForm(cast("Mapping[str, object]", fields), styles=styles, reserved=reserved)


def encode_form(
    data: Mapping[str, object],
    *,
    styles: Mapping[str, Tuple[QueryStyle, bool]] = {},
    reserved: Tuple[str, ...] = (),
) -> str:
    """A form body, each field in its style (OpenAPI `encoding`; `form` exploded by default): `tags=a&tags=b`,
    `ids=1,2`, `filter[a]=x`, `pipe=p%7Cq`; a field in `reserved` keeps RFC 3986's reserved characters as they are.
    Keys and values percent-encoded as `encodeURIComponent` does (a space `%20`)."""
    out: List[str] = []
    for key, value in data.items():
        if value is None or isinstance(value, (NotGiven, Omit)):
            continue
        style, explode = styles.get(key, ("form", True))
        safe = _RESERVED if key in reserved else ""

        def text(item: str, safe: str = safe) -> str:
            return quote(item, safe="!'()*~" + safe)

        if style in ("form", "spaceDelimited", "pipeDelimited") and not explode:
            entries = _entries(key, value)
            if not entries:
                continue
            # (An object's keys and values alternate: `role,admin,name,Al`; an array's items: `1,2`.)
            if isinstance(value, Mapping):
                items = [part for pair in entries for part in pair]
            else:
                items = [item for _, item in entries]
            out.append(f"{text(key, '')}={_FORM_DELIMITERS.get(style, ',').join(text(item) for item in items)}")
            continue
        out.extend(f"{text(name, '')}={text(item)}" for name, item in _query_pairs(key, value, style, explode))
    return "&".join(out)


def _query_pairs(key: str, value: object, style: QueryStyle, explode: bool) -> List[Tuple[str, str]]:
    if style in ("deepObject", "brackets", "indices", "dots"):
        arrays: ArrayFormat = "brackets" if style == "brackets" else "indices" if style == "indices" else "repeat"
        nested: NestedFormat = "dots" if style == "dots" else "brackets"
        return _qs.stringify_items({key: value}, array_format=arrays, nested_format=nested)
    entries = _entries(key, value)
    if explode:
        return [(name, text) for name, text in entries]
    if not entries:
        return []
    if isinstance(value, Mapping):
        texts = [text for pair in entries for text in pair]
    else:
        texts = [text for _, text in entries]
    return [(key, _QUERY_DELIMITERS.get(style, ",").join(texts))]


def _entries(key: str, value: object) -> List[Tuple[str, str]]:
    """The form style's parameters for `key`: an object's properties, an array's items (under `key`), else the value;
    `None` left out."""
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        pairs = [(name, _scalar(item)) for name, item in mapping.items()]
    elif isinstance(value, (list, tuple)):
        items: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        pairs = [(key, _scalar(item)) for item in items]
    else:
        pairs = [(key, _scalar(value))]
    return [(name, text) for name, text in pairs if text is not None]


def _scalar(value: object) -> Optional[str]:
    """A value's text: booleans as `true`/`false`, nested objects and arrays as JSON, `None` as nothing."""
    if value is None or isinstance(value, (NotGiven, Omit)):
        return None
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (Mapping, list, tuple)):
        import json

        return json.dumps(value, separators=(",", ":"))
    # A date or date-time is sent in ISO 8601 (`str()` would put a space between date and time).
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def encode_path_param(value: object, *, style: PathStyle, explode: bool, name: str) -> str:
    """A path parameter's text in its OpenAPI style (RFC 6570), each value percent-encoded.

    `simple`: `5`, `3,4,5`, `role,admin,name,Al` (exploded `role=admin,name=Al`); `label` prefixes `.` (exploded,
    `.` separates: `.3.4.5`); `matrix` writes `;id=5`, `;id=3,4,5` (exploded `;id=3;id=4`, `;role=admin;name=Al`).
    """
    from urllib.parse import quote

    def text(item: object) -> str:
        return quote(_scalar(item) or "", safe="")

    values: List[str]
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        present = [(quote(str(key), safe=""), text(item)) for key, item in mapping.items() if item is not None]
        if explode:
            if style == "matrix":
                return "".join(f";{key}={item}" for key, item in present)
            assigned = [f"{key}={item}" for key, item in present]
            return ("." + ".".join(assigned)) if style == "label" else ",".join(assigned)
        values = [part for pair in present for part in pair]
    elif isinstance(value, (list, tuple)):
        items: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        values = [text(item) for item in items if item is not None]
        if explode and style == "matrix":
            return "".join(f";{quote(name, safe='')}={item}" for item in values)
        if explode and style == "label":
            return "." + ".".join(values)
    else:
        values = [text(value)]
    joined = ",".join(values)
    if style == "label":
        return "." + joined
    if style == "matrix":
        return f";{quote(name, safe='')}" + (f"={joined}" if joined else "")
    return joined


def encode_header_param(value: object, *, explode: bool = False) -> str:
    """A header parameter's value in the `simple` style (not percent-encoded): `5`, `3,4,5`, `role,admin,name,Al`
    (an object exploded: `role=admin,name=Al`); booleans `true`/`false`."""
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        present = [(str(key), _scalar(item)) for key, item in mapping.items()]
        pairs = [(key, text) for key, text in present if text is not None]
        if explode:
            return ",".join(f"{key}={text}" for key, text in pairs)
        return ",".join(part for pair in pairs for part in pair)
    if isinstance(value, (list, tuple)):
        items: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        return ",".join(text for text in (_scalar(item) for item in items) if text is not None)
    return _scalar(value) or ""


def header_params(headers: Mapping[str, object], *, exploded: Tuple[str, ...] = ()) -> Dict[str, Any]:
    """The header params given (`NotGiven`/`Omit` left out), those named in `exploded` written in the exploded
    `simple` style (`role=admin,name=Al`); the others are written when the request is sent."""
    return {
        name: encode_header_param(value, explode=True) if name in exploded and value is not None else value
        for name, value in headers.items()
        if not isinstance(value, (NotGiven, Omit))
    }


def _cookie_text(text: str) -> str:
    """Percent-encoded (as `encodeURIComponent`), so that no value adds a cookie (`;`, `=`) or ends the header."""
    from urllib.parse import quote

    return quote(text, safe="!~*'()")


def cookie_header(cookies: Mapping[str, object], *, exploded: Tuple[str, ...] = ()) -> Dict[str, str]:
    """`{"Cookie": ...}` for the cookie parameters given (`NotGiven`/`Omit`/`None` left out), else `{}`: each in the
    `form` style, `id=5`, `id=3,4,5`, `id=role,admin`; those named in `exploded` as cookies of their own,
    `id=3; id=4`, `role=admin; name=Al`. Keys and values are percent-encoded."""
    parts: List[str] = []
    for name, value in cookies.items():
        text = _scalar(value)
        if text is None:
            continue
        if isinstance(value, Mapping):
            mapping = cast("Mapping[str, object]", value)
            present = [(_cookie_text(str(key)), _scalar(item)) for key, item in mapping.items()]
            pairs = [(key, _cookie_text(item)) for key, item in present if item is not None]
            if name in exploded:
                parts.extend(f"{key}={item}" for key, item in pairs)
            else:
                parts.append(f"{name}={','.join(part for pair in pairs for part in pair)}")
        elif isinstance(value, (list, tuple)):
            items: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            texts = [_cookie_text(item) for item in (_scalar(item) for item in items) if item is not None]
            if name in exploded:
                parts.extend(f"{name}={item}" for item in texts)
            else:
                parts.append(f"{name}={','.join(texts)}")
        else:
            parts.append(f"{name}={_cookie_text(text)}")
    return {"Cookie": "; ".join(parts)} if parts else {}
