from .pets import (
    PetsResource,
    AsyncPetsResource,
    PetsResourceWithRawResponse,
    AsyncPetsResourceWithRawResponse,
    PetsResourceWithStreamingResponse,
    AsyncPetsResourceWithStreamingResponse,
)
from .stores import (
    StoresResource,
    AsyncStoresResource,
    StoresResourceWithRawResponse,
    AsyncStoresResourceWithRawResponse,
    StoresResourceWithStreamingResponse,
    AsyncStoresResourceWithStreamingResponse,
)

__all__ = [
    "PetsResource",
    "AsyncPetsResource",
    "PetsResourceWithRawResponse",
    "AsyncPetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
    "AsyncPetsResourceWithStreamingResponse",
    "StoresResource",
    "AsyncStoresResource",
    "StoresResourceWithRawResponse",
    "AsyncStoresResourceWithRawResponse",
    "StoresResourceWithStreamingResponse",
    "AsyncStoresResourceWithStreamingResponse",
]
