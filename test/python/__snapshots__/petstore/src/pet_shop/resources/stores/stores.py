from __future__ import annotations

from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from .pets import (
    AsyncPetsResource,
    AsyncPetsResourceWithRawResponse,
    AsyncPetsResourceWithStreamingResponse,
    PetsResource,
    PetsResourceWithRawResponse,
    PetsResourceWithStreamingResponse,
)

__all__ = ["StoresResource", "AsyncStoresResource"]


class StoresResource(SyncAPIResource):
    @cached_property
    def pets(self) -> PetsResource:
        return PetsResource(self._client)

    @cached_property
    def with_raw_response(self) -> StoresResourceWithRawResponse:
        return StoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoresResourceWithStreamingResponse:
        return StoresResourceWithStreamingResponse(self)


class AsyncStoresResource(AsyncAPIResource):
    @cached_property
    def pets(self) -> AsyncPetsResource:
        return AsyncPetsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncStoresResourceWithRawResponse:
        return AsyncStoresResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoresResourceWithStreamingResponse:
        return AsyncStoresResourceWithStreamingResponse(self)


class StoresResourceWithRawResponse:
    def __init__(self, stores: StoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> PetsResourceWithRawResponse:
        return PetsResourceWithRawResponse(self._stores.pets)


class StoresResourceWithStreamingResponse:
    def __init__(self, stores: StoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> PetsResourceWithStreamingResponse:
        return PetsResourceWithStreamingResponse(self._stores.pets)


class AsyncStoresResourceWithRawResponse:
    def __init__(self, stores: AsyncStoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> AsyncPetsResourceWithRawResponse:
        return AsyncPetsResourceWithRawResponse(self._stores.pets)


class AsyncStoresResourceWithStreamingResponse:
    def __init__(self, stores: AsyncStoresResource) -> None:
        self._stores = stores

    @cached_property
    def pets(self) -> AsyncPetsResourceWithStreamingResponse:
        return AsyncPetsResourceWithStreamingResponse(self._stores.pets)
