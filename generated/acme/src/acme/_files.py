from __future__ import annotations

import io
import os
import json
import pathlib
from typing import (
    Dict,
    List,
    Tuple,
    Union,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Sequence,
    AsyncIterable,
    AsyncIterator,
    cast,
    overload,
)
from datetime import date, datetime
from typing_extensions import TypeGuard

import anyio

from ._types import (
    FileTypes,
    FileContent,
    RequestFiles,
    HttpxFileTypes,
    HttpxFileContent,
    HttpxRequestFiles,
)

__all__ = [
    "is_file_content",
    "assert_is_file_content",
    "to_httpx_files",
    "async_to_httpx_files",
    "read_body_bytes",
    "replayable_body",
    "async_replayable_body",
    "async_raw_content",
    "read_file_content",
    "async_read_file_content",
    "deepcopy_with_paths",
    "multipart_parts",
]

_T = TypeVar("_T")


def is_base64_file_input(obj: object) -> TypeGuard[Union[io.IOBase, "os.PathLike[str]"]]:
    return isinstance(obj, (io.IOBase, os.PathLike))


def is_file_content(obj: object) -> TypeGuard[FileContent]:
    return isinstance(obj, (bytes, tuple, io.IOBase, os.PathLike)) or callable(getattr(obj, "read", None))


def assert_is_file_content(obj: object, *, key: str | None = None) -> None:
    if not is_file_content(obj):
        prefix = f"Expected entry at `{key}`" if key is not None else f"Expected file input `{obj!r}`"
        raise RuntimeError(
            f"{prefix} to be bytes, an io.IOBase instance, PathLike or a tuple but received {type(obj)} instead."
        )


def _entries(files: RequestFiles) -> List[Tuple[str, FileTypes]]:
    if isinstance(files, Mapping):
        return list(files.items())
    if isinstance(files, (list, tuple)):
        return list(cast("List[Tuple[str, FileTypes]]", files))
    raise TypeError(f"Unexpected file type input {type(files)}, expected mapping or sequence")


@overload
def to_httpx_files(files: None) -> None: ...


@overload
def to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...


def to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    """Reads paths given as file content (httpx only takes bytes or open files) and keeps the rest; a mapping gives
    a dict, a list of pairs a list."""
    if files is None:
        return None
    entries = [(key, _transform_file(file)) for key, file in _entries(files)]
    return dict(entries) if isinstance(files, Mapping) else entries


def _read_path(path: "Union[str, os.PathLike[str]]") -> Tuple[str, bytes]:
    resolved = pathlib.Path(path)
    return (resolved.name, resolved.read_bytes())


def _transform_file(file: FileTypes) -> HttpxFileTypes:
    if isinstance(file, tuple):
        return cast(HttpxFileTypes, (file[0], read_file_content(file[1]), *file[2:]))
    if isinstance(file, os.PathLike):
        return _read_path(file)
    if is_file_content(file):
        return cast(HttpxFileContent, file)
    raise TypeError(f"Expected file types input to be a FileContent type or to be a tuple")


def read_body_bytes(body: object) -> Union[bytes, None]:
    """The bytes of a whole binary request body (bytes, an open file, a path, or a `(name, content, ...)` tuple);
    None for any other body, which is encoded by its content type."""
    if isinstance(body, tuple):
        parts = cast(Tuple[object, ...], body)
        return read_body_bytes(parts[1]) if len(parts) >= 2 else None
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if isinstance(body, os.PathLike):
        return pathlib.Path(cast("os.PathLike[str]", body)).read_bytes()
    read: object = getattr(body, "read", None)
    if callable(read):
        # A file opened in text mode reads `str`.
        data = cast(Callable[[], object], read)()
        return data.encode() if isinstance(data, str) else bytes(cast(bytes, data))
    return None


def _is_file_body(body: object) -> bool:
    """A whole body given as a file: an open file (anything with `read`), a path, a bytearray, a `(name, content, ...)`
    tuple whose content is a file. Not bytes (sent as they are), not an iterator of chunks."""
    if isinstance(body, tuple):
        parts = cast(Tuple[object, ...], body)
        return len(parts) >= 2 and (isinstance(parts[1], bytes) or _is_file_body(parts[1]))
    return isinstance(body, (bytearray, os.PathLike)) or callable(getattr(body, "read", None))


def replayable_body(body: _T) -> Union[_T, bytes]:
    """A whole body given as a file read to its bytes, once, before the first attempt: sent as it is, an open file
    would read empty on a retry (`content=`, or `body=` in an older era's form). Anything else as it is."""
    if not _is_file_body(body):
        return body
    raw = read_body_bytes(body)
    return body if raw is None else raw


