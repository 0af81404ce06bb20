from __future__ import annotations

import os
import json
import time
import uuid
import asyncio
import inspect
import logging
import warnings
import importlib
import email.utils
from types import TracebackType
from random import random
from typing import (
    Any,
    Dict,
    List,
    Type,
    Tuple,
    Union,
    Generic,
    Mapping,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Optional,
    Sequence,
    Generator,
    NamedTuple,
    AsyncIterator,
    cast,
    overload,
)
from urllib.parse import urlencode, unquote_plus
from typing_extensions import Self, Literal, override, get_origin

import anyio
import httpx
import pydantic
from httpx import URL

from ._qs import StyledForm, Querystring, encode_form, cookie_header, encode_header_param
from ._files import (
    to_httpx_files,
    read_body_bytes,
    replayable_body,
    async_raw_content,
    async_to_httpx_files,
    async_replayable_body,
)
from ._types import (
    Body,
    Omit,
    Query,
    Headers,
    Timeout,
    NotGiven,
    Security,
    FileTypes,
    ResponseT,
    AnyMapping,
    PostParser,
    BinaryTypes,
    RequestFiles,
    RequestOptions,
    SecurityOptions,
    AsyncBinaryTypes,
    HttpxRequestFiles,
    not_given,
)

# Owners' hand-written resources import it by this name.
from ._utils import (
    is_dict,
    is_list,
    is_given,
    is_mapping,
    merge_mappings,
    merge_mappings as _merge_mappings,  # pyright: ignore[reportUnusedImport]
    get_async_library,
)
from ._compat import request_options_dump
from ._models import EVERY_SCHEME, GenericModel, FinalRequestOptions, validate_type, construct_type
from ._version import __title__, __version__
from ._platform import (
    Arch as Arch,
    Platform as Platform,
    OtherArch as OtherArch,
    OtherPlatform as OtherPlatform,
    get_platform as get_platform,
    get_architecture as get_architecture,
    platform_headers as platform_headers,
    get_python_runtime as get_python_runtime,
    get_python_version as get_python_version,
)
from ._response import (
    APIResponse,
    BaseAPIResponse,
    AsyncAPIResponse,
    response_body_type,
)
from ._constants import (
    DEFAULT_TIMEOUT,
    MAX_RETRY_DELAY,
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    RAW_RESPONSE_HEADER,
    MAX_RETRY_AFTER_SECONDS,
    OVERRIDE_CAST_TO_HEADER,
    DEFAULT_CONNECTION_LIMITS,
)
from ._streaming import Stream, AsyncStream
from ._exceptions import (
    ConflictError,
    NotFoundError,
    APIStatusError,
    RateLimitError,
    APITimeoutError,
    BadRequestError,
    APIConnectionError,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
    APIResponseValidationError,
)
from ._utils._json import openapi_dumps

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_CONNECTION_LIMITS",
    "make_request_options",
    "BasePage",
    "PageInfo",
    "BaseSyncPage",
    "BaseAsyncPage",
    "AsyncPaginator",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "ForceMultipartDict",
]

log: logging.Logger = logging.getLogger(__title__)

_T = TypeVar("_T")
_HttpxClientT = TypeVar("_HttpxClientT", bound=Union[httpx.Client, httpx.AsyncClient])
_DefaultStreamT = TypeVar("_DefaultStreamT", bound=Union[Stream[Any], AsyncStream[Any]])
_StreamT = TypeVar("_StreamT", bound=Stream[Any])
_AsyncStreamT = TypeVar("_AsyncStreamT", bound=AsyncStream[Any])
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

# httpx's own default, to tell a client the user configured from one they did not
HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


def _warn_if_raw_bytes(body: object, options: RequestOptions) -> None:
    # Raw bytes belong in `content=` (the message is the one Stainless's clients give); the warning names the caller.
    # Not where the request says a media type other than JSON's: the bytes are its body as meant (a method of an SDK
    # in Stainless's forms before `content=`, which sends a file as `body=read_file_content(x)`).
    headers = options.get("headers") or {}
    content_type = next((value for key, value in headers.items() if key.lower() == "content-type"), None)
    if isinstance(content_type, str) and "json" not in content_type.lower():
        return
    if isinstance(body, bytes):
        warnings.warn(
            "Passing raw bytes as `body` is deprecated and will be removed in a future version. "
            "Please pass raw bytes via the `content` parameter instead.",
            DeprecationWarning,
            stacklevel=3,
        )


# ---------------------------------------------------------------------------------------------------------------
# Pagination


class PageInfo:
    """Where the next page is: query params to merge into the request (`params=`), a URL to follow (`url=`), or
    body fields to merge into a POST list request (`json=`)."""

    url: Union[URL, NotGiven]
    params: Union[Query, NotGiven]
    json: Union[AnyMapping, NotGiven]

    @overload
    def __init__(self, *, url: Union[URL, str]) -> None: ...

    @overload
    def __init__(self, *, params: Query) -> None: ...

    @overload
    def __init__(self, *, json: AnyMapping) -> None: ...

    def __init__(
        self,
        *,
        url: Union[URL, str, NotGiven] = not_given,
        json: Union[AnyMapping, NotGiven] = not_given,
        params: Union[Query, NotGiven] = not_given,
    ) -> None:
        self.url = URL(url) if isinstance(url, str) else url
        self.json = json
        self.params = params

    @override
    def __repr__(self) -> str:
        if is_given(self.url):
            return f"{self.__class__.__name__}(url={self.url})"
        if is_given(self.json):
            return f"{self.__class__.__name__}(json={self.json})"
        return f"{self.__class__.__name__}(params={self.params})"


