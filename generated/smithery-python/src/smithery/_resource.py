from __future__ import annotations

import time
from typing import TYPE_CHECKING, Type, Optional

import anyio

from ._files import to_httpx_files, async_to_httpx_files
from ._types import Body, ResponseT, RequestFiles, RequestOptions
from ._models import FinalRequestOptions

if TYPE_CHECKING:
    # The package's own client, so a method can read its options (a param a client option fills in).
    from ._client import Client, AsyncClient

__all__ = ["SyncAPIResource", "AsyncAPIResource"]


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

    # OPTIONS and TRACE requests are the resource's own: the client has no public method of their names, which a
    # resource or an option of those names would take.
    def _options(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        return self._send("options", path, cast_to=cast_to, body=body, files=files, options=options)

    def _trace(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        return self._send("trace", path, cast_to=cast_to, body=body, files=files, options=options)

    def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body],
        files: Optional[RequestFiles],
        options: RequestOptions,
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method=method, url=path, json_data=body, files=to_httpx_files(files), **options
        )
        return self._client.request(cast_to, opts)


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
        return await self._send("options", path, cast_to=cast_to, body=body, files=files, options=options)

    async def _trace(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        return await self._send("trace", path, cast_to=cast_to, body=body, files=files, options=options)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body],
        files: Optional[RequestFiles],
        options: RequestOptions,
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(
            method=method, url=path, json_data=body, files=await async_to_httpx_files(files), **options
        )
        return await self._client.request(cast_to, opts)
