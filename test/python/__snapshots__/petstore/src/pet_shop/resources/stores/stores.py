from __future__ import annotations

from .pets import (
    PetsResource,
    AsyncPetsResource,
    PetsResourceWithRawResponse,
    AsyncPetsResourceWithRawResponse,
    PetsResourceWithStreamingResponse,
    AsyncPetsResourceWithStreamingResponse,
)
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource

__all__ = ["StoresResource", "AsyncStoresResource"]


class StoresResource(SyncAPIResource):
    @cached_property
    def pets(self) -> PetsResource:
        return PetsResource(self._client)

    @cached_property
    def with_raw_response(self) -> StoresResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return StoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoresResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return StoresResourceWithStreamingResponse(self)


class AsyncStoresResource(AsyncAPIResource):
    @cached_property
    def pets(self) -> AsyncPetsResource:
        return AsyncPetsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncStoresResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncStoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoresResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncStoresResourceWithStreamingResponse(self)


class StoresResourceWithRawResponse:
    def __init__(self, stores: StoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        return PetsResourceWithRawResponse(self._stores.pets)


class AsyncStoresResourceWithRawResponse:
    def __init__(self, stores: AsyncStoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        return AsyncPetsResourceWithRawResponse(self._stores.pets)


class StoresResourceWithStreamingResponse:
    def __init__(self, stores: StoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        return PetsResourceWithStreamingResponse(self._stores.pets)


class AsyncStoresResourceWithStreamingResponse:
    def __init__(self, stores: AsyncStoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        return AsyncPetsResourceWithStreamingResponse(self._stores.pets)
