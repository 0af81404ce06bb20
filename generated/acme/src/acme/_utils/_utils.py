from __future__ import annotations

import io
import os
import inspect
import datetime
import functools
from typing import (
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Literal,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Sequence,
    AsyncIterator,
    cast,
)
from pathlib import Path
from typing_extensions import TypeGuard

import sniffio

from .._qs import StyledQueryValue
from .._types import Omit, NotGiven, FileTypes, ArrayFormat, HeadersLike, SequenceNotStr

__all__ = [
    "is_given",
    "strip_not_given",
    "is_dict",
    "is_list",
    "is_tuple",
    "is_mapping",
    "is_sequence",
    "is_iterable",
    "flatten",
    "deepcopy_minimal",
    "extract_files",
    "required_args",
    "get_async_library",
    "lru_cache",
    "human_join",
    "quote",
    "file_from_path",
    "is_file_content",
    "removeprefix",
    "removesuffix",
    "is_mapping_t",
    "is_sequence_t",
    "is_tuple_t",
    "coerce_integer",
    "coerce_float",
    "coerce_boolean",
    "maybe_coerce_integer",
    "maybe_coerce_float",
    "maybe_coerce_boolean",
    "get_required_header",
    "bracket_array_query_param",
    "json_safe",
    "function_has_argument",
    "consume_sync_iterator",
    "consume_async_iterator",
]

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