class BasePage(GenericModel, Generic[_T]):
    """One page of a list endpoint. A generated page class says where the items are (`_get_page_items`) and how
    to get the next page (`next_page_info`)."""

    _options: FinalRequestOptions = pydantic.PrivateAttr()
    _model: Type[_T] = pydantic.PrivateAttr()

    def has_next_page(self) -> bool:
        items = self._get_page_items()
        if not items:
            return False
        return self.next_page_info() is not None

    def next_page_info(self) -> Optional[PageInfo]:
        raise NotImplementedError("a page class must implement `next_page_info`")

    def _get_page_items(self) -> Iterable[_T]:
        raise NotImplementedError("a page class must implement `_get_page_items`")

    def _info_to_options(self, info: PageInfo) -> FinalRequestOptions:
        options = self._options.model_copy()
        options._strip_raw_response_header()

        if is_given(info.params):
            options.params = {**options.params, **info.params}
            return options

        if is_given(info.url):
            # The URL's own query wins over the first request's params.
            params: Dict[str, object] = {**options.params, **dict(info.url.params.multi_items())}
            options.params = params
            options.url = str(info.url.copy_with(query=None))
            return options

        if is_given(info.json):
            if not is_mapping(options.json_data):
                raise TypeError("Pagination is only supported with mappings")
            options.json_data = {**options.json_data, **info.json}
            return options

        raise ValueError("Unexpected PageInfo state")


def _is_page_class(cast_to: object) -> bool:
    return bool(inspect.isclass(cast_to) and issubclass(cast_to, BasePage))


def _page_builder(cast_to: object) -> Optional[Callable[..., object]]:
    """A page class's `build(response=, data=)` classmethod, where it has one."""
    if not _is_page_class(cast_to):
        return None
    builder: object = getattr(cast_to, "build", None)
    return builder if callable(builder) else None


def _items_field(page_cls: object) -> Optional[str]:
    fields: Mapping[str, Any] = getattr(page_cls, "model_fields", {})
    for name, field in fields.items():
        annotation = getattr(field, "annotation", None)
        if get_origin(annotation) in (list, List):
            return name
    return None


