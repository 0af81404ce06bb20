from __future__ import annotations

from .pets import (
    PetsResource as PetsResource,
    PetsResourceWithRawResponse as PetsResourceWithRawResponse,
    PetsResourceWithStreamingResponse as PetsResourceWithStreamingResponse,
    AsyncPetsResource as AsyncPetsResource,
    AsyncPetsResourceWithRawResponse as AsyncPetsResourceWithRawResponse,
    AsyncPetsResourceWithStreamingResponse as AsyncPetsResourceWithStreamingResponse,
)
from .stores import (
    StoresResource as StoresResource,
    StoresResourceWithRawResponse as StoresResourceWithRawResponse,
    StoresResourceWithStreamingResponse as StoresResourceWithStreamingResponse,
    AsyncStoresResource as AsyncStoresResource,
    AsyncStoresResourceWithRawResponse as AsyncStoresResourceWithRawResponse,
    AsyncStoresResourceWithStreamingResponse as AsyncStoresResourceWithStreamingResponse,
)

__all__ = [
    "PetsResource",
    "PetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
    "AsyncPetsResource",
    "AsyncPetsResourceWithRawResponse",
    "AsyncPetsResourceWithStreamingResponse",
    "StoresResource",
    "StoresResourceWithRawResponse",
    "StoresResourceWithStreamingResponse",
    "AsyncStoresResource",
    "AsyncStoresResourceWithRawResponse",
    "AsyncStoresResourceWithStreamingResponse",
]
