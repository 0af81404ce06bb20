from __future__ import annotations

import io
import os
import inspect
import functools
from typing import (
    Any,
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Sequence,
    cast,
)
from pathlib import Path
from typing_extensions import TypeGuard

import sniffio

from .._types import Omit, NotGiven, FileTypes

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
]

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")
CallableT = TypeVar("CallableT", bound=Callable[..., Any])


def is_given(value: Union[_T, NotGiven, Omit]) -> TypeGuard[_T]:
    return not isinstance(value, (NotGiven, Omit))


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


def flatten(nested: Iterable[Iterable[_T]]) -> List[_T]:
    return [item for sublist in nested for item in sublist]


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


def extract_files(query: Mapping[str, object], *, paths: Sequence[Sequence[str]]) -> List[Tuple[str, FileTypes]]:
    """Removes the file values at `paths` from `query` (mutating it) and returns them as multipart entries.

    A path is a list of keys; `"<array>"` stands for every item of a list. Entries are named like form fields:
    `["file"]` gives `file`, `["docs", "<array>", "content"]` gives `docs[][content]`.
    """
    files: List[Tuple[str, FileTypes]] = []
    for path in paths:
        files.extend(_extract_items(query, path, index=0, flattened_key=None))
    return files


def _extract_items(obj: object, path: Sequence[str], *, index: int, flattened_key: str | None) -> List[Tuple[str, FileTypes]]:
    if index >= len(path):
        if isinstance(obj, (NotGiven, Omit)) or obj is None:
            return []
        key = flattened_key if flattened_key is not None else ""
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
        return _extract_items(item, path, index=index, flattened_key=next_key)
    if is_list(obj):
        if key != "<array>":
            return []
        list_key = "[]" if flattened_key is None else f"{flattened_key}[]"
        return flatten(_extract_items(entry, path, index=index, flattened_key=list_key) for entry in obj)
    return []


def quote(text: str) -> str:
    return f"'{text}'"


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


def removeprefix(text: str, prefix: str) -> str:
    return text[len(prefix) :] if text.startswith(prefix) else text


def removesuffix(text: str, suffix: str) -> str:
    return text[: -len(suffix)] if suffix and text.endswith(suffix) else text


def merge_mappings(first: Mapping[_K, Union[_V, Omit]], second: Mapping[_K, Union[_V, Omit]]) -> Dict[_K, _V]:
    """`{**first, **second}` without the keys whose value is `Omit`."""
    merged = {**first, **second}
    return {key: value for key, value in merged.items() if not isinstance(value, Omit)}
