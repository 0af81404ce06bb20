from __future__ import annotations

import httpx

RAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"
# Carries a response class from the custom wrappers to the client; never sent over the wire.
OVERRIDE_CAST_TO_HEADER = "____sdk_override_cast_to"

DEFAULT_TIMEOUT = httpx.Timeout(timeout=60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server-requested delay longer than this is ignored in favour of our own backoff.
MAX_RETRY_AFTER_SECONDS = 60.0
