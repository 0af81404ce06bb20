"""The library's log switch: the environment variable `_LOG_ENV` (`<PREFIX>_LOG`, written in by the generator) turns it on.

`debug` shows the library's messages and each request and response (httpx's own log included); `info` shows fewer.
Unset, or any other value, the library leaves logging as the application configured it.
"""

from __future__ import annotations

import os
import logging

from .._version import __title__

logger: logging.Logger = logging.getLogger(__title__)
httpx_logger: logging.Logger = logging.getLogger("httpx")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

_LOG_ENV = "ACME_LOG"


def _configure_handler() -> None:
    # Only when the application configured no handler: basicConfig does nothing otherwise.
    logging.basicConfig(
        format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )


def setup_logging() -> None:
    level = _LEVELS.get(os.environ.get(_LOG_ENV, "").strip().lower())
    if level is None:
        return
    _configure_handler()
    logger.setLevel(level)
    httpx_logger.setLevel(level)
