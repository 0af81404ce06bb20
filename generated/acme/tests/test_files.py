# What a method's file parameter takes (bytes, a path, an open file, a `(name, content, ...)` tuple) as httpx's
# files, synchronously and without blocking the event loop; and a file sent to the local server as a multipart part.

from __future__ import annotations

import io
import pathlib
from typing import Dict, Iterator

import httpx
import pytest

from acme import Acme, AsyncAcme
from acme._files import (
    to_httpx_files,
    is_file_content,
    read_body_bytes,
    read_file_content,
    async_to_httpx_files,
    assert_is_file_content,
    async_read_file_content,
)

from .local_server import LocalServer, serve


MULTIPART: Dict[str, str] = {"Content-Type": "multipart/form-data"}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    yield from serve()


@pytest.fixture
def sample(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "sample_file.txt"
    path.write_bytes(b"Hello, world!\n")
    return path


def test_what_file_content_is(sample: pathlib.Path) -> None:
    assert is_file_content(b"raw")
    assert is_file_content(sample)
    assert is_file_content(("name.txt", b"raw"))
    assert is_file_content(io.BytesIO(b"raw"))
    assert not is_file_content("a string is not a file")
    assert not is_file_content(42)
    with pytest.raises(RuntimeError, match="Expected entry at `upload`"):
        assert_is_file_content({"not": "a file"}, key="upload")


def test_a_path_is_read_with_its_name(sample: pathlib.Path) -> None:
    assert to_httpx_files({"file": sample}) == {"file": ("sample_file.txt", b"Hello, world!\n")}
    assert read_file_content(sample) == b"Hello, world!\n"


def test_a_tuple_keeps_its_name_and_content_type(sample: pathlib.Path) -> None:
    files = to_httpx_files([("file", ("custom.txt", sample, "text/plain"))])
    assert files == [("file", ("custom.txt", b"Hello, world!\n", "text/plain"))]


def test_bytes_and_open_files_are_passed_as_they_are() -> None:
    stream = io.BytesIO(b"streamed")
    files = to_httpx_files({"a": b"raw", "b": stream})
    assert files == {"a": b"raw", "b": stream}


def test_a_mapping_gives_a_dict_and_pairs_a_list() -> None:
    assert isinstance(to_httpx_files({"file": b"x"}), dict)
    assert isinstance(to_httpx_files([("file", b"x"), ("file", b"y")]), list)
    assert to_httpx_files(None) is None


def test_anything_else_is_refused() -> None:
    with pytest.raises(TypeError, match="Unexpected file type input"):
        to_httpx_files("file")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType, reportCallIssue]


async def test_async_reads_paths_too(sample: pathlib.Path) -> None:
    assert await async_to_httpx_files({"file": sample}) == {"file": ("sample_file.txt", b"Hello, world!\n")}
    files = await async_to_httpx_files([("file", ("custom.txt", sample))])
    assert files == [("file", ("custom.txt", b"Hello, world!\n"))]
    assert await async_read_file_content(sample) == b"Hello, world!\n"
    assert await async_to_httpx_files(None) is None


def test_the_bytes_of_a_whole_binary_body(sample: pathlib.Path) -> None:
    assert read_body_bytes(b"raw") == b"raw"
    assert read_body_bytes(sample) == b"Hello, world!\n"
    assert read_body_bytes(io.BytesIO(b"io")) == b"io"
    assert read_body_bytes(io.StringIO("text")) == b"text"
    assert read_body_bytes(("name.bin", b"in a tuple")) == b"in a tuple"
    assert read_body_bytes({"json": True}) is None


def _parts(server: LocalServer) -> Dict[str, bytes]:
    content_type = server.last.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts: Dict[str, bytes] = {}
    for part in server.last.body.split(b"--" + boundary)[1:-1]:
        # Each part is between a line break after the boundary and one before the next.
        head, _, body = part[2:-2].partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        parts[name] = body
    return parts


def test_a_file_is_sent_as_a_multipart_part(server: LocalServer, sample: pathlib.Path) -> None:
    with Acme(base_url=server.url) as client:
        client.post(
            "/upload",
            body={"purpose": "test"},
            files=[("file", sample)],
            options={"headers": MULTIPART},
            cast_to=httpx.Response,
        )
    assert server.last.method == "POST"
    assert _parts(server) == {"purpose": b"test", "file": b"Hello, world!\n"}


async def test_a_file_is_sent_as_a_multipart_part_async(server: LocalServer, sample: pathlib.Path) -> None:
    async with AsyncAcme(base_url=server.url) as client:
        await client.post(
            "/upload",
            body={"purpose": "test"},
            files=[("file", ("renamed.txt", sample))],
            options={"headers": MULTIPART},
            cast_to=httpx.Response,
        )
    assert _parts(server) == {"purpose": b"test", "file": b"Hello, world!\n"}
    assert b'filename="renamed.txt"' in server.last.body
