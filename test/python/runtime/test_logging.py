"""`<PREFIX>_LOG` turns the library's logging on, as the README says."""

from __future__ import annotations

import logging
from typing import Iterator

import pytest

from acme import Acme
from acme._utils import _logs
from acme._utils._logs import logger, httpx_logger, setup_logging


@pytest.fixture(autouse=True)
def restore_levels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The generator writes the package's variable in (`_LOG_ENV`); the linked runtime keeps the template's.
    monkeypatch.setattr(_logs, "_LOG_ENV", "ACME_LOG")
    levels = (logger.level, httpx_logger.level)
    yield None
    logger.setLevel(levels[0])
    httpx_logger.setLevel(levels[1])


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO), (" info ", logging.INFO)])
def test_env_var_sets_the_level(monkeypatch: pytest.MonkeyPatch, value: str, level: int) -> None:
    logger.setLevel(logging.NOTSET)
    httpx_logger.setLevel(logging.NOTSET)
    monkeypatch.setenv("ACME_LOG", value)
    setup_logging()
    assert logger.level == level
    assert httpx_logger.level == level
    assert logger.name == "acme"


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_unset_or_unknown_leaves_logging_alone(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    logger.setLevel(logging.WARNING)
    if value is None:
        monkeypatch.delenv("ACME_LOG", raising=False)
    else:
        monkeypatch.setenv("ACME_LOG", value)
    setup_logging()
    assert logger.level == logging.WARNING


def test_debug_logs_each_request(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, client: Acme) -> None:
    monkeypatch.setenv("ACME_LOG", "debug")
    setup_logging()
    client.prompts.retrieve("p1")
    messages = [record.getMessage() for record in caplog.records if record.name == "acme"]
    assert any(message.startswith("Request options") for message in messages)
    assert any(message.startswith("Sending HTTP Request: GET") for message in messages)
