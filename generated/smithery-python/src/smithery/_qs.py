from __future__ import annotations

from typing import Any, List, Tuple, Union, Mapping, TypeVar, Optional, cast
from urllib.parse import urlencode
from typing_extensions import Literal, get_args

from ._types import NotGiven, not_given

__all__ = ["Querystring", "ArrayFormat", "NestedFormat", "stringify", "stringify_items"]

_T = TypeVar("_T")

ArrayFormat = Literal["comma", "repeat", "indices", "brackets"]
NestedFormat = Literal["dots", "brackets"]

PrimitiveData = Union[str, int, float, bool, None]
# Any nesting of mappings, lists and primitives; other values are sent as `str(value)`.
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
        arrays: ArrayFormat = self.array_format if isinstance(array_format, NotGiven) else array_format
        nested: NestedFormat = self.nested_format if isinstance(nested_format, NotGiven) else nested_format
        items: List[Tuple[str, str]] = []
        for key, value in params.items():
            items.extend(self._items(key, value, arrays, nested))
        return items

    def _items(self, key: str, value: object, arrays: ArrayFormat, nested: NestedFormat) -> List[Tuple[str, str]]:
        if isinstance(value, Mapping):
            items: List[Tuple[str, str]] = []
            mapping = cast("Mapping[str, object]", value)
            for sub_key, sub_value in mapping.items():
                child = f"{key}.{sub_key}" if nested == "dots" else f"{key}[{sub_key}]"
                items.extend(self._items(child, sub_value, arrays, nested))
            return items

        if isinstance(value, (list, tuple)):
            entries: List[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            if key.endswith("[]"):
                # The spec names the key `ids[]` itself: one `ids[]=…` per entry, whatever the format.
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
                else:
                    child = key
                items.extend(self._items(child, entry, arrays, nested))
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


_qs = Querystring()


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


