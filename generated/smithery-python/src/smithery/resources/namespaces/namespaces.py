from __future__ import annotations

from typing_extensions import Literal

import httpx

from ...types import namespace_list_params
from .servers import (
    ServersResource,
    AsyncServersResource,
    ServersResourceWithRawResponse,
    AsyncServersResourceWithRawResponse,
    ServersResourceWithStreamingResponse,
    AsyncServersResourceWithStreamingResponse,
)
from ..._types import Body, Omit, Query, Headers, NotGiven, omit, not_given
from ..._utils import path_template, maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ...pagination import SyncNamespacesPage, AsyncNamespacesPage
from ..._base_client import AsyncPaginator, make_request_options
from ...types.namespace_search_result import NamespaceSearchResult
from ...types.create_namespace_response import CreateNamespaceResponse
from ...types.delete_namespace_response import DeleteNamespaceResponse

__all__ = ["NamespacesResource", "AsyncNamespacesResource"]


class NamespacesResource(SyncAPIResource):
    @cached_property
    def servers(self) -> ServersResource:
        return ServersResource(self._client)

    @cached_property
    def with_raw_response(self) -> NamespacesResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return NamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NamespacesResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return NamespacesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        q: str | Omit = omit,
        owner_id: str | Omit = omit,
        has_servers: Literal["0", "1", "true", "false"] | Omit = omit,
        has_skills: Literal["0", "1", "true", "false"] | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        fields: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncNamespacesPage[NamespaceSearchResult]:
        """
        Get user's namespaces or search namespaces

        When called without query params, returns the authenticated user's namespaces
        (backwards compatible). When query params are provided, searches public
        namespaces with pagination. Use ownerId to filter by owner, hasServers/hasSkills
        to filter by content, q for text search.

        Args:
          q: Text search query (prefix match on name)

          owner_id: Filter by owner ID

          has_servers: Filter namespaces with servers

          has_skills: Filter namespaces with skills

          fields: Comma-separated list of fields to include in response

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/namespaces",
            page=SyncNamespacesPage[NamespaceSearchResult],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "owner_id": owner_id,
                        "has_servers": has_servers,
                        "has_skills": has_skills,
                        "page": page,
                        "page_size": page_size,
                        "fields": fields,
                    },
                    namespace_list_params.NamespaceListParams,
                ),
            ),
            model=NamespaceSearchResult,
        )

    def create(
        self,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceResponse:
        """
        Create a new namespace with generated name

        Create a new namespace with a server-generated human-readable name, owned by the
        authenticated user
        """
        return self._post(
            "/namespaces",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceResponse,
        )

    def set(
        self,
        name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceResponse:
        """
        Create a new namespace

        Create a new namespace owned by the authenticated user or an organization. This
        endpoint is idempotent - if the namespace already exists and is owned by the
        user/org, returns success. Pass organizationId in the request body to create an
        org-owned namespace.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not name:
            raise ValueError(f"Expected a non-empty value for `name` but received {name!r}")
        return self._put(
            path_template("/namespaces/{name}", name=name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceResponse,
        )

    def delete(
        self,
        name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteNamespaceResponse:
        """Delete a namespace

        Delete a namespace owned by the authenticated user.

        The namespace must not
        contain any servers. Skills and connections in the namespace will be deleted
        automatically.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not name:
            raise ValueError(f"Expected a non-empty value for `name` but received {name!r}")
        return self._delete(
            path_template("/namespaces/{name}", name=name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteNamespaceResponse,
        )


class AsyncNamespacesResource(AsyncAPIResource):
    @cached_property
    def servers(self) -> AsyncServersResource:
        return AsyncServersResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncNamespacesResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncNamespacesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNamespacesResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncNamespacesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        q: str | Omit = omit,
        owner_id: str | Omit = omit,
        has_servers: Literal["0", "1", "true", "false"] | Omit = omit,
        has_skills: Literal["0", "1", "true", "false"] | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        fields: str | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[NamespaceSearchResult, AsyncNamespacesPage[NamespaceSearchResult]]:
        """
        Get user's namespaces or search namespaces

        When called without query params, returns the authenticated user's namespaces
        (backwards compatible). When query params are provided, searches public
        namespaces with pagination. Use ownerId to filter by owner, hasServers/hasSkills
        to filter by content, q for text search.

        Args:
          q: Text search query (prefix match on name)

          owner_id: Filter by owner ID

          has_servers: Filter namespaces with servers

          has_skills: Filter namespaces with skills

          fields: Comma-separated list of fields to include in response

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/namespaces",
            page=AsyncNamespacesPage[NamespaceSearchResult],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "owner_id": owner_id,
                        "has_servers": has_servers,
                        "has_skills": has_skills,
                        "page": page,
                        "page_size": page_size,
                        "fields": fields,
                    },
                    namespace_list_params.NamespaceListParams,
                ),
            ),
            model=NamespaceSearchResult,
        )

    async def create(
        self,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceResponse:
        """
        Create a new namespace with generated name

        Create a new namespace with a server-generated human-readable name, owned by the
        authenticated user
        """
        return await self._post(
            "/namespaces",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceResponse,
        )

    async def set(
        self,
        name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateNamespaceResponse:
        """
        Create a new namespace

        Create a new namespace owned by the authenticated user or an organization. This
        endpoint is idempotent - if the namespace already exists and is owned by the
        user/org, returns success. Pass organizationId in the request body to create an
        org-owned namespace.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not name:
            raise ValueError(f"Expected a non-empty value for `name` but received {name!r}")
        return await self._put(
            path_template("/namespaces/{name}", name=name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateNamespaceResponse,
        )

    async def delete(
        self,
        name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteNamespaceResponse:
        """Delete a namespace

        Delete a namespace owned by the authenticated user.

        The namespace must not
        contain any servers. Skills and connections in the namespace will be deleted
        automatically.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not name:
            raise ValueError(f"Expected a non-empty value for `name` but received {name!r}")
        return await self._delete(
            path_template("/namespaces/{name}", name=name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteNamespaceResponse,
        )


class NamespacesResourceWithRawResponse:
    def __init__(self, namespaces: NamespacesResource) -> None:
        self._namespaces = namespaces

        self.list = to_raw_response_wrapper(
            namespaces.list,
        )
        self.create = to_raw_response_wrapper(
            namespaces.create,
        )
        self.set = to_raw_response_wrapper(
            namespaces.set,
        )
        self.delete = to_raw_response_wrapper(
            namespaces.delete,
        )

    @cached_property
    def servers(self) -> ServersResourceWithRawResponse:
        return ServersResourceWithRawResponse(self._namespaces.servers)


class AsyncNamespacesResourceWithRawResponse:
    def __init__(self, namespaces: AsyncNamespacesResource) -> None:
        self._namespaces = namespaces

        self.list = async_to_raw_response_wrapper(
            namespaces.list,
        )
        self.create = async_to_raw_response_wrapper(
            namespaces.create,
        )
        self.set = async_to_raw_response_wrapper(
            namespaces.set,
        )
        self.delete = async_to_raw_response_wrapper(
            namespaces.delete,
        )

    @cached_property
    def servers(self) -> AsyncServersResourceWithRawResponse:
        return AsyncServersResourceWithRawResponse(self._namespaces.servers)


class NamespacesResourceWithStreamingResponse:
    def __init__(self, namespaces: NamespacesResource) -> None:
        self._namespaces = namespaces

        self.list = to_streamed_response_wrapper(
            namespaces.list,
        )
        self.create = to_streamed_response_wrapper(
            namespaces.create,
        )
        self.set = to_streamed_response_wrapper(
            namespaces.set,
        )
        self.delete = to_streamed_response_wrapper(
            namespaces.delete,
        )

    @cached_property
    def servers(self) -> ServersResourceWithStreamingResponse:
        return ServersResourceWithStreamingResponse(self._namespaces.servers)


class AsyncNamespacesResourceWithStreamingResponse:
    def __init__(self, namespaces: AsyncNamespacesResource) -> None:
        self._namespaces = namespaces

        self.list = async_to_streamed_response_wrapper(
            namespaces.list,
        )
        self.create = async_to_streamed_response_wrapper(
            namespaces.create,
        )
        self.set = async_to_streamed_response_wrapper(
            namespaces.set,
        )
        self.delete = async_to_streamed_response_wrapper(
            namespaces.delete,
        )

    @cached_property
    def servers(self) -> AsyncServersResourceWithStreamingResponse:
        return AsyncServersResourceWithStreamingResponse(self._namespaces.servers)
