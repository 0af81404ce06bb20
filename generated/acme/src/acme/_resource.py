from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Type, Union, TypeVar, Optional, overload
from typing_extensions import Literal

import anyio

from ._files import to_httpx_files, async_to_httpx_files
from ._types import Body, FileTypes, ResponseT, BinaryTypes, RequestFiles, RequestOptions, AsyncBinaryTypes
from ._models import FinalRequestOptions
from ._streaming import Stream, AsyncStream

if TYPE_CHECKING:
    # The package's own client, so a method can read its options (a param a client option fills in).
    from ._client import Client, AsyncClient

__all__ = ["SyncAPIResource", "AsyncAPIResource"]

_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])


class SyncAPIResource:
    """A group of API methods (`client.prompts`), sharing the client's connection and options."""

    _client: Client

    def __init__(self, client: Client) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._head = client.head
        self._get_api_list = client.get_api_list

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    # An OPTIONS request is the resource's own: the client has no public method of that name, which a resource or an
    # option of that name would take. (TRACE operations are skipped when the spec is read: fetch refuses them.)
    def _options(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="options", url=path, json_data=body, files=to_httpx_files(files), **options
        )
        return self._client.request(cast_to, opts)

    # QUERY (OpenAPI 3.2's `query` operations) and any other method a spec names (`additionalOperations`: COPY, LINK)
    # are the resource's own, as OPTIONS is: a client method of that name would take a resource's (a `query` resource).
    @overload
    def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        return self._send(
            "query",
            path,
            cast_to=cast_to,
            body=body,
            content=content,
            files=files,
            options=options,
            stream=stream,
            stream_cls=stream_cls,
        )

    @overload
    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        """A request of `method` (lowercased; httpx sends it in capitals) with a body, as `post` sends one."""
        opts = FinalRequestOptions.construct(
            method=method, url=path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return self._client.request(cast_to, opts, stream=stream, stream_cls=stream_cls)


class AsyncAPIResource:
    _client: AsyncClient

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._get = client.get
        self._post = client.post
        self._patch = client.patch
        self._put = client.put
        self._delete = client.delete
        self._head = client.head
        self._get_api_list = client.get_api_list

    async def _sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    async def _options(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method="options", url=path, json_data=body, files=await async_to_httpx_files(files), **options
        )
        return await self._client.request(cast_to, opts)

    @overload
    async def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def _query(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        return await self._send(
            "query",
            path,
            cast_to=cast_to,
            body=body,
            content=content,
            files=files,
            options=options,
            stream=stream,
            stream_cls=stream_cls,
        )

    @overload
    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        """A request of `method` (lowercased; httpx sends it in capitals) with a body, as `post` sends one."""
        opts = FinalRequestOptions.construct(
            method=method, url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return await self._client.request(cast_to, opts, stream=stream, stream_cls=stream_cls)