async def async_replayable_body(body: _T) -> Union[_T, bytes]:
    """`replayable_body` that reads in a worker thread, not blocking the event loop."""
    if not _is_file_body(body):
        return body
    from ._utils._sync import to_thread  # (`_utils` imports this module)

    raw = await to_thread(read_body_bytes, body)
    return body if raw is None else raw


async def async_raw_content(content: object) -> object:
    """A raw body (`content=`) the async client can send: a file as its bytes (httpx's AsyncClient cannot read a sync
    file), an iterator of chunks as an async one (nor iterate a sync iterator), an async iterable as it is."""
    content = await async_replayable_body(content)
    if not _is_sync_chunks(content):
        return content
    return _async_chunks(iter(cast(Iterable[bytes], content)))


def _is_sync_chunks(content: object) -> bool:
    return isinstance(content, Iterable) and not isinstance(content, (bytes, str, AsyncIterable))


async def _async_chunks(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def read_file_content(file: FileContent) -> HttpxFileContent:
    """A path's bytes; bytes and open files as they are."""
    if isinstance(file, os.PathLike):
        return pathlib.Path(file).read_bytes()
    return file


def deepcopy_with_paths(item: _T, paths: Sequence[Sequence[str]]) -> _T:
    """`item` with the dicts and lists on `paths` copied (the containers `extract_files` will take files out of) and
    everything else shared, so extracting files leaves the caller's params as they were. No paths: `item` itself.

    A path is a list of keys, `"<array>"` for every item of a list, as `extract_files` takes.
    """
    result: object = item
    for path in paths:
        result = _copy_along(result, path, 0)
    return cast(_T, result)


def multipart_parts(
    body: _T,
    files: List[Tuple[str, FileTypes]],
    *,
    json_parts: Sequence[str] = (),
    repeat_parts: Sequence[str] = (),
    part_styles: Mapping[str, Tuple[str, bool]] | None = None,
    part_content_types: Mapping[str, str] | None = None,
) -> _T:
    """A multipart body's parts that the spec's `encoding` sends its own way, moved out of `body` (a mapping of wire
    names, already transformed) into `files` (mutated) as parts without a file name; returns the rest of `body`.

    Each field of `json_parts` is one part, its value's JSON text with its own `Content-Type: application/json`
    (`contentType: application/json`); each item of an array field of `repeat_parts` is a part under the field's own
    name (`style: form`, exploded), not `name[]`, its files too. Each field of `part_styles` (its `(style, explode)`:
    `deepObject`, `form` not exploded, `spaceDelimited`, `pipeDelimited`) is sent as a query parameter of that style
    is written, each name-value pair a part: `meta[owner]=x`, `tags=a,b`, `tags=a b`, `tags=a|b` (`_styled_parts`).
    A field of `part_content_types` sends that `Content-Type` on every part it is: a scalar, each item of a list of
    scalars (under `name[]` in Stainless's bracketed form, else `name`), each of its files that names no type of its
    own. A mapping field of `repeat_parts` (`style: form` exploded on an object) is a part per property under the
    property's own name, its files too. Other fields stay in `body`, sent as any form field.
    """
    if not isinstance(body, Mapping):
        return body
    rest = dict(cast("Mapping[str, object]", body))
    parts: List[Tuple[str, FileTypes]] = []
    for key in json_parts:
        value = rest.pop(key, None)
        if value is not None:
            # No file name (a form field, not a file, to the server), but its own media type.
            parts.append((key, (None, _json_text(value).encode("utf-8"), "application/json")))
    for key, (style, explode) in (part_styles or {}).items():
        value = rest.get(key)
        if value is None:
            continue
        del rest[key]
        parts.extend((name, (None, text.encode("utf-8"))) for name, text in _styled_parts(key, value, style, explode))
    for key, content_type in (part_content_types or {}).items():
        # A file (taken out of the body already) without a media type of its own is given the part's.
        item_key = _array_item_name(key)
        files[:] = [
            (name, _typed_file(file, content_type) if name in (key, item_key) else file) for name, file in files
        ]
        value = rest.get(key)
        if value is None or isinstance(value, Mapping):
            continue
        if isinstance(value, (list, tuple)):
            items = [item for item in cast("Sequence[object]", value) if item is not None]
            # An array's media type is its items' (a nested item is sent the default way, with the array).
            if any(isinstance(item, (Mapping, list, tuple)) for item in items):
                continue
            del rest[key]
            parts.extend((item_key, (None, _part_text(item).encode("utf-8"), content_type)) for item in items)
            continue
        del rest[key]
        parts.append((key, (None, _part_text(value).encode("utf-8"), content_type)))
    renames: Dict[str, str] = {}
    for key in repeat_parts:
        value = rest.get(key)
        if isinstance(value, (list, tuple)):
            del rest[key]
            repeated = cast("Sequence[object]", value)
            parts.extend((key, (None, _part_text(item).encode("utf-8"))) for item in repeated if item is not None)
            # Files extracted from a repeated array go under the field's own name too: `name[]` as `name`, and an
            # item's own files (`name[][file]`, as brackets name them) as `name[file]`.
            renames[f"{key}[]"] = key
        elif isinstance(value, Mapping):
            # `style: form` exploded on an object: each property a part under its own name (`x=1&y=2`, as a
            # form-exploded query object), its files too (`meta[logo]` as `logo`, `meta[pages][]` as `pages[]`).
            del rest[key]
            mapping = cast("Mapping[str, object]", value)
            properties = [(str(name), item) for name, item in mapping.items() if item is not None]
            parts.extend((name, (None, _part_text(item).encode("utf-8"))) for name, item in properties)
            renames[f"{key}["] = ""
        elif value is None:
            # (A list or object holding only files was taken out of the body: its files are renamed as a list's.)
            renames[f"{key}[]"] = key
    files[:] = [(_renamed(name, renames), file) for name, file in files]
    files.extend(parts)
    return cast(_T, rest)


def _array_item_name(key: str) -> str:
    """The name of an array's items where it is not repeated: `key[]` in Stainless's bracketed form (a name with its
    brackets keeps them), the field's own name in OpenAPI's defaults (the SDK's `MULTIPART_FORM` "json")."""
    from ._utils._utils import MULTIPART_FORM

    return key if MULTIPART_FORM != "brackets" or key.endswith("[]") else f"{key}[]"


def _typed_file(file: FileTypes, content_type: str) -> FileTypes:
    """`file` sent with `content_type` unless it names a media type of its own (a `(name, content, type)` tuple)."""
    if isinstance(file, tuple):
        if len(file) >= 3 and file[2] is not None:
            return file
        return (file[0], file[1], content_type)
    if isinstance(file, os.PathLike):
        return (pathlib.Path(file).name, file, content_type)
    # (The name httpx gives an upload without one.)
    name: object = getattr(file, "name", None)
    return (os.path.basename(name) if isinstance(name, str) else "upload", file, content_type)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _styled_parts(key: str, value: object, style: str, explode: bool) -> List[Tuple[str, str]]:
    """A part's name-value pairs as a query parameter of `style` writes them (OpenAPI 3.1's Encoding Object):
    `deepObject` an object's properties under `key[name]` (deeper `key[a][b]`, a list's items `key[0]`); `form`,
    `spaceDelimited` and `pipeDelimited` not exploded one pair of the items (a mapping's names and values) joined by
    `,`, ` ` or `|`, exploded a pair per item under `key` (a mapping's properties each under its own name). A scalar is
    one pair in every style; a nested value in a joined or exploded one is its JSON text. None is left out."""
    if style == "deepObject":
        return _deep_parts(key, value)
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        pairs = [(str(name), item) for name, item in mapping.items() if item is not None]
        if explode:
            return [(name, _part_text(item)) for name, item in pairs]
        texts = [text for name, item in pairs for text in (name, _part_text(item))]
        return [(key, _DELIMITERS.get(style, ",").join(texts))]
    if isinstance(value, (list, tuple)):
        items = [item for item in cast("Sequence[object]", value) if item is not None]
        if explode:
            return [(key, _part_text(item)) for item in items]
        return [(key, _DELIMITERS.get(style, ",").join(_part_text(item) for item in items))]
    return [(key, _part_text(value))]


def _deep_parts(key: str, value: object) -> List[Tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, object]", value)
        return [pair for name, item in mapping.items() for pair in _deep_parts(f"{key}[{name}]", item)]
    if isinstance(value, (list, tuple)):
        items = cast("Sequence[object]", value)
        return [pair for position, item in enumerate(items) for pair in _deep_parts(f"{key}[{position}]", item)]
    return [(key, _part_text(value))]


def _renamed(name: str, renames: Mapping[str, str]) -> str:
    """`name` with its prefix replaced as `renames` says (`docs[]` → `docs`); a `key[` prefix replaced by nothing
    leaves the rest's first bracket pair a name (`meta[logo][x]` → `logo[x]`)."""
    for prefix, replacement in renames.items():
        if not name.startswith(prefix):
            continue
        tail = name[len(prefix) :]
        if prefix.endswith("[") and replacement == "":
            inner, _, after = tail.partition("]")
            return inner + after
        return replacement + tail
    return name


def multipart_values(data: Mapping[object, object]) -> Dict[str, object]:
    """A multipart body's fields (its files taken out) in the SDK's "values" form: a list, tuple or mapping is one field,
    its JSON text; booleans `true`/`false`, dates ISO, other scalars their text; None is left out."""
    serialized: Dict[str, object] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (Mapping, list, tuple)):
            serialized[str(key)] = json.dumps(value, default=_json_default)
        else:
            serialized[str(key)] = _part_text(value)
    return serialized


