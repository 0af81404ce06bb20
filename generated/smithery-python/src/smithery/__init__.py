from . import types, resources as resources
from ._types import NOT_GIVEN, Omit, NoneType, NotGiven, Transport, ProxiesTypes, RequestOptions, omit, not_given
from ._client import Client, Stream, Timeout, Smithery, AsyncClient, AsyncStream, AsyncSmithery
from ._models import BaseModel
from ._version import __title__, __version__
from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
from ._constants import DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_CONNECTION_LIMITS
from ._exceptions import (
    APIError,
    ConflictError,
    NotFoundError,
    SmitheryError,
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
from ._base_client import DefaultHttpxClient, DefaultAioHttpClient, DefaultAsyncHttpxClient
from ._utils._logs import setup_logging as _setup_logging

__all__ = [
    "types",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "SmitheryError",
    "APIError",
    "ConflictError",
    "NotFoundError",
    "APIStatusError",
    "RateLimitError",
    "APITimeoutError",
    "BadRequestError",
    "APIConnectionError",
    "AuthenticationError",
    "InternalServerError",
    "PermissionDeniedError",
    "UnprocessableEntityError",
    "APIResponseValidationError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "Smithery",
    "AsyncSmithery",
    "BaseModel",
    "APIResponse",
    "AsyncAPIResponse",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
]

_setup_logging("SMITHERY_LOG")
