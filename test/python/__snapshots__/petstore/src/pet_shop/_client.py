from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Mapping
from typing_extensions import Self, override

import httpx

from . import _exceptions
from ._qs import Querystring
from ._types import (
    Omit,
    Timeout,
    NotGiven,
    Transport,
    ProxiesTypes,
    RequestOptions,
    not_given,
)
from ._utils import (
    is_given,
    is_mapping_t,
    get_async_library,
)
from ._compat import cached_property
from ._version import __version__
from ._streaming import Stream as Stream, AsyncStream as AsyncStream
from ._exceptions import PetError, APIStatusError
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    SyncAPIClient,
    AsyncAPIClient,
)

if TYPE_CHECKING:
    from .resources import pets, stores
    from .resources.pets import PetsResource, AsyncPetsResource
    from .resources.stores.stores import StoresResource, AsyncStoresResource

__all__ = ["Timeout", "Transport", "ProxiesTypes", "RequestOptions", "Pet", "AsyncPet", "Client", "AsyncClient"]


class Pet(SyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new synchronous Pet client instance.

        When `api_key` is not given, it is read from the `PET_API_KEY` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("PET_API_KEY")
        if api_key is None:
            raise PetError(
                "The api_key client option must be set either by passing api_key to the client or by setting the PET_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("PET_BASE_URL")
        if base_url is None:
            base_url = f"https://api.petshop.test/v1"

        custom_headers_env = os.environ.get("PET_CUSTOM_HEADERS")
        if custom_headers_env is not None:
            parsed: dict[str, str] = {}
            for line in custom_headers_env.split("\n"):
                colon = line.find(":")
                if colon >= 0:
                    parsed[line[:colon].strip()] = line[colon + 1 :].strip()
            default_headers = {**parsed, **(default_headers if is_mapping_t(default_headers) else {})}

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def stores(self) -> StoresResource:
        from .resources.stores import StoresResource

        return StoresResource(self)

    @cached_property
    def with_raw_response(self) -> PetWithRawResponse:
        return PetWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetWithStreamedResponse:
        return PetWithStreamedResponse(self)

    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(array_format="repeat")

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        return {"Authorization": f"Bearer {api_key}"}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": "false",
            **self._custom_headers,
        }

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.Client | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """
        Create a new client instance re-using the same options given to the current client with optional overriding.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")

        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")

        headers = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        http_client = http_client or self._client
        return self.__class__(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            default_headers=headers,
            default_query=params,
            **_extra_kwargs,
        )

    # Alias for `copy` for nicer inline usage, e.g.
    # client.with_options(timeout=10).foo.create(...)
    with_options = copy

    @override
    def _make_status_error(
        self,
        err_msg: str,
        *,
        body: object,
        response: httpx.Response,
    ) -> APIStatusError:
        if response.status_code == 400:
            return _exceptions.BadRequestError(err_msg, response=response, body=body)

        if response.status_code == 401:
            return _exceptions.AuthenticationError(err_msg, response=response, body=body)

        if response.status_code == 403:
            return _exceptions.PermissionDeniedError(err_msg, response=response, body=body)

        if response.status_code == 404:
            return _exceptions.NotFoundError(err_msg, response=response, body=body)

        if response.status_code == 409:
            return _exceptions.ConflictError(err_msg, response=response, body=body)

        if response.status_code == 422:
            return _exceptions.UnprocessableEntityError(err_msg, response=response, body=body)

        if response.status_code == 429:
            return _exceptions.RateLimitError(err_msg, response=response, body=body)

        if response.status_code >= 500:
            return _exceptions.InternalServerError(err_msg, response=response, body=body)
        return APIStatusError(err_msg, response=response, body=body)


class AsyncPet(AsyncAPIClient):
    # client options
    api_key: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new async AsyncPet client instance.

        When `api_key` is not given, it is read from the `PET_API_KEY` environment variable.
        """
        if api_key is None:
            api_key = os.environ.get("PET_API_KEY")
        if api_key is None:
            raise PetError(
                "The api_key client option must be set either by passing api_key to the client or by setting the PET_API_KEY environment variable"
            )
        self.api_key = api_key

        if base_url is None:
            base_url = os.environ.get("PET_BASE_URL")
        if base_url is None:
            base_url = f"https://api.petshop.test/v1"

        custom_headers_env = os.environ.get("PET_CUSTOM_HEADERS")
        if custom_headers_env is not None:
            parsed: dict[str, str] = {}
            for line in custom_headers_env.split("\n"):
                colon = line.find(":")
                if colon >= 0:
                    parsed[line[:colon].strip()] = line[colon + 1 :].strip()
            default_headers = {**parsed, **(default_headers if is_mapping_t(default_headers) else {})}

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def stores(self) -> AsyncStoresResource:
        from .resources.stores import AsyncStoresResource

        return AsyncStoresResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncPetWithRawResponse:
        return AsyncPetWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetWithStreamedResponse:
        return AsyncPetWithStreamedResponse(self)

    @property
    @override
    def qs(self) -> Querystring:
        return Querystring(array_format="repeat")

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        api_key = self.api_key
        return {"Authorization": f"Bearer {api_key}"}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": f"async:{get_async_library()}",
            **self._custom_headers,
        }

    def copy(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | NotGiven = not_given,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """
        Create a new client instance re-using the same options given to the current client with optional overriding.
        """
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")

        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")

        headers = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        http_client = http_client or self._client
        return self.__class__(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            default_headers=headers,
            default_query=params,
            **_extra_kwargs,
        )

    # Alias for `copy` for nicer inline usage, e.g.
    # client.with_options(timeout=10).foo.create(...)
    with_options = copy

    @override
    def _make_status_error(
        self,
        err_msg: str,
        *,
        body: object,
        response: httpx.Response,
    ) -> APIStatusError:
        if response.status_code == 400:
            return _exceptions.BadRequestError(err_msg, response=response, body=body)

        if response.status_code == 401:
            return _exceptions.AuthenticationError(err_msg, response=response, body=body)

        if response.status_code == 403:
            return _exceptions.PermissionDeniedError(err_msg, response=response, body=body)

        if response.status_code == 404:
            return _exceptions.NotFoundError(err_msg, response=response, body=body)

        if response.status_code == 409:
            return _exceptions.ConflictError(err_msg, response=response, body=body)

        if response.status_code == 422:
            return _exceptions.UnprocessableEntityError(err_msg, response=response, body=body)

        if response.status_code == 429:
            return _exceptions.RateLimitError(err_msg, response=response, body=body)

        if response.status_code >= 500:
            return _exceptions.InternalServerError(err_msg, response=response, body=body)
        return APIStatusError(err_msg, response=response, body=body)


class PetWithRawResponse:
    _client: Pet

    def __init__(self, client: Pet) -> None:
        self._client = client

    @cached_property
    def pets(self) -> pets.PetsResourceWithRawResponse:
        from .resources.pets import PetsResourceWithRawResponse

        return PetsResourceWithRawResponse(self._client.pets)

    @cached_property
    def stores(self) -> stores.StoresResourceWithRawResponse:
        from .resources.stores import StoresResourceWithRawResponse

        return StoresResourceWithRawResponse(self._client.stores)


class AsyncPetWithRawResponse:
    _client: AsyncPet

    def __init__(self, client: AsyncPet) -> None:
        self._client = client

    @cached_property
    def pets(self) -> pets.AsyncPetsResourceWithRawResponse:
        from .resources.pets import AsyncPetsResourceWithRawResponse

        return AsyncPetsResourceWithRawResponse(self._client.pets)

    @cached_property
    def stores(self) -> stores.AsyncStoresResourceWithRawResponse:
        from .resources.stores import AsyncStoresResourceWithRawResponse

        return AsyncStoresResourceWithRawResponse(self._client.stores)


class PetWithStreamedResponse:
    _client: Pet

    def __init__(self, client: Pet) -> None:
        self._client = client

    @cached_property
    def pets(self) -> pets.PetsResourceWithStreamingResponse:
        from .resources.pets import PetsResourceWithStreamingResponse

        return PetsResourceWithStreamingResponse(self._client.pets)

    @cached_property
    def stores(self) -> stores.StoresResourceWithStreamingResponse:
        from .resources.stores import StoresResourceWithStreamingResponse

        return StoresResourceWithStreamingResponse(self._client.stores)


class AsyncPetWithStreamedResponse:
    _client: AsyncPet

    def __init__(self, client: AsyncPet) -> None:
        self._client = client

    @cached_property
    def pets(self) -> pets.AsyncPetsResourceWithStreamingResponse:
        from .resources.pets import AsyncPetsResourceWithStreamingResponse

        return AsyncPetsResourceWithStreamingResponse(self._client.pets)

    @cached_property
    def stores(self) -> stores.AsyncStoresResourceWithStreamingResponse:
        from .resources.stores import AsyncStoresResourceWithStreamingResponse

        return AsyncStoresResourceWithStreamingResponse(self._client.stores)


Client = Pet

AsyncClient = AsyncPet