class BaseSyncPage(BasePage[_T], Generic[_T]):
    _client: SyncAPIClient = pydantic.PrivateAttr()

    def _set_private_attributes(self, client: SyncAPIClient, model: Type[_T], options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    @override
    def __iter__(self) -> Iterator[_T]:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        """Every item of this page and of the pages after it, fetching them as needed."""
        for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> Self:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return self._client._request_api_list(self._model, page=self.__class__, options=options)


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    _client: AsyncAPIClient = pydantic.PrivateAttr()

    def _set_private_attributes(self, model: Type[_T], client: AsyncAPIClient, options: FinalRequestOptions) -> None:
        self._model = model
        self._client = client
        self._options = options

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> Self:
        info = self.next_page_info()
        if not info:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        options = self._info_to_options(info)
        return await self._client._request_api_list(self._model, page=self.__class__, options=options)


class AsyncPaginator(Generic[_T, AsyncPageT]):
    """What an async list method returns: `await` it for the first page, or `async for` over every item."""

    def __init__(
        self,
        client: AsyncAPIClient,
        options: FinalRequestOptions,
        page_cls: Type[AsyncPageT],
        model: Type[_T],
    ) -> None:
        self._model = model
        self._client = client
        self._options = options
        self._page_cls = page_cls

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        def _parser(resp: AsyncPageT) -> AsyncPageT:
            resp._set_private_attributes(model=self._model, options=self._options, client=self._client)
            return resp

        self._options.post_parser = _parser
        return await self._client.request(self._page_cls, self._options)

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item


# ---------------------------------------------------------------------------------------------------------------
# The clients


def _with_query(url: URL, query: str, overridden: Iterable[str]) -> URL:
    """`url` (whose path already has a query) with `query` added; a key given in both takes the given value."""
    replaced = set(overridden)
    kept = [pair for pair in url.query.split(b"&") if pair and unquote_plus(pair.split(b"=")[0].decode()) not in replaced]
    if query:
        kept.append(query.encode())
    return url.copy_with(query=b"&".join(kept) or None)


class ForceMultipartDict(Dict[str, None]):
    """Empty but truthy: makes httpx send `multipart/form-data` for a form without file parts."""

    def __bool__(self) -> bool:
        return True


_ForceMultipartDict = ForceMultipartDict


class AuthCredentials(NamedTuple):
    """What a credential adds to a request: headers, query params and cookies."""

    headers: Mapping[str, str] = {}
    query: Mapping[str, str] = {}
    cookies: Mapping[str, str] = {}


class _HeaderLookup(Mapping[str, Union[str, Omit]]):
    """Headers read case-insensitively (HTTP header names are), the last of two spellings winning; `Omit` kept."""

    def __init__(self, headers: Mapping[str, Union[str, Omit]]) -> None:
        self._by_name: Dict[str, Union[str, Omit]] = {key.lower(): value for key, value in headers.items()}

    @override
    def __getitem__(self, key: str) -> Union[str, Omit]:
        return self._by_name[key.lower()]

    @override
    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    @override
    def __len__(self) -> int:
        return len(self._by_name)


class SchemeOption(NamedTuple):
    """A client option holding (part of) a security scheme's credential: its name, environment variable and the
    header it is sent in (None for a query param or a cookie)."""

    name: str
    env_var: Optional[str] = None
    header: Optional[str] = None


def _missing_credentials_message(alternatives: Sequence[Sequence[SchemeOption]], headers: Sequence[str]) -> str:
    """What a request whose operation's security the client holds no credential of says, naming the options, their
    environment variables and the headers that may be omitted instead."""
    named = [" and ".join(option.name for option in options) for options in alternatives if options]
    expected = f"either {' or '.join(named)}" if len(named) > 1 else f"the {named[0] if named else 'credentials'}"
    env_vars = list(dict.fromkeys(o.env_var for options in alternatives for o in options if o.env_var))
    message = f"Could not resolve authentication method. Expected {expected} to be set"
    if env_vars:
        variables = " or ".join(f"`{env_var}`" for env_var in env_vars)
        message += f" (or the {variables} environment variable{'s' if len(env_vars) > 1 else ''})"
    message += "."
    if headers:
        quoted = " or ".join(f"`{header}`" for header in headers)
        message += f" Or for {'one of the' if len(headers) > 1 else 'the'} {quoted} headers to be explicitly omitted"
    return message


def _merge_credentials(parts: Sequence[AuthCredentials]) -> AuthCredentials:
    """Several credentials sent together; a header, param or cookie two of them set is the first's."""
    headers: Dict[str, str] = {}
    query: Dict[str, str] = {}
    cookies: Dict[str, str] = {}
    for part in parts:
        for merged, own in ((headers, part.headers), (query, part.query), (cookies, part.cookies)):
            for key, value in own.items():
                merged.setdefault(key, value)
    return AuthCredentials(headers, query, cookies)


def _credentials_cookie(cookies: Mapping[str, str], *sources: Mapping[str, object]) -> Dict[str, object]:
    """The `Cookie` header with the credentials' cookies before those the request sends; `{}` without any, or when
    the request omits the header."""
    if not cookies:
        return {}
    sent: object = None
    for source in sources:
        for key, value in source.items():
            if key.lower() == "cookie":
                sent = value
    if isinstance(sent, (Omit, NotGiven)):
        return {}
    own = cookie_header(cookies).get("Cookie", "")
    return {"Cookie": f"{own}; {sent}" if isinstance(sent, str) and sent else own}


class BaseClient(Generic[_HttpxClientT, _DefaultStreamT]):
    _client: _HttpxClientT
    _version: str
    _base_url: URL
    max_retries: int
    timeout: Union[float, Timeout, None]
    _strict_response_validation: bool
    _idempotency_header: Optional[str] = None
    """A header (e.g. `Idempotency-Key`) the client sends with one key per request, the same on every retry."""
    _default_stream_cls: Optional[Type[_DefaultStreamT]] = None

    def __init__(
        self,
        *,
        version: Optional[str],
        base_url: Union[str, URL],
        _strict_response_validation: bool,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None] = DEFAULT_TIMEOUT,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        self._version = version if version is not None else __version__
        self._base_url = self._enforce_trailing_slash(URL(base_url))
        self.max_retries = max_retries
        self.timeout = timeout
        # Read-only once set: a client's copy() builds new mappings from them.
        self._custom_headers: Mapping[str, str] = dict(custom_headers or {})
        self._custom_query: Mapping[str, object] = dict(custom_query or {})
        self._strict_response_validation = _strict_response_validation
        if max_retries is None:  # pyright: ignore[reportUnnecessaryComparison]
            raise TypeError("max_retries cannot be None; pass 0 to disable retries or an int")

    @staticmethod
    def _enforce_trailing_slash(url: URL) -> URL:
        if url.raw_path.endswith(b"/"):
            return url
        return url.copy_with(raw_path=url.raw_path + b"/")

    @property
    def base_url(self) -> URL:
        return self._base_url

    @base_url.setter
    def base_url(self, url: Union[URL, str]) -> None:
        self._base_url = self._enforce_trailing_slash(url if isinstance(url, URL) else URL(url))

    @property
    def qs(self) -> Querystring:
        """How query params are serialised: the runtime's defaults; a generated client overrides this with its API's."""
        return Querystring()

    @property
    def custom_auth(self) -> Optional[httpx.Auth]:
        return None

    def _custom_auth(self, security: SecurityOptions) -> Optional[httpx.Auth]:  # noqa: ARG002
        """The `httpx.Auth` each attempt of a request of `security` (scheme → send it) is sent with, as Stainless's
        runtime asks it: `custom_auth` unless a client overrides this."""
        return self.custom_auth

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {}

    @property
    def auth_query(self) -> Dict[str, str]:
        return {}

    @property
    def auth_cookies(self) -> Dict[str, str]:
        return {}

    def _scheme_credentials(self, scheme: str) -> Optional[AuthCredentials]:
        """What the client's credential of the security scheme `scheme` adds to a request, or None when it has none
        (generated clients override this where an operation names its schemes)."""
        return None

    def _scheme_options(self, scheme: str) -> Sequence[SchemeOption]:
        """The client options holding the credential of the security scheme `scheme` (generated clients override
        this where an operation names its schemes)."""
        return ()

    def _validate_security(self, security: Security, custom_headers: Headers) -> None:
        """Raises before sending when the client holds no alternative of an operation's security: no complete one, no
        empty one, none naming a scheme the client has no option for (the request's own headers may carry it), and
        no header a scheme would set given or explicitly omitted by the request."""
        if not security:
            return
        alternatives: List[List[SchemeOption]] = []
        for requirement in security:
            if all(self._scheme_credentials(scheme) is not None for scheme in requirement):
                return
            options = [list(self._scheme_options(scheme)) for scheme in requirement]
            if not all(options):
                return
            alternatives.append([option for scheme_options in options for option in scheme_options])
        headers = list(dict.fromkeys(option.header for options in alternatives for option in options if option.header))
        given = {key.lower() for key in custom_headers}
        if any(header.lower() in given for header in headers):
            return
        raise TypeError(_missing_credentials_message(alternatives, headers))

    def _credentials_for(self, security: Security) -> AuthCredentials:
        """An operation's credentials: those of its first alternative the client has every credential of (an empty
        one sends none), else what it has of the first it has any of; of two setting one header, the first's."""
        fallback: List[AuthCredentials] = []
        for requirement in security:
            found = [self._scheme_credentials(scheme) for scheme in requirement]
            held = [credentials for credentials in found if credentials is not None]
            if len(held) == len(found):
                return _merge_credentials(held)
            if held and not fallback:
                fallback = held
        return _merge_credentials(fallback)

    def _auth_headers(self, security: SecurityOptions) -> Dict[str, str]:  # noqa: ARG002
        """The credentials' headers for a request of `security` (scheme → send it). A client that says which scheme
        each of its credentials is of overrides this (or `_auth_query`), and each request then sends those its
        operation's security marks (every one where it names none); other clients send `auth_headers` always."""
        return self.auth_headers

    def _auth_query(self, security: SecurityOptions) -> Dict[str, str]:  # noqa: ARG002
        """The credentials' query params for a request of `security`, as `_auth_headers`."""
        return self.auth_query

    def _sends_by_security_options(self) -> bool:
        """Whether a class below the base clients defines `_auth_headers` or `_auth_query`."""
        for cls in type(self).__mro__:
            if cls.__name__ in ("BaseClient", "SyncAPIClient", "AsyncAPIClient") and cls.__module__ == __name__:
                return False
            if "_auth_headers" in vars(cls) or "_auth_query" in vars(cls):
                return True
        return False

    def _request_credentials(self, options: FinalRequestOptions) -> AuthCredentials:
        if self._sends_by_security_options():
            security = options.security
            return AuthCredentials(self._auth_headers(security), self._auth_query(security), self.auth_cookies)
        if options.security_alternatives is None:
            return AuthCredentials(self.auth_headers, self.auth_query, self.auth_cookies)
        return self._credentials_for(options.security_alternatives)

    @property
    def user_agent(self) -> str:
        return f"{self.__class__.__name__}/Python {self._version}"

    def _async_header(self) -> str:
        return "false"

    def platform_headers(self) -> Dict[str, str]:
        return {**platform_headers(self._version), "X-Stainless-Async": self._async_header()}  # a copy: the cache stays intact

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        # (A client sending by each request's security adds its credentials per request.)
        return self._default_headers_with({} if self._sends_by_security_options() else self.auth_headers)

    def _default_headers_with(self, auth_headers: Mapping[str, str]) -> Dict[str, Union[str, Omit]]:
        return {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            **self.platform_headers(),
            **auth_headers,
            **self._custom_headers,
        }

    def _default_headers_sending(self, credentials: Mapping[str, str]) -> Dict[str, Union[str, Omit]]:
        """The client's `default_headers` with an operation's `credentials` in place of `auth_headers`: the other
        headers a generated client adds there (an option sent in a header, an API version) go with it all the same.
        What `default_headers` the caller gave sets stays."""
        custom = {key.lower() for key in self._custom_headers}
        configured = {key.lower() for key in self.auth_headers} - custom
        headers = {key: value for key, value in self.default_headers.items() if key.lower() not in configured}
        sent = {key: value for key, value in credentials.items() if key.lower() not in custom}
        return {**headers, **sent}

    @property
    def default_query(self) -> Dict[str, object]:
        return {**({} if self._sends_by_security_options() else self.auth_query), **self._custom_query}

    def _validate_headers(self, headers: Headers, custom_headers: Headers) -> None:
        """Hook: raise when required headers (e.g. authentication) are missing. `headers` is the merged set,
        `custom_headers` what this request passed."""
        return

    def _idempotency_key(self) -> str:
        return f"sdk-python-retry-{uuid.uuid4()}"

    def _make_status_error(self, err_msg: str, *, body: object, response: httpx.Response) -> APIStatusError:
        """Maps an error response to its exception class; generated clients override this."""
        status = response.status_code
        error_cls: Type[APIStatusError] = APIStatusError
        if status == 400:
            error_cls = BadRequestError
        elif status == 401:
            error_cls = AuthenticationError
        elif status == 403:
            error_cls = PermissionDeniedError
        elif status == 404:
            error_cls = NotFoundError
        elif status == 409:
            error_cls = ConflictError
        elif status == 422:
            error_cls = UnprocessableEntityError
        elif status == 429:
            error_cls = RateLimitError
        elif status >= 500:
            error_cls = InternalServerError
        return error_cls(err_msg, response=response, body=body)

    def _make_status_error_from_response(self, response: httpx.Response) -> APIStatusError:
        if response.is_closed and not response.is_stream_consumed:
            # A streamed body that was never read cannot be read any more.
            return self._make_status_error(f"Error code: {response.status_code}", body=None, response=response)
        text = response.text.strip()
        body: object = text
        try:
            body = json.loads(text)
            message = f"Error code: {response.status_code} - {body}"
        except ValueError:
            message = text or f"Error code: {response.status_code}"
        return self._make_status_error(message, body=body, response=response)

    def _merge_headers(self, options: FinalRequestOptions) -> Dict[str, str]:
        """The client's headers overridden by the request's, case-insensitively; `Omit` values remove a header."""
        # Typed as strings, a header param's value may be any value the method was given.
        merged: Dict[str, object] = {}
        index: Dict[str, str] = {}
        custom: Headers = options.headers if is_given(options.headers) else {}
        credentials = self._request_credentials(options)
        # An operation naming its security schemes sends theirs in place of the client's configured credentials.
        if self._sends_by_security_options():
            defaults: Mapping[str, Union[str, Omit]] = {**credentials.headers, **self.default_headers}
        elif options.security_alternatives is None:
            defaults = self.default_headers
        else:
            defaults = self._default_headers_sending(credentials.headers)
        for source in (defaults, custom, _credentials_cookie(credentials.cookies, defaults, custom)):
            for key, value in source.items():
                if key == OVERRIDE_CAST_TO_HEADER:
                    continue
                previous = index.get(key.lower())
                if previous is not None:
                    del merged[previous]
                index[key.lower()] = key
                merged[key] = value
        # A header param that is no string (a number, a boolean, an array, an object) is sent in the simple style.
        return {
            key: value if isinstance(value, str) else encode_header_param(value)
            for key, value in merged.items()
            if not isinstance(value, (Omit, NotGiven)) and value is not None
        }

    def _build_headers(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Headers:
        request_headers: Headers = options.headers if is_given(options.headers) else {}
        headers_dict = self._merge_headers(options)
        # What the client's `default_headers` and the request set or omit, looked up case-insensitively.
        custom_headers = _HeaderLookup({**self._custom_headers, **request_headers})
        if self._sends_by_security_options():
            # An operation whose security names no scheme (`security: []`) needs no credential to resolve.
            if options.security is EVERY_SCHEME or any(options.security.values()):
                self._validate_headers(_HeaderLookup(headers_dict), custom_headers)
        elif options.security_alternatives is None:
            self._validate_headers(_HeaderLookup(headers_dict), custom_headers)
        else:
            self._validate_security(options.security_alternatives, custom_headers)
        headers = httpx.Headers(headers_dict)

        idempotency_header = self._idempotency_header
        if idempotency_header and options.idempotency_key and idempotency_header not in headers:
            headers[idempotency_header] = options.idempotency_key

        custom_lower = {key.lower() for key in custom_headers}
        if "x-stainless-retry-count" not in custom_lower:
            headers["X-Stainless-Retry-Count"] = str(retries_taken)
        if "x-stainless-read-timeout" not in custom_lower:
            timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
            read_timeout = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
            if read_timeout is not None:
                headers["X-Stainless-Read-Timeout"] = str(read_timeout)
        return headers

    def _prepare_url(self, url: str) -> URL:
        """A path is joined to the base URL (`/v1/x` and `v1/x` alike); an absolute URL is used as it is."""
        merge_url = URL(url)
        if merge_url.is_relative_url:
            raw_path = self.base_url.raw_path + merge_url.raw_path.lstrip(b"/")
            return self.base_url.copy_with(raw_path=raw_path)
        return merge_url

    def _serialize_multipartform(self, data: Mapping[object, object]) -> Dict[str, object]:
        """A multipart body's fields in the SDK's form (`MULTIPART_FORM`): Stainless's bracketed keys, JSON values, or
        OpenAPI's defaults."""
        # Imported here, so that a method of the owners' in its place leaves no unused import behind.
        from ._files import multipart_values, multipart_openapi_defaults
        from ._utils._utils import MULTIPART_FORM

        if MULTIPART_FORM == "values":
            return multipart_values(data)
        if MULTIPART_FORM == "json":
            return multipart_openapi_defaults(data)
        items = self.qs.stringify_items(cast(Mapping[str, Any], data), array_format="brackets")
        serialized: Dict[str, object] = {}
        for key, value in items:
            existing = serialized.get(key)
            if existing is None:
                serialized[key] = value
            elif isinstance(existing, list):
                cast(List[object], existing).append(value)
            else:
                serialized[key] = [existing, value]
        return serialized

    def _encode_body(self, body: object, content_type: Optional[str]) -> bytes:
        """A body as its media type says: a file or bytes as they are, a form as `a=1&b=2`, text as UTF-8, else JSON."""
        raw = read_body_bytes(body)
        if raw is not None:
            return raw
        media_type = (content_type or "").split(";")[0].strip().lower()
        if media_type == "application/x-www-form-urlencoded" and is_mapping(body):
            return self._serialize_form(body).encode()
        if isinstance(body, str) and media_type.startswith("text/"):
            return body.encode()
        return openapi_dumps(body)

    def _serialize_form(self, data: Mapping[str, object]) -> str:
        """OpenAPI's form style, exploded (its default): an object's properties and an array's items each a field;
        a form whose fields have styles of their own (`encoding`) as they say."""
        if isinstance(data, StyledForm):
            return encode_form(data, styles=data.styles, reserved=data.reserved)
        fields: List[Tuple[str, object]] = []
        for key, value in data.items():
            if is_mapping(value):
                fields.extend((str(name), item) for name, item in cast(Mapping[object, object], value).items())
            else:
                fields.append((key, value))
        pairs: List[Tuple[str, str]] = []
        for key, value in fields:
            pairs.extend(self.qs.stringify_items({key: value}, array_format="repeat"))
        return urlencode(pairs)

    def _build_request(self, options: FinalRequestOptions, *, retries_taken: int = 0) -> httpx.Request:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Request options: %s", request_options_dump(options))

        kwargs: Dict[str, Any] = {}
        # An optional whole body left out (`omit`) sends none.
        json_data = options.json_data if is_given(options.json_data) else None
        if options.extra_json is not None:
            if json_data is None:
                json_data = options.extra_json
            elif isinstance(json_data, StyledForm):
                json_data = json_data.with_fields(options.extra_json)
            elif is_mapping(json_data):
                json_data = {**json_data, **options.extra_json}
            else:
                raise RuntimeError(f"Unexpected JSON data type, {type(json_data)}, cannot merge with `extra_body`")

        headers = self._build_headers(options, retries_taken=retries_taken)
        if self._sends_by_security_options():
            default_query = {**self._auth_query(options.security), **self.default_query}
        elif options.security_alternatives is None:
            default_query = self.default_query
        else:
            default_query = {**self._credentials_for(options.security_alternatives).query, **self._custom_query}
        params = merge_mappings(default_query, options.params)
        content_type = headers.get("Content-Type")
        files = options.files

        is_multipart = content_type is not None and content_type.startswith("multipart/form-data")
        if is_multipart:
            if "boundary" not in (content_type or ""):
                # httpx writes the header with the boundary it chooses
                del headers["Content-Type"]
            if json_data:
                if not is_dict(json_data):
                    raise TypeError(
                        f"Expected query input to be a dictionary for multipart requests but got {type(json_data)} instead."
                    )
                # (A JSON part is sent as a file part, the only kind httpx gives a media type of its own.)
                from ._files import openapi_json_parts

                fields, files = openapi_json_parts(json_data, files)
                kwargs["data"] = self._serialize_multipartform(fields)
            if not files:
                files = cast(HttpxRequestFiles, ForceMultipartDict())

        prepared_url = self._prepare_url(options.url)
        if options.content is not None and is_given(options.content):
            if json_data is not None or files:
                raise TypeError("`content` is a whole raw body: it cannot be sent with `body`, `extra_body` or `files`")
            content = options.content
            # A path or a `(name, content, ...)` tuple, as a binary body param takes, is sent as its file's bytes.
            raw = read_body_bytes(content) if isinstance(content, (tuple, bytearray, os.PathLike)) else None
            kwargs["content"] = raw if raw is not None else content
        elif options.method.lower() == "get" and not is_multipart:
            # A GET sends no JSON body; a form the caller asked to send as multipart (files, or the header) is sent.
            headers.pop("Content-Type", None)
        else:
            if json_data is not None and not is_multipart:
                kwargs["content"] = self._encode_body(json_data, content_type)
            if files:
                kwargs["files"] = files

        query = self.qs.stringify(cast(Mapping[str, Any], params)) if params else ""
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return self._client.build_request(
            headers=headers,
            timeout=timeout,
            method=options.method,
            url=_with_query(prepared_url, query, params.keys()) if prepared_url.query else prepared_url,
            params=None if prepared_url.query else (query or None),
            **kwargs,
        )

    def _should_stream_response_body(self, request: httpx.Request) -> bool:
        mode: Optional[str] = request.headers.get(RAW_RESPONSE_HEADER)
        return mode == "stream"

    def _maybe_override_cast_to(self, cast_to: Type[ResponseT], options: FinalRequestOptions) -> Type[ResponseT]:
        if not is_given(options.headers):
            return cast_to
        override_cast_to = options.headers.get(OVERRIDE_CAST_TO_HEADER, not_given)
        if isinstance(override_cast_to, NotGiven):
            return cast_to
        options.headers = {key: value for key, value in options.headers.items() if key != OVERRIDE_CAST_TO_HEADER}
        return cast(Type[ResponseT], override_cast_to)

    def _process_response_data(self, *, data: object, cast_to: Type[ResponseT], response: httpx.Response) -> ResponseT:
        if data is None:
            return cast(ResponseT, None)
        if cast_to is object:
            return cast(ResponseT, data)
        builder = _page_builder(cast_to)
        if builder is not None:
            # A page that reads the response too (its items are the body itself, or values come from headers).
            return cast(ResponseT, builder(response=response, data=data))
        if is_list(data) and _is_page_class(cast_to):
            # A list endpoint whose body is the bare array of items.
            field = _items_field(cast_to)
            if field is not None:
                data = {field: data}
        try:
            if self._strict_response_validation:
                return validate_type(type_=cast_to, value=data)
            return cast(ResponseT, construct_type(type_=cast_to, value=data))
        except pydantic.ValidationError as err:
            raise APIResponseValidationError(response=response, body=data) from err

    def _should_retry(self, response: httpx.Response) -> bool:
        should_retry_header = response.headers.get("x-should-retry")
        if should_retry_header == "true":
            log.debug("Retrying as header `x-should-retry` is set to `true`")
            return True
        if should_retry_header == "false":
            log.debug("Not retrying as header `x-should-retry` is set to `false`")
            return False
        status = response.status_code
        return status in (408, 409, 429) or status >= 500

    def _parse_retry_after_header(self, response_headers: Optional[httpx.Headers] = None) -> Optional[float]:
        """Seconds the server asked us to wait: `retry-after-ms`, then `retry-after` (seconds or an HTTP date)."""
        if response_headers is None:
            return None
        retry_ms = response_headers.get("retry-after-ms")
        if retry_ms is not None:
            try:
                return float(retry_ms) / 1000
            except ValueError:
                pass
        retry_after = response_headers.get("retry-after")
        if retry_after is None:
            return None
        try:
            return float(retry_after)
        except ValueError:
            pass
        # (A date the platform cannot turn into a time, year 99999, is no delay asked: the retry waits its own backoff.)
        try:
            parsed = email.utils.parsedate_tz(retry_after)
            if parsed is None:
                return None
            return float(email.utils.mktime_tz(parsed) - time.time())
        except (TypeError, ValueError, OverflowError, OSError):
            return None

    def _calculate_retry_timeout(
        self, remaining_retries: int, options: FinalRequestOptions, response_headers: Optional[httpx.Headers]
    ) -> float:
        max_retries = options.get_max_retries(self.max_retries)
        retry_after = self._parse_retry_after_header(response_headers)
        if retry_after is not None and 0 < retry_after <= MAX_RETRY_AFTER_SECONDS:
            return retry_after
        retries_done = min(max_retries - remaining_retries, 1000)
        delay = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
        # Up to 25% less, so that clients retrying together spread out.
        jitter = 1 - 0.25 * random()
        return max(delay * jitter, 0.0)

    def _process_response_common(
        self,
        *,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        response: httpx.Response,
        stream: bool,
        stream_cls: Optional[Type[Any]],
        retries_taken: int,
        api_response_cls: Type[BaseAPIResponse[Any]],
    ) -> Any:
        origin = get_origin(cast_to) or cast_to
        # A custom response class (e.g. `BinaryAPIResponse`) is returned as such, raw or not; a call streaming events
        # (its body flag set) returns the stream, unless the raw response was asked for.
        if (
            inspect.isclass(origin)
            and issubclass(origin, BaseAPIResponse)
            and (not stream or response.request.headers.get(RAW_RESPONSE_HEADER))
        ):
            response_cls = cast(Type[BaseAPIResponse[Any]], cast_to)
            return response_cls(
                raw=response,
                client=self,
                cast_to=cast(Any, response_body_type(response_cls)),
                stream=stream,
                stream_cls=stream_cls,
                options=options,
                retries_taken=retries_taken,
            )
        if cast_to is httpx.Response:
            return response
        api_response = api_response_cls(
            raw=response,
            client=self,
            cast_to=cast_to,
            stream=stream,
            stream_cls=stream_cls,
            options=options,
            retries_taken=retries_taken,
        )
        if response.request.headers.get(RAW_RESPONSE_HEADER):
            return api_response
        return _ParseMarker(api_response)


class _ParseMarker:
    """Tells the sync/async caller to parse the response itself (sync `parse()` vs `await parse()`)."""

    def __init__(self, api_response: BaseAPIResponse[Any]) -> None:
        self.api_response = api_response


class SyncHttpxClientWrapper(httpx.Client):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            self.close()
        except Exception:
            pass


class DefaultHttpxClient(httpx.Client):
    """`httpx.Client` with the SDK's defaults (timeout, connection limits, redirects followed); pass one as
    `http_client=` to customise the transport while keeping them."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


class SyncAPIClient(BaseClient[httpx.Client, Stream[Any]]):
    _client: httpx.Client
    _default_stream_cls: Optional[Type[Stream[Any]]] = None

    def __init__(
        self,
        *,
        version: Optional[str] = None,
        base_url: Union[str, URL],
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.Client` but got {type(http_client)}"
            )
        if not is_given(timeout):
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or SyncHttpxClientWrapper(
            timeout=timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Closes the underlying HTTP client and its connections."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook to change the options of each attempt."""
        return options

    def _prepare_request(self, request: httpx.Request) -> None:
        """Hook to change the request of each attempt just before it is sent."""
        return None

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        cast_to = self._maybe_override_cast_to(cast_to, options)
        input_options = options.model_copy()
        if input_options.idempotency_key is None and input_options.method.lower() != "get":
            # One key for the whole call, so that retries are recognised as the same operation.
            input_options.idempotency_key = self._idempotency_key()
        # An optional raw body left out (`omit`) sends none; a file given as the whole body is read once, so that each
        # attempt sends the same bytes.
        if isinstance(input_options.content, (NotGiven, Omit)):
            input_options.content = None
        if input_options.content is not None:
            input_options.content = replayable_body(input_options.content)
        if input_options.json_data is not None:
            input_options.json_data = replayable_body(input_options.json_data)

        max_retries = input_options.get_max_retries(self.max_retries)
        response: Optional[httpx.Response] = None
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = self._prepare_options(input_options.model_copy())
            remaining_retries = max_retries - retries_taken
            request = self._build_request(options, retries_taken=retries_taken)
            self._prepare_request(request)

            send_kwargs: Dict[str, Any] = {}
            custom_auth = self._custom_auth(options.security)
            if custom_auth is not None:
                send_kwargs["auth"] = custom_auth
            if options.follow_redirects is not None:
                send_kwargs["follow_redirects"] = options.follow_redirects

            log.debug("Sending HTTP Request: %s %s", request.method, request.url)
            response = None
            try:
                response = self._client.send(
                    request, stream=stream or self._should_stream_response_body(request), **send_kwargs
                )
            except httpx.TimeoutException as err:
                log.debug("Encountered httpx.TimeoutException", exc_info=True)
                if remaining_retries > 0:
                    self._sleep_for_retry(remaining_retries, options, None)
                    continue
                raise APITimeoutError(request=request) from err
            except Exception as err:
                log.debug("Encountered Exception", exc_info=True)
                if remaining_retries > 0:
                    self._sleep_for_retry(remaining_retries, options, None)
                    continue
                raise APIConnectionError(request=request) from err

            log.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )

            if not response.is_success:
                if remaining_retries > 0 and self._should_retry(response):
                    response.close()
                    self._sleep_for_retry(remaining_retries, options, response.headers)
                    continue
                if not response.is_closed:
                    response.read()
                log.debug("Re-raising status error")
                raise self._make_status_error_from_response(response)
            break

        assert response is not None, "could not resolve response (should never happen)"
        processed = self._process_response_common(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
            api_response_cls=APIResponse,
        )
        if isinstance(processed, _ParseMarker):
            return cast(Union[ResponseT, _StreamT], cast(APIResponse[Any], processed.api_response).parse())
        return cast(Union[ResponseT, _StreamT], processed)

    def _sleep_for_retry(
        self, remaining_retries: int, options: FinalRequestOptions, response_headers: Optional[httpx.Headers]
    ) -> None:
        timeout = self._calculate_retry_timeout(remaining_retries, options, response_headers)
        log.info("Retrying request to %s in %f seconds", options.url, timeout)
        self._sleep(timeout)

    def _request_api_list(self, model: Type[object], page: Type[SyncPageT], options: FinalRequestOptions) -> SyncPageT:
        def _parser(resp: SyncPageT) -> SyncPageT:
            resp._set_private_attributes(client=self, model=model, options=options)
            return resp

        options.post_parser = _parser
        return self.request(page, options, stream=False)

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: Literal[True],
        stream_cls: Type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
        files: Optional[RequestFiles] = None,
        stream: bool = False,
        stream_cls: Optional[Type[_StreamT]] = None,
    ) -> Union[ResponseT, _StreamT]:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="post", url=path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="patch", url=path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return self.request(cast_to, opts)

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="put", url=path, json_data=body, content=content, files=to_httpx_files(files), **options
        )
        return self.request(cast_to, opts)

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[BinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, content=content, **options)
        return self.request(cast_to, opts)

    def head(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="head", url=path, **options)
        return self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> SyncPageT:
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return self._request_api_list(model, page, opts)


