from __future__ import annotations

from typing import Mapping, cast

import httpx

from ..._files import deepcopy_with_paths
from ..._types import Body, Omit, Query, Headers, NotGiven, FileTypes, omit, not_given
from ..._utils import extract_files, path_template, maybe_transform, async_maybe_transform
from ..._compat import cached_property
from ..._resource import SyncAPIResource, AsyncAPIResource
from ..._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ..._streaming import Stream, AsyncStream
from ...pagination import SyncReleasesPage, AsyncReleasesPage
from ..._base_client import AsyncPaginator, make_request_options
from ...types.servers import release_list_params, release_deploy_params
from ...types.servers.deploy_response import DeployResponse
from ...types.servers.deployment_info import DeploymentInfo
from ...types.servers.resume_response import ResumeResponse
from ...types.servers.release_list_response import ReleaseListResponse

__all__ = ["ReleasesResource", "AsyncReleasesResource"]


class ReleasesResource(SyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> ReleasesResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return ReleasesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReleasesResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return ReleasesResourceWithStreamingResponse(self)

    def list(
        self,
        qualified_name: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncReleasesPage[ReleaseListResponse]:
        """List releases

        List releases ordered by most recent first.

        Logs are omitted — fetch a specific
        release to see logs.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._get_api_list(
            path_template("/servers/{qualified_name}/releases", qualified_name=qualified_name),
            page=SyncReleasesPage[ReleaseListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "page": page,
                        "page_size": page_size,
                    },
                    release_list_params.ReleaseListParams,
                ),
            ),
            model=ReleaseListResponse,
        )

    def deploy(
        self,
        qualified_name: str,
        *,
        payload: str,
        module: FileTypes | Omit = omit,
        sourcemap: FileTypes | Omit = omit,
        bundle: FileTypes | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeployResponse:
        """Publish a server

        Submit a release via multipart form.

        Supports hosted (JS module upload),
        external (URL), and stdio (MCPB bundle) release types.

        Args:
          payload: JSON-encoded release payload. See DeployPayload schema for structure.

          module: JavaScript module file (for hosted releases)

          sourcemap: Source map file (for hosted releases)

          bundle: MCPB bundle file (for stdio releases)

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        body = deepcopy_with_paths(
            {
                "payload": payload,
                "module": module,
                "sourcemap": sourcemap,
                "bundle": bundle,
            },
            [["module"], ["sourcemap"], ["bundle"]],
        )
        files = extract_files(cast(Mapping[str, object], body), paths=[["module"], ["sourcemap"], ["bundle"]])
        # httpx adds the boundary it picks between the parts to this header when it sends, e.g.
        # multipart/form-data; boundary=---abc--
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._put(
            path_template("/servers/{qualified_name}/releases", qualified_name=qualified_name),
            body=maybe_transform(body, release_deploy_params.ReleaseDeployParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeployResponse,
        )

    def get(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeploymentInfo:
        """
        Get a release

        Retrieve release details including status, git metadata, pipeline logs, and MCP
        endpoint URL.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return self._get(
            path_template("/servers/{qualified_name}/releases/{id}", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeploymentInfo,
        )

    def stream(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[str]:
        """
        Stream release logs

        Real-time SSE stream of release logs and status updates.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return self._get(
            path_template("/servers/{qualified_name}/releases/{id}/stream", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=str,
            stream=True,
            stream_cls=Stream[str],
        )

    def resume(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ResumeResponse:
        """Resume a release

        Resume a paused release (e.g.

        after OAuth authorization). Use id='latest' to
        resume the most recent one.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return self._post(
            path_template("/servers/{qualified_name}/releases/{id}/resume", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ResumeResponse,
        )


class AsyncReleasesResource(AsyncAPIResource):
    """
    Browse the MCP server registry, manage server configuration, and handle deployments
    """

    @cached_property
    def with_raw_response(self) -> AsyncReleasesResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncReleasesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReleasesResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncReleasesResourceWithStreamingResponse(self)

    def list(
        self,
        qualified_name: str,
        *,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[ReleaseListResponse, AsyncReleasesPage[ReleaseListResponse]]:
        """List releases

        List releases ordered by most recent first.

        Logs are omitted — fetch a specific
        release to see logs.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        return self._get_api_list(
            path_template("/servers/{qualified_name}/releases", qualified_name=qualified_name),
            page=AsyncReleasesPage[ReleaseListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "page": page,
                        "page_size": page_size,
                    },
                    release_list_params.ReleaseListParams,
                ),
            ),
            model=ReleaseListResponse,
        )

    async def deploy(
        self,
        qualified_name: str,
        *,
        payload: str,
        module: FileTypes | Omit = omit,
        sourcemap: FileTypes | Omit = omit,
        bundle: FileTypes | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeployResponse:
        """Publish a server

        Submit a release via multipart form.

        Supports hosted (JS module upload),
        external (URL), and stdio (MCPB bundle) release types.

        Args:
          payload: JSON-encoded release payload. See DeployPayload schema for structure.

          module: JavaScript module file (for hosted releases)

          sourcemap: Source map file (for hosted releases)

          bundle: MCPB bundle file (for stdio releases)

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        body = deepcopy_with_paths(
            {
                "payload": payload,
                "module": module,
                "sourcemap": sourcemap,
                "bundle": bundle,
            },
            [["module"], ["sourcemap"], ["bundle"]],
        )
        files = extract_files(cast(Mapping[str, object], body), paths=[["module"], ["sourcemap"], ["bundle"]])
        # httpx adds the boundary it picks between the parts to this header when it sends, e.g.
        # multipart/form-data; boundary=---abc--
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._put(
            path_template("/servers/{qualified_name}/releases", qualified_name=qualified_name),
            body=await async_maybe_transform(body, release_deploy_params.ReleaseDeployParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeployResponse,
        )

    async def get(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeploymentInfo:
        """
        Get a release

        Retrieve release details including status, git metadata, pipeline logs, and MCP
        endpoint URL.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return await self._get(
            path_template("/servers/{qualified_name}/releases/{id}", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeploymentInfo,
        )

    async def stream(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[str]:
        """
        Stream release logs

        Real-time SSE stream of release logs and status updates.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        extra_headers = {"Accept": "text/event-stream", **(extra_headers or {})}
        return await self._get(
            path_template("/servers/{qualified_name}/releases/{id}/stream", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=str,
            stream=True,
            stream_cls=AsyncStream[str],
        )

    async def resume(
        self,
        id: str,
        *,
        qualified_name: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ResumeResponse:
        """Resume a release

        Resume a paused release (e.g.

        after OAuth authorization). Use id='latest' to
        resume the most recent one.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not qualified_name:
            raise ValueError(f"Expected a non-empty value for `qualified_name` but received {qualified_name!r}")
        if not id:
            raise ValueError(f"Expected a non-empty value for `id` but received {id!r}")
        return await self._post(
            path_template("/servers/{qualified_name}/releases/{id}/resume", qualified_name=qualified_name, id=id),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=ResumeResponse,
        )


class ReleasesResourceWithRawResponse:
    def __init__(self, releases: ReleasesResource) -> None:
        self._releases = releases

        self.list = to_raw_response_wrapper(
            releases.list,
        )
        self.deploy = to_raw_response_wrapper(
            releases.deploy,
        )
        self.get = to_raw_response_wrapper(
            releases.get,
        )
        self.stream = to_raw_response_wrapper(
            releases.stream,
        )
        self.resume = to_raw_response_wrapper(
            releases.resume,
        )


class AsyncReleasesResourceWithRawResponse:
    def __init__(self, releases: AsyncReleasesResource) -> None:
        self._releases = releases

        self.list = async_to_raw_response_wrapper(
            releases.list,
        )
        self.deploy = async_to_raw_response_wrapper(
            releases.deploy,
        )
        self.get = async_to_raw_response_wrapper(
            releases.get,
        )
        self.stream = async_to_raw_response_wrapper(
            releases.stream,
        )
        self.resume = async_to_raw_response_wrapper(
            releases.resume,
        )


class ReleasesResourceWithStreamingResponse:
    def __init__(self, releases: ReleasesResource) -> None:
        self._releases = releases

        self.list = to_streamed_response_wrapper(
            releases.list,
        )
        self.deploy = to_streamed_response_wrapper(
            releases.deploy,
        )
        self.get = to_streamed_response_wrapper(
            releases.get,
        )
        self.stream = to_streamed_response_wrapper(
            releases.stream,
        )
        self.resume = to_streamed_response_wrapper(
            releases.resume,
        )


class AsyncReleasesResourceWithStreamingResponse:
    def __init__(self, releases: AsyncReleasesResource) -> None:
        self._releases = releases

        self.list = async_to_streamed_response_wrapper(
            releases.list,
        )
        self.deploy = async_to_streamed_response_wrapper(
            releases.deploy,
        )
        self.get = async_to_streamed_response_wrapper(
            releases.get,
        )
        self.stream = async_to_streamed_response_wrapper(
            releases.stream,
        )
        self.resume = async_to_streamed_response_wrapper(
            releases.resume,
        )