def is_given(obj: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    return not isinstance(obj, (NotGiven, Omit))


def strip_not_given(obj: object) -> Any:
    """A mapping without its `NotGiven`/`Omit` values (other values are returned as they are)."""
    if obj is None:
        return None
    if not is_mapping(obj):
        return obj
    return {key: value for key, value in obj.items() if is_given(value)}


def is_dict(obj: object) -> TypeGuard[Dict[object, object]]:
    return isinstance(obj, dict)


def is_list(obj: object) -> TypeGuard[List[object]]:
    return isinstance(obj, list)


def is_tuple(obj: object) -> TypeGuard[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_mapping(obj: object) -> TypeGuard[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_sequence(obj: object) -> TypeGuard[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_iterable(obj: object) -> TypeGuard[Iterable[object]]:
    return isinstance(obj, Iterable)


def flatten(t: Iterable[Iterable[_T]]) -> List[_T]:
    return [item for sublist in t for item in sublist]


def deepcopy_minimal(item: _T) -> _T:
    """Copies the dicts and lists of a request body (so extracting files does not touch the caller's data), and
    nothing else: file objects, models and other values are shared."""
    if is_dict(item):
        return cast(_T, {key: deepcopy_minimal(value) for key, value in item.items()})
    if is_list(item):
        return cast(_T, [deepcopy_minimal(entry) for entry in item])
    return item


def is_file_content(obj: object) -> bool:
    return isinstance(obj, (bytes, tuple, io.IOBase, os.PathLike)) or callable(getattr(obj, "read", None))


def _assert_is_file_content(obj: object, *, key: str | None) -> None:
    if not is_file_content(obj):
        prefix = f"Expected entry at `{key}`" if key is not None else f"Expected file input `{obj!r}`"
        raise RuntimeError(
            f"{prefix} to be bytes, an io.IOBase instance, PathLike or a tuple but received {type(obj)} instead."
        )


# The SDK's multipart form for what the spec does not say of a part (the generator writes the SDK's own here):
# "brackets", Stainless's (`tags[]`, `meta[owner]`, `docs[][file]`), or "values", where the spec gives every nested part
# an `encoding`: a value holding no file is one JSON part, the files of a list are parts under the field's own name
# (`files`, `docs[file]`), or "json", OpenAPI's defaults (an SDK made without a Stainless config, as its TypeScript SDK
# sends them): a list of scalars or files a part per item under the field's own name, an object or a list holding
# objects one JSON part. `extract_files` names files by it, and the client's multipart serialiser sends fields by it.
MULTIPART_FORM: Literal["brackets", "values", "json"] = "brackets"


def extract_files(
    query: Mapping[str, object],
    *,
    paths: Sequence[Sequence[str]],
    array_format: ArrayFormat | None = None,
) -> List[Tuple[str, FileTypes]]:
    """Removes the file values at `paths` from `query` (mutating it) and returns them as multipart entries.

    A path is a list of keys; `"<array>"` stands for every item of a list, and a list found where a path ends is a
    list of files. Entries are named like form fields, a list's items as `array_format` says (unless given: `repeat`
    where the SDK's `MULTIPART_FORM` is "values" or "json", else `brackets`): `["docs", "<array>", "content"]` gives
    `docs[][content]` (brackets),
    `docs[0][content]` (indices) or `docs[content]` (repeat, comma). With "values" or "json" and no `array_format`,
    only a field's own list repeats its name (`files`, `docs[content]`); a list deeper in it is named as Stainless's SDKs
    name any list in a form, `docs[pages][]`. A list emptied of its files is taken out of `query`, so that it is not sent
    as an empty field.
    """
    values = array_format is None and MULTIPART_FORM != "brackets"
    fmt: ArrayFormat = ("repeat" if values else "brackets") if array_format is None else array_format
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        files.extend(
            _extract_items(query, path, index=0, flattened_key=None, array_format=fmt, nested_brackets=values)
        )
    return files


def _extract_items(
    obj: object,
    path: Sequence[str],
    *,
    index: int,
    flattened_key: str | None,
    array_format: ArrayFormat,
    nested_brackets: bool = False,
) -> List[Tuple[str, FileTypes]]:
    # A list below the field's own (the first key's value) is named `[]` where `nested_brackets` says so.
    deeper: ArrayFormat = "brackets" if nested_brackets and index > 1 else array_format
    if index >= len(path):
        if isinstance(obj, (NotGiven, Omit)) or obj is None:
            return []
        key = flattened_key if flattened_key is not None else ""
        if is_list(obj):
            entries: List[Tuple[str, FileTypes]] = []
            for position, entry in enumerate(obj):
                entry_key = _array_item_key(key, position, deeper)
                _assert_is_file_content(entry, key=entry_key)
                entries.append((entry_key, cast(FileTypes, entry)))
            return entries
        _assert_is_file_content(obj, key=key)
        return [(key, cast(FileTypes, obj))]

    key = path[index]
    index += 1
    if is_dict(obj):
        if key not in obj:
            return []
        # The last key's value (or the list of files under it) is taken out of the body: it travels as file parts.
        holds_only_files = all(segment == "<array>" for segment in path[index:])
        item = obj.pop(key) if holds_only_files else obj[key]
        next_key = key if flattened_key is None else f"{flattened_key}[{key}]"
        return _extract_items(
            item,
            path,
            index=index,
            flattened_key=next_key,
            array_format=array_format,
            nested_brackets=nested_brackets,
        )
    if is_list(obj):
        if key != "<array>":
            return []
        prefix = flattened_key or ""
        # (`index` is past this list's `<array>` here: the field's own list is at 2.)
        item_format: ArrayFormat = "brackets" if nested_brackets and index > 2 else array_format
        return flatten(
            _extract_items(
                entry,
                path,
                index=index,
                flattened_key=_array_item_key(prefix, position, item_format),
                array_format=array_format,
                nested_brackets=nested_brackets,
            )
            for position, entry in enumerate(obj)
        )
    return []


def _array_item_key(prefix: str, position: int, array_format: ArrayFormat) -> str:
    if array_format == "indices":
        return f"{prefix}[{position}]"
    if array_format == "brackets":
        return f"{prefix}[]"
    return prefix


def quote(string: str) -> str:
    return f"'{string}'"


def human_join(seq: Sequence[str], *, delim: str = ", ", final: str = "or") -> str:
    if not seq:
        return ""
    if len(seq) == 1:
        return seq[0]
    if len(seq) == 2:
        return f"{seq[0]} {final} {seq[1]}"
    return delim.join(seq[:-1]) + f" {final} {seq[-1]}"


def required_args(*variants: Sequence[str]) -> Callable[[CallableT], CallableT]:
    """Checks at call time that every argument of at least one variant was passed.

    Overloaded methods declare their variants with `@overload`; this gives callers that do not type-check the same
    guarantee with a readable `TypeError`:

    ```py
    @required_args(["model", "prompt"], ["model", "prompt", "stream"])
    def create(self, *, model: str, prompt: str, stream: bool | Omit = omit) -> ...: ...
    ```
    """

    def decorator(func: CallableT) -> CallableT:
        params = inspect.signature(func).parameters
        positional = [
            name
            for name, param in params.items()
            if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
        ]

        @functools.wraps(func)
        def wrapper(*args: object, **kwargs: object) -> object:
            given: set[str] = set()
            for position in range(len(args)):
                if position >= len(positional):
                    raise TypeError(
                        f"{func.__name__}() takes {len(positional)} argument(s) but {len(args)} were given"
                    )
                given.add(positional[position])
            given.update(kwargs.keys())

            if any(all(name in given for name in variant) for variant in variants):
                return func(*args, **kwargs)

            if len(variants) == 1:
                missing = [quote(name) for name in variants[0] if name not in given]
                noun = "argument" if len(missing) == 1 else "arguments"
                raise TypeError(f"Missing required {noun}: {human_join(missing, final='and')}")
            options = [
                "(" + human_join([quote(name) for name in variant], final="and") + ")" for variant in variants
            ]
            raise TypeError(f"Missing required arguments; Expected either {human_join(options)} arguments to be given")

        return cast(CallableT, wrapper)

    return decorator


def get_async_library() -> str:
    try:
        return sniffio.current_async_library()
    except Exception:
        return "false"


def lru_cache(*, maxsize: int | None = 128) -> Callable[[CallableT], CallableT]:
    """`functools.lru_cache` that keeps the wrapped function's signature for type checkers."""
    return cast(Callable[[CallableT], CallableT], functools.lru_cache(maxsize=maxsize))


def file_from_path(path: str) -> FileTypes:
    return (os.path.basename(path), Path(path).read_bytes())


def removeprefix(string: str, prefix: str) -> str:
    return string[len(prefix) :] if string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


def merge_mappings(first: Mapping[_K, Union[_V, Omit]], second: Mapping[_K, Union[_V, Omit]]) -> Dict[_K, _V]:
    """`{**first, **second}` without the keys whose value is `Omit`."""
    merged = {**first, **second}
    return {key: value for key, value in merged.items() if not isinstance(value, Omit)}


# The `_t` checks narrow to the value's own item types (the plain ones to `object`).
def is_mapping_t(obj: Union[Mapping[_K, _V], object]) -> TypeGuard[Mapping[_K, _V]]:
    return isinstance(obj, Mapping)


def is_sequence_t(obj: Union[Sequence[_T], object]) -> TypeGuard[Sequence[_T]]:
    return isinstance(obj, Sequence)


def is_tuple_t(obj: Union[Tuple[_T, ...], object]) -> TypeGuard[Tuple[_T, ...]]:
    return isinstance(obj, tuple)


# Environment variables and other text given where a number or a flag is meant.
def coerce_integer(val: str) -> int:
    return int(val)


def coerce_float(val: str) -> float:
    return float(val)


def coerce_boolean(val: str) -> bool:
    return val in ("true", "1", "on")


def maybe_coerce_integer(val: str | None) -> int | None:
    return None if val is None else coerce_integer(val)


def maybe_coerce_float(val: str | None) -> float | None:
    return None if val is None else coerce_float(val)


def maybe_coerce_boolean(val: str | None) -> bool | None:
    return None if val is None else coerce_boolean(val)


def get_required_header(headers: HeadersLike, header: str) -> str:
    """A header's value from a mapping or an object with `.get` (httpx.Headers), by any casing; raises if absent."""
    lower = header.lower()
    if is_mapping(headers):
        for key, value in headers.items():
            if key.lower() == lower and isinstance(value, str):
                return value
    getter: object = getattr(headers, "get", None)
    if callable(getter):
        value = cast(Callable[[str], object], getter)(header)
        if isinstance(value, str):
            return value
    raise ValueError(f"Could not find {header} header")


def json_safe(data: object) -> object:
    """`data` with dates as ISO 8601 text, recursively through mappings and lists (what `json.dumps` takes)."""
    if is_mapping(data):
        return {json_safe(key): json_safe(value) for key, value in data.items()}
    if is_iterable(data) and not isinstance(data, (str, bytes, bytearray)):
        return [json_safe(item) for item in data]
    if isinstance(data, (datetime.datetime, datetime.date)):
        return data.isoformat()
    return data


def function_has_argument(func: Callable[..., Any], arg_name: str) -> bool:
    return arg_name in inspect.signature(func).parameters


def consume_sync_iterator(iterator: Iterator[Any]) -> None:
    """Reads an iterator to its end (a stream's remaining events, so its connection can be reused)."""
    for _ in iterator:
        pass


async def consume_async_iterator(iterator: AsyncIterator[Any]) -> None:
    async for _ in iterator:
        pass


def bracket_array_query_param(name: str, values: SequenceNotStr[str]) -> Dict[str, object]:
    """Query params sending each of `values` as `name[]` (`ids[]=a&ids[]=b`) whatever the client's array format;
    spread into a method's `query`."""
    return {f"{name}[]": StyledQueryValue([(f"{name}[]", value) for value in values])}