def multipart_openapi_defaults(data: Mapping[object, object]) -> Dict[str, object]:
    """A multipart body's fields (its files taken out) as OpenAPI's defaults send the parts a spec's `encoding` says
    nothing of, and the SDK's TypeScript client alike: a list or tuple holding no mapping is a part per item under the
    field's own name (an item its text, a list in it JSON), any other list, tuple or mapping one part, its JSON text;
    booleans `true`/`false`, dates ISO, other scalars their text; None is left out."""
    serialized: Dict[str, object] = {}
    for key, value in data.items():
        if value is None:
            continue
        if not isinstance(value, (list, tuple)):
            serialized[str(key)] = _part_text(value)
            continue
        items: Sequence[object] = [item for item in cast("Sequence[object]", value) if item is not None]
        if any(isinstance(item, Mapping) for item in items):
            serialized[str(key)] = _json_text(items)
        else:
            serialized[str(key)] = [_part_text(item) for item in items]
    return serialized


def openapi_json_parts(
    data: Mapping[object, object], files: HttpxRequestFiles | None
) -> Tuple[Dict[object, object], HttpxRequestFiles | None]:
    """In OpenAPI's defaults (the SDK's `MULTIPART_FORM` "json"), the fields `multipart_openapi_defaults` sends as
    JSON text (a mapping, a list or tuple holding one) moved out of `data` into `files` as parts without a file name
    and with `Content-Type: application/json`, the default media type OpenAPI gives an object part the spec's
    `encoding` says nothing of (and what the SDK's TypeScript client sends); in the other forms, both as they were."""
    from ._utils._utils import MULTIPART_FORM

    if MULTIPART_FORM != "json":
        return dict(data), files
    rest: Dict[object, object] = {}
    parts: List[Tuple[str, HttpxFileTypes]] = []
    for key, value in data.items():
        nested = isinstance(value, Mapping) or (
            isinstance(value, (list, tuple))
            and any(isinstance(item, Mapping) for item in cast("Sequence[object]", value))
        )
        if nested:
            parts.append((str(key), (None, _json_text(cast(object, value)).encode("utf-8"), "application/json")))
        else:
            rest[key] = value
    if not parts:
        return rest, files
    existing: List[Tuple[str, HttpxFileTypes]] = (
        [] if files is None else list(files.items()) if isinstance(files, Mapping) else list(files)
    )
    return rest, [*existing, *parts]


