# Test setup: each test class builds its own clients.

from __future__ import annotations

import pytest
from pytest_asyncio import is_async_test

pytest.register_assert_rewrite("tests.utils")


def pytest_collection_modifyitems(items: list[pytest.Function]) -> None:
    # A test class's async clients outlive one test, so every async test runs on the session's loop.
    session_loop = pytest.mark.asyncio(loop_scope="session")
    for item in items:
        if is_async_test(item):
            item.add_marker(session_loop, append=False)
