from __future__ import annotations

import typing_extensions
from typing import Mapping, cast

import httpx

from ..types import skill_set_params, skill_list_params, skill_create_params, skill_upload_params
from .._files import deepcopy_with_paths
from .._types import Body, Omit, Query, Headers, NotGiven, FileTypes, omit, not_given
from .._utils import extract_files, path_template, maybe_transform, async_maybe_transform
from .._compat import cached_property
from .._resource import SyncAPIResource, AsyncAPIResource
from .._response import (
    BinaryAPIResponse,
    AsyncBinaryAPIResponse,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    to_custom_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_raw_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from ..pagination import SyncSkillsPage, AsyncSkillsPage
from .._base_client import AsyncPaginator, make_request_options
from ..types.skill_summary import SkillSummary
from ..types.skill_response import SkillResponse
from ..types.put_skill_response import PutSkillResponse
from ..types.sync_skill_response import SyncSkillResponse
from ..types.create_skill_response import CreateSkillResponse
from ..types.delete_skill_response import DeleteSkillResponse

__all__ = ["SkillsResource", "AsyncSkillsResource"]


class SkillsResource(SyncAPIResource):
    """Discover and search reusable prompt-based skills for MCP servers"""

    @cached_property
    def with_raw_response(self) -> SkillsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return SkillsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return SkillsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        q: str | Omit = omit,
        category: str | Omit = omit,
        namespace: str | Omit = omit,
        slug: str | Omit = omit,
        owner_id: str | Omit = omit,
        verified: bool | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        top_k: int | Omit = omit,
        fields: str | Omit = omit,
        seed: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncSkillsPage[SkillSummary]:
        """List or search skills

        Search and browse reusable prompt-based skills.

        Supports full-text and semantic
        search via the `q` parameter, and filtering by category, namespace, or slug.

        Args:
          q: Search query for full-text and semantic search across skill names and
              descriptions.

          category: Filter by skill category (e.g. 'code', 'data', 'web').

          namespace: Filter by the namespace that owns the skill.

          slug: Filter by exact skill slug within a namespace. Deprecated: use GET
              /skills/:namespace/:slug instead.

          owner_id: Filter by the skill owner's organization ID.

          verified: Filter by whether the skill's namespace is verified.

          page: Page number (1-indexed).

          page_size: Number of results per page (default 20, max 100).

          top_k: Maximum number of candidate results to consider from the search index before
              pagination. The server applies a hard cap of 500 to keep the rerank window
              bounded; pass `seed` for stable deep pagination.

          fields: Comma-separated list of fields to include in response

          seed: Random seed for deterministic pagination. When provided, results use a stable
              sort order that is consistent across pages for the same seed value.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/skills",
            page=SyncSkillsPage[SkillSummary],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "category": category,
                        "namespace": namespace,
                        "slug": slug,
                        "owner_id": owner_id,
                        "verified": verified,
                        "page": page,
                        "page_size": page_size,
                        "top_k": top_k,
                        "fields": fields,
                        "seed": seed,
                    },
                    skill_list_params.SkillListParams,
                ),
            ),
            model=SkillSummary,
        )

    @typing_extensions.deprecated("deprecated")
    def create(
        self,
        *,
        namespace: str,
        slug: str,
        git_url: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateSkillResponse:
        """
        Create a new skill (deprecated)

        **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Create a new skill
        by linking a GitHub repository containing a SKILL.md file.

        Args:
          namespace: The namespace to create the skill in.

          slug: URL-friendly identifier for the skill.

          git_url: GitHub URL pointing to a repository with SKILL.md

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._post(
            "/skills",
            body=maybe_transform(
                {
                    "namespace": namespace,
                    "slug": slug,
                    "git_url": git_url,
                },
                skill_create_params.SkillCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateSkillResponse,
        )

    def get(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillResponse:
        """
        Get a skill

        Get a single skill by its namespace and slug.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return self._get(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillResponse,
        )

    def set(
        self,
        slug: str,
        *,
        namespace: str,
        body: object,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PutSkillResponse:
        """
        Create or update a skill

        Idempotent endpoint to create or update a GitHub-backed skill. Send
        application/json with `gitUrl`.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return self._put(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            body=maybe_transform(body, skill_set_params.SkillSetParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=PutSkillResponse,
        )

    def delete(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteSkillResponse:
        """Delete a skill

        Delete a skill by namespace and slug.

        Requires ownership of the namespace.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return self._delete(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteSkillResponse,
        )

    def download(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> BinaryAPIResponse:
        """
        Download skill bundle

        Download a ZIP bundle containing all skill files.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        extra_headers = {"Accept": "application/zip", **(extra_headers or {})}
        return self._get(
            path_template("/skills/{namespace}/{slug}/download", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=BinaryAPIResponse,
        )

    @typing_extensions.deprecated("deprecated")
    def sync(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncSkillResponse:
        """
        Sync skill metadata from GitHub (deprecated)

        **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Refetch SKILL.md and
        repository stars from GitHub and update the skill record.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return self._post(
            path_template("/skills/{namespace}/{slug}/sync", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SyncSkillResponse,
        )

    def upload(
        self,
        slug: str,
        *,
        namespace: str,
        archive: FileTypes,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PutSkillResponse:
        """
        Upload a skill bundle

        Upload or replace a skill bundle via multipart/form-data with an `archive` file.

        Args:
          archive: ZIP file upload containing a skill folder with SKILL.md and any scripts,
              references, or assets.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        body = deepcopy_with_paths({"archive": archive}, [["archive"]])
        files = extract_files(cast(Mapping[str, object], body), paths=[["archive"]])
        # httpx adds the boundary it picks between the parts to this header when it sends, e.g.
        # multipart/form-data; boundary=---abc--
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return self._put(
            path_template("/skills/{namespace}/{slug}/upload", namespace=namespace, slug=slug),
            body=maybe_transform(body, skill_upload_params.SkillUploadParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=PutSkillResponse,
        )


class AsyncSkillsResource(AsyncAPIResource):
    """Discover and search reusable prompt-based skills for MCP servers"""

    @cached_property
    def with_raw_response(self) -> AsyncSkillsResourceWithRawResponse:
        """
        Put before a method call (`.with_raw_response.<method>(...)`) to get the HTTP response
        itself (status, headers, body) instead of the parsed result.
        """
        return AsyncSkillsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsResourceWithStreamingResponse:
        """
        As `.with_raw_response`, but the body is read only when asked for (a context manager).
        """
        return AsyncSkillsResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        q: str | Omit = omit,
        category: str | Omit = omit,
        namespace: str | Omit = omit,
        slug: str | Omit = omit,
        owner_id: str | Omit = omit,
        verified: bool | Omit = omit,
        page: int | Omit = omit,
        page_size: int | Omit = omit,
        top_k: int | Omit = omit,
        fields: str | Omit = omit,
        seed: int | Omit = omit,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[SkillSummary, AsyncSkillsPage[SkillSummary]]:
        """List or search skills

        Search and browse reusable prompt-based skills.

        Supports full-text and semantic
        search via the `q` parameter, and filtering by category, namespace, or slug.

        Args:
          q: Search query for full-text and semantic search across skill names and
              descriptions.

          category: Filter by skill category (e.g. 'code', 'data', 'web').

          namespace: Filter by the namespace that owns the skill.

          slug: Filter by exact skill slug within a namespace. Deprecated: use GET
              /skills/:namespace/:slug instead.

          owner_id: Filter by the skill owner's organization ID.

          verified: Filter by whether the skill's namespace is verified.

          page: Page number (1-indexed).

          page_size: Number of results per page (default 20, max 100).

          top_k: Maximum number of candidate results to consider from the search index before
              pagination. The server applies a hard cap of 500 to keep the rerank window
              bounded; pass `seed` for stable deep pagination.

          fields: Comma-separated list of fields to include in response

          seed: Random seed for deterministic pagination. When provided, results use a stable
              sort order that is consistent across pages for the same seed value.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._get_api_list(
            "/skills",
            page=AsyncSkillsPage[SkillSummary],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "q": q,
                        "category": category,
                        "namespace": namespace,
                        "slug": slug,
                        "owner_id": owner_id,
                        "verified": verified,
                        "page": page,
                        "page_size": page_size,
                        "top_k": top_k,
                        "fields": fields,
                        "seed": seed,
                    },
                    skill_list_params.SkillListParams,
                ),
            ),
            model=SkillSummary,
        )

    @typing_extensions.deprecated("deprecated")
    async def create(
        self,
        *,
        namespace: str,
        slug: str,
        git_url: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CreateSkillResponse:
        """
        Create a new skill (deprecated)

        **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Create a new skill
        by linking a GitHub repository containing a SKILL.md file.

        Args:
          namespace: The namespace to create the skill in.

          slug: URL-friendly identifier for the skill.

          git_url: GitHub URL pointing to a repository with SKILL.md

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._post(
            "/skills",
            body=await async_maybe_transform(
                {
                    "namespace": namespace,
                    "slug": slug,
                    "git_url": git_url,
                },
                skill_create_params.SkillCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=CreateSkillResponse,
        )

    async def get(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SkillResponse:
        """
        Get a skill

        Get a single skill by its namespace and slug.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return await self._get(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SkillResponse,
        )

    async def set(
        self,
        slug: str,
        *,
        namespace: str,
        body: object,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PutSkillResponse:
        """
        Create or update a skill

        Idempotent endpoint to create or update a GitHub-backed skill. Send
        application/json with `gitUrl`.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return await self._put(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            body=await async_maybe_transform(body, skill_set_params.SkillSetParams),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=PutSkillResponse,
        )

    async def delete(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> DeleteSkillResponse:
        """Delete a skill

        Delete a skill by namespace and slug.

        Requires ownership of the namespace.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return await self._delete(
            path_template("/skills/{namespace}/{slug}", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=DeleteSkillResponse,
        )

    async def download(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncBinaryAPIResponse:
        """
        Download skill bundle

        Download a ZIP bundle containing all skill files.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        extra_headers = {"Accept": "application/zip", **(extra_headers or {})}
        return await self._get(
            path_template("/skills/{namespace}/{slug}/download", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=AsyncBinaryAPIResponse,
        )

    @typing_extensions.deprecated("deprecated")
    async def sync(
        self,
        slug: str,
        *,
        namespace: str,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncSkillResponse:
        """
        Sync skill metadata from GitHub (deprecated)

        **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Refetch SKILL.md and
        repository stars from GitHub and update the skill record.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        return await self._post(
            path_template("/skills/{namespace}/{slug}/sync", namespace=namespace, slug=slug),
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=SyncSkillResponse,
        )

    async def upload(
        self,
        slug: str,
        *,
        namespace: str,
        archive: FileTypes,
        # Headers, query params and body fields beyond the ones this method takes, sent with this request (they win
        # over the client's and this method's own), and its timeout in seconds.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> PutSkillResponse:
        """
        Upload a skill bundle

        Upload or replace a skill bundle via multipart/form-data with an `archive` file.

        Args:
          archive: ZIP file upload containing a skill folder with SKILL.md and any scripts,
              references, or assets.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        if not namespace:
            raise ValueError(f"Expected a non-empty value for `namespace` but received {namespace!r}")
        if not slug:
            raise ValueError(f"Expected a non-empty value for `slug` but received {slug!r}")
        body = deepcopy_with_paths({"archive": archive}, [["archive"]])
        files = extract_files(cast(Mapping[str, object], body), paths=[["archive"]])
        # httpx adds the boundary it picks between the parts to this header when it sends, e.g.
        # multipart/form-data; boundary=---abc--
        extra_headers = {"Content-Type": "multipart/form-data", **(extra_headers or {})}
        return await self._put(
            path_template("/skills/{namespace}/{slug}/upload", namespace=namespace, slug=slug),
            body=await async_maybe_transform(body, skill_upload_params.SkillUploadParams),
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=PutSkillResponse,
        )


class SkillsResourceWithRawResponse:
    def __init__(self, skills: SkillsResource) -> None:
        self._skills = skills

        self.list = to_raw_response_wrapper(
            skills.list,
        )
        self.create = (  # pyright: ignore[reportDeprecated]
            to_raw_response_wrapper(
                skills.create,  # pyright: ignore[reportDeprecated],
            )
        )
        self.get = to_raw_response_wrapper(
            skills.get,
        )
        self.set = to_raw_response_wrapper(
            skills.set,
        )
        self.delete = to_raw_response_wrapper(
            skills.delete,
        )
        self.download = to_custom_raw_response_wrapper(
            skills.download,
            BinaryAPIResponse,
        )
        self.sync = (  # pyright: ignore[reportDeprecated]
            to_raw_response_wrapper(
                skills.sync,  # pyright: ignore[reportDeprecated],
            )
        )
        self.upload = to_raw_response_wrapper(
            skills.upload,
        )


class AsyncSkillsResourceWithRawResponse:
    def __init__(self, skills: AsyncSkillsResource) -> None:
        self._skills = skills

        self.list = async_to_raw_response_wrapper(
            skills.list,
        )
        self.create = (  # pyright: ignore[reportDeprecated]
            async_to_raw_response_wrapper(
                skills.create,  # pyright: ignore[reportDeprecated],
            )
        )
        self.get = async_to_raw_response_wrapper(
            skills.get,
        )
        self.set = async_to_raw_response_wrapper(
            skills.set,
        )
        self.delete = async_to_raw_response_wrapper(
            skills.delete,
        )
        self.download = async_to_custom_raw_response_wrapper(
            skills.download,
            AsyncBinaryAPIResponse,
        )
        self.sync = (  # pyright: ignore[reportDeprecated]
            async_to_raw_response_wrapper(
                skills.sync,  # pyright: ignore[reportDeprecated],
            )
        )
        self.upload = async_to_raw_response_wrapper(
            skills.upload,
        )


class SkillsResourceWithStreamingResponse:
    def __init__(self, skills: SkillsResource) -> None:
        self._skills = skills

        self.list = to_streamed_response_wrapper(
            skills.list,
        )
        self.create = (  # pyright: ignore[reportDeprecated]
            to_streamed_response_wrapper(
                skills.create,  # pyright: ignore[reportDeprecated],
            )
        )
        self.get = to_streamed_response_wrapper(
            skills.get,
        )
        self.set = to_streamed_response_wrapper(
            skills.set,
        )
        self.delete = to_streamed_response_wrapper(
            skills.delete,
        )
        self.download = to_custom_streamed_response_wrapper(
            skills.download,
            StreamedBinaryAPIResponse,
        )
        self.sync = (  # pyright: ignore[reportDeprecated]
            to_streamed_response_wrapper(
                skills.sync,  # pyright: ignore[reportDeprecated],
            )
        )
        self.upload = to_streamed_response_wrapper(
            skills.upload,
        )


class AsyncSkillsResourceWithStreamingResponse:
    def __init__(self, skills: AsyncSkillsResource) -> None:
        self._skills = skills

        self.list = async_to_streamed_response_wrapper(
            skills.list,
        )
        self.create = (  # pyright: ignore[reportDeprecated]
            async_to_streamed_response_wrapper(
                skills.create,  # pyright: ignore[reportDeprecated],
            )
        )
        self.get = async_to_streamed_response_wrapper(
            skills.get,
        )
        self.set = async_to_streamed_response_wrapper(
            skills.set,
        )
        self.delete = async_to_streamed_response_wrapper(
            skills.delete,
        )
        self.download = async_to_custom_streamed_response_wrapper(
            skills.download,
            AsyncStreamedBinaryAPIResponse,
        )
        self.sync = (  # pyright: ignore[reportDeprecated]
            async_to_streamed_response_wrapper(
                skills.sync,  # pyright: ignore[reportDeprecated],
            )
        )
        self.upload = async_to_streamed_response_wrapper(
            skills.upload,
        )