def _json_text(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _part_text(value: object) -> str:
    """A form field's text: strings as they are, booleans as `true`/`false`, dates ISO, objects and arrays JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (Mapping, list, tuple)):
        return _json_text(cast(object, value))
    return str(value)


def _copy_along(obj: object, path: Sequence[str], index: int) -> object:
    if index >= len(path):
        return obj
    key = path[index]
    if isinstance(obj, dict):
        copied = dict(cast("dict[object, object]", obj))
        if key in copied:
            copied[key] = _copy_along(copied[key], path, index + 1)
        return copied
    if isinstance(obj, list) and key == "<array>":
        entries = cast("list[object]", obj)
        return [_copy_along(entry, path, index + 1) for entry in entries]
    return cast(object, obj)


@overload
async def async_to_httpx_files(files: None) -> None: ...


@overload
async def async_to_httpx_files(files: RequestFiles) -> HttpxRequestFiles: ...


async def async_to_httpx_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    """`to_httpx_files` that reads paths without blocking the event loop."""
    if files is None:
        return None
    entries = [(key, await _async_transform_file(file)) for key, file in _entries(files)]
    return dict(entries) if isinstance(files, Mapping) else entries


async def _async_transform_file(file: FileTypes) -> HttpxFileTypes:
    if isinstance(file, tuple):
        return cast(HttpxFileTypes, (file[0], await async_read_file_content(file[1]), *file[2:]))
    if isinstance(file, os.PathLike):
        path = anyio.Path(file)
        return (path.name, await path.read_bytes())
    if is_file_content(file):
        return cast(HttpxFileContent, file)
    raise TypeError(f"Expected file types input to be a FileContent type or to be a tuple")


async def async_read_file_content(file: FileContent) -> HttpxFileContent:
    """`read_file_content` that reads without blocking the event loop."""
    if isinstance(file, os.PathLike):
        return await anyio.Path(file).read_bytes()
    return file