class AsyncHttpxClientWrapper(httpx.AsyncClient):
    def __del__(self) -> None:
        if self.is_closed:
            return
        try:
            # Closing needs a running loop; without one the transport is left to the garbage collector.
            asyncio.get_running_loop().create_task(self.aclose())
        except Exception:
            pass


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """`httpx.AsyncClient` with the SDK's defaults."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        kwargs.setdefault("follow_redirects", True)
        super().__init__(**kwargs)


class DefaultAioHttpClient(DefaultAsyncHttpxClient):
    """An async client on aiohttp's transport; needs the `httpx_aiohttp` package (the SDK's `aiohttp` extra)."""

    def __init__(self, **kwargs: Any) -> None:
        try:
            module = importlib.import_module("httpx_aiohttp")
        except ImportError as err:
            raise RuntimeError(
                "DefaultAioHttpClient needs the `httpx_aiohttp` package; install the SDK with its `aiohttp` extra "
                "(e.g. `pip install <sdk>[aiohttp]`)"
            ) from err
        kwargs.setdefault("transport", module.AiohttpTransport())
        super().__init__(**kwargs)


class AsyncAPIClient(BaseClient[httpx.AsyncClient, AsyncStream[Any]]):
    _client: httpx.AsyncClient
    _default_stream_cls: Optional[Type[AsyncStream[Any]]] = None

    def __init__(
        self,
        *,
        version: Optional[str] = None,
        base_url: Union[str, URL],
        _strict_response_validation: bool = False,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        custom_headers: Optional[Mapping[str, str]] = None,
        custom_query: Optional[Mapping[str, object]] = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` but got {type(http_client)}"
            )
        if not is_given(timeout):
            if http_client is not None and http_client.timeout != HTTPX_DEFAULT_TIMEOUT:
                timeout = http_client.timeout
            else:
                timeout = DEFAULT_TIMEOUT
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or AsyncHttpxClientWrapper(
            timeout=timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )

    @override
    def _async_header(self) -> str:
        return f"async:{get_async_library()}"

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Closes the underlying HTTP client and its connections."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        exc_tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        """Hook to change the options of each attempt."""
        return options

    async def _prepare_request(self, request: httpx.Request) -> None:
        """Hook to change the request of each attempt just before it is sent."""
        return None

    async def _sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def request(
        self,
        cast_to: Type[ResponseT],
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        cast_to = self._maybe_override_cast_to(cast_to, options)
        input_options = options.model_copy()
        if input_options.idempotency_key is None and input_options.method.lower() != "get":
            input_options.idempotency_key = self._idempotency_key()
        # An optional raw body left out (`omit`) sends none; a file given as the whole body is read once, so that each
        # attempt sends the same bytes; httpx's AsyncClient cannot read a sync file or iterate a sync iterator itself.
        if isinstance(input_options.content, (NotGiven, Omit)):
            input_options.content = None
        if input_options.content is not None:
            input_options.content = cast(AsyncBinaryTypes, await async_raw_content(input_options.content))
        if input_options.json_data is not None:
            input_options.json_data = await async_replayable_body(input_options.json_data)

        max_retries = input_options.get_max_retries(self.max_retries)
        response: Optional[httpx.Response] = None
        retries_taken = 0
        for retries_taken in range(max_retries + 1):
            options = await self._prepare_options(input_options.model_copy())
            remaining_retries = max_retries - retries_taken
            request = self._build_request(options, retries_taken=retries_taken)
            await self._prepare_request(request)

            send_kwargs: Dict[str, Any] = {}
            custom_auth = self._custom_auth(options.security)
            if custom_auth is not None:
                send_kwargs["auth"] = custom_auth
            if options.follow_redirects is not None:
                send_kwargs["follow_redirects"] = options.follow_redirects

            log.debug("Sending HTTP Request: %s %s", request.method, request.url)
            response = None
            try:
                response = await self._client.send(
                    request, stream=stream or self._should_stream_response_body(request), **send_kwargs
                )
            except httpx.TimeoutException as err:
                log.debug("Encountered httpx.TimeoutException", exc_info=True)
                if remaining_retries > 0:
                    await self._sleep_for_retry(remaining_retries, options, None)
                    continue
                raise APITimeoutError(request=request) from err
            except Exception as err:
                log.debug("Encountered Exception", exc_info=True)
                if remaining_retries > 0:
                    await self._sleep_for_retry(remaining_retries, options, None)
                    continue
                raise APIConnectionError(request=request) from err

            log.debug(
                'HTTP Response: %s %s "%i %s" %s',
                request.method,
                request.url,
                response.status_code,
                response.reason_phrase,
                response.headers,
            )

            if not response.is_success:
                if remaining_retries > 0 and self._should_retry(response):
                    await response.aclose()
                    await self._sleep_for_retry(remaining_retries, options, response.headers)
                    continue
                if not response.is_closed:
                    await response.aread()
                log.debug("Re-raising status error")
                raise self._make_status_error_from_response(response)
            break

        assert response is not None, "could not resolve response (should never happen)"
        processed = self._process_response_common(
            cast_to=cast_to,
            options=options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=retries_taken,
            api_response_cls=AsyncAPIResponse,
        )
        if isinstance(processed, _ParseMarker):
            return cast(
                Union[ResponseT, _AsyncStreamT], await cast(AsyncAPIResponse[Any], processed.api_response).parse()
            )
        return cast(Union[ResponseT, _AsyncStreamT], processed)

    async def _sleep_for_retry(
        self, remaining_retries: int, options: FinalRequestOptions, response_headers: Optional[httpx.Headers]
    ) -> None:
        timeout = self._calculate_retry_timeout(remaining_retries, options, response_headers)
        log.info("Retrying request to %s in %f seconds", options.url, timeout)
        await self._sleep(timeout)

    def _request_api_list(
        self, model: Type[_T], page: Type[AsyncPageT], options: FinalRequestOptions
    ) -> AsyncPaginator[_T, AsyncPageT]:
        return AsyncPaginator(client=self, options=options, page_cls=page, model=model)

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        opts = FinalRequestOptions.construct(method="get", url=path, **options)
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: Literal[True],
        stream_cls: Type[_AsyncStreamT],
    ) -> _AsyncStreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
        stream: bool = False,
        stream_cls: Optional[Type[_AsyncStreamT]] = None,
    ) -> Union[ResponseT, _AsyncStreamT]:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="post", url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls)

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="patch", url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return await self.request(cast_to, opts)

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        files: Optional[RequestFiles] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(
            method="put", url=path, json_data=body, content=content, files=await async_to_httpx_files(files), **options
        )
        return await self.request(cast_to, opts)

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Optional[Body] = None,
        content: Optional[Union[AsyncBinaryTypes, FileTypes, Omit]] = None,
        options: RequestOptions = {},
    ) -> ResponseT:
        _warn_if_raw_bytes(body, options)
        opts = FinalRequestOptions.construct(method="delete", url=path, json_data=body, content=content, **options)
        return await self.request(cast_to, opts)

    async def head(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = {},
    ) -> ResponseT:
        opts = FinalRequestOptions.construct(method="head", url=path, **options)
        return await self.request(cast_to, opts)

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Body] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        opts = FinalRequestOptions.construct(method=method, url=path, json_data=body, **options)
        return self._request_api_list(model, page, opts)


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, httpx.Timeout, None, NotGiven, Omit] = not_given,
    max_retries: Optional[int] = None,
    post_parser: Union[PostParser, NotGiven] = not_given,
    security: Union[Security, SecurityOptions, None] = None,
) -> RequestOptions:
    """The per-request options of a generated method: its query params plus the caller's `extra_*` overrides."""
    options: RequestOptions = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        options["extra_json"] = cast(AnyMapping, extra_body)
    if query is not None:
        options["params"] = query
    if extra_query is not None:
        options["params"] = {**options.get("params", {}), **extra_query}
    if not isinstance(timeout, (NotGiven, Omit)):
        options["timeout"] = timeout
    if max_retries is not None:
        options["max_retries"] = max_retries
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if is_given(post_parser):
        options["post_parser"] = post_parser
    if security is not None:
        options["security"] = security
    return options


