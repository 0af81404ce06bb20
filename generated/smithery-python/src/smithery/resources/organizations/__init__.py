from __future__ import annotations

from .organizations import (
    OrganizationsResource as OrganizationsResource,
    OrganizationsResourceWithRawResponse as OrganizationsResourceWithRawResponse,
    OrganizationsResourceWithStreamingResponse as OrganizationsResourceWithStreamingResponse,
    AsyncOrganizationsResource as AsyncOrganizationsResource,
    AsyncOrganizationsResourceWithRawResponse as AsyncOrganizationsResourceWithRawResponse,
    AsyncOrganizationsResourceWithStreamingResponse as AsyncOrganizationsResourceWithStreamingResponse,
)
from .api_keys import (
    APIKeysResource as APIKeysResource,
    APIKeysResourceWithRawResponse as APIKeysResourceWithRawResponse,
    APIKeysResourceWithStreamingResponse as APIKeysResourceWithStreamingResponse,
    AsyncAPIKeysResource as AsyncAPIKeysResource,
    AsyncAPIKeysResourceWithRawResponse as AsyncAPIKeysResourceWithRawResponse,
    AsyncAPIKeysResourceWithStreamingResponse as AsyncAPIKeysResourceWithStreamingResponse,
)

__all__ = [
    "OrganizationsResource",
    "OrganizationsResourceWithRawResponse",
    "OrganizationsResourceWithStreamingResponse",
    "AsyncOrganizationsResource",
    "AsyncOrganizationsResourceWithRawResponse",
    "AsyncOrganizationsResourceWithStreamingResponse",
    "APIKeysResource",
    "APIKeysResourceWithRawResponse",
    "APIKeysResourceWithStreamingResponse",
    "AsyncAPIKeysResource",
    "AsyncAPIKeysResourceWithRawResponse",
    "AsyncAPIKeysResourceWithStreamingResponse",
]
