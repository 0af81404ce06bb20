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
