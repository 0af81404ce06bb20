from __future__ import annotations

import httpx

from ..._types import Body, Query, Headers, NotGiven, not_given
from ..._utils import path_template, maybe_transform, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ..._base_client import make_request_options
from ...types.servers import domain_update_params
from ...types.servers.domain_resource import DomainResource
from ...types.servers.domain_list_response import DomainListResponse

__all__ = ["DomainsResource", "AsyncDomainsResource"]


class DomainsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> DomainsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return DomainsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DomainsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return DomainsResourceWithStreamingResponse(self)

    def list(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DomainListResponse:
        """
        List domains

        List the domains for a server.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._get(
            path_template("/servers/{qualified_name}/domains", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DomainListResponse,
        )

    def update(
        self,
        domain_id: str,
        *,
        qualified_name: str,
        subdomain: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DomainResource:
        """
        Update managed domain

        Update the managed run.tools slug for a server.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not domain_id:
            raise ValueError(f"Expected a non-empty value for `domain_id` but received {domain_id!r}")
        return self._patch(
            path_template(
                "/servers/{qualified_name}/domains/{domain_id}", qualified_name=qualified_name, domain_id=domain_id
            ),
            body=maybe_transform({"subdomain": subdomain}, domain_update_params.DomainUpdateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DomainResource,
        )


class AsyncDomainsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncDomainsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncDomainsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDomainsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncDomainsResourceWithStreamingResponse(self)

    async def list(
        self,
        qualified_name: str,
        *,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DomainListResponse:
        """
        List domains

        List the domains for a server.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return await self._get(
            path_template("/servers/{qualified_name}/domains", qualified_name=qualified_name),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DomainListResponse,
        )

    async def update(
        self,
        domain_id: str,
        *,
        qualified_name: str,
        subdomain: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DomainResource:
        """
        Update managed domain

        Update the managed run.tools slug for a server.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not domain_id:
            raise ValueError(f"Expected a non-empty value for `domain_id` but received {domain_id!r}")
        return await self._patch(
            path_template(
                "/servers/{qualified_name}/domains/{domain_id}", qualified_name=qualified_name, domain_id=domain_id
            ),
            body=await async_maybe_transform({"subdomain": subdomain}, domain_update_params.DomainUpdateParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DomainResource,
        )


class DomainsResourceWithRawResponse:
    def __init__(self, domains: DomainsResource) -> None:
        self._domains = domains

        self.list = to_raw_response_wrapper(
            domains.list,
        )
        self.update = to_raw_response_wrapper(
            domains.update,
        )


class AsyncDomainsResourceWithRawResponse:
    def __init__(self, domains: AsyncDomainsResource) -> None:
        self._domains = domains

        self.list = async_to_raw_response_wrapper(
            domains.list,
        )
        self.update = async_to_raw_response_wrapper(
            domains.update,
        )


class DomainsResourceWithStreamingResponse:
    def __init__(self, domains: DomainsResource) -> None:
        self._domains = domains

        self.list = to_streamed_response_wrapper(
            domains.list,
        )
        self.update = to_streamed_response_wrapper(
            domains.update,
        )


class AsyncDomainsResourceWithStreamingResponse:
    def __init__(self, domains: AsyncDomainsResource) -> None:
        self._domains = domains

        self.list = async_to_streamed_response_wrapper(
            domains.list,
        )
        self.update = async_to_streamed_response_wrapper(
            domains.update,
        )
