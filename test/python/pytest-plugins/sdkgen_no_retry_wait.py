"""A pytest plugin the corpus tests load into a generated SDK's own test run against Prism: the SDK still retries
a 408/429/5xx answer as it would, but without waiting between tries (some specs answer only 5xx; the waits were
most of the run). The SDK's import name comes in SDKGEN_PACKAGE; nothing else of the SDK is touched."""

from __future__ import annotations

import os
import importlib


def pytest_configure() -> None:
    client = importlib.import_module(f"{os.environ['SDKGEN_PACKAGE']}._base_client")
    setattr(client, "INITIAL_RETRY_DELAY", 0.0)
    setattr(client, "MAX_RETRY_DELAY", 0.0)
