"""A pytest plugin that runs the tests a Stainless SDK marks skipped (`@pytest.mark.skip(reason="Prism tests are
disabled")`, "Mock server tests are disabled", ...): most Stainless projects skip every test of
tests/api_resources, which then measure nothing. Loaded by scripts/stainless-python-tests.mjs with --run-skipped;
conditional marks (`skipif`) and skips a test calls itself are left as they are."""

from __future__ import annotations

from typing import List

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    for item in items:
        node: pytest.Node | None = item
        while node is not None:
            node.own_markers[:] = [mark for mark in node.own_markers if mark.name != "skip"]
            node = node.parent
