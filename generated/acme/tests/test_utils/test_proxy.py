# `LazyProxy`: an object loaded on first use that stands for what it loads (attributes, `repr`, `str`, `dir`,
# `isinstance`), and stays usable when loading fails or the proxy loads itself.

from __future__ import annotations

from typing import Any, List
from typing_extensions import override

import pytest

from acme._utils import LazyProxy


class Settings:
    def __init__(self) -> None:
        self.name = "loaded"

    @override
    def __repr__(self) -> str:
        return "Settings()"


class CountingProxy(LazyProxy[Settings]):
    def __init__(self) -> None:
        self.loads: List[int] = []

    @override
    def __load__(self) -> Settings:
        self.loads.append(1)
        return Settings()


class FailingProxy(LazyProxy[Any]):
    @override
    def __load__(self) -> Any:
        raise RuntimeError("cannot load")


class SelfProxy(LazyProxy[Any]):
    @override
    def __load__(self) -> Any:
        return self


def test_nothing_is_loaded_until_used() -> None:
    proxy = CountingProxy()
    assert proxy.__dict__["loads"] == []
    assert proxy.__as_proxied__().name == "loaded"
    assert len(proxy.__dict__["loads"]) == 1


def test_it_stands_for_what_it_loads() -> None:
    proxy = CountingProxy()
    assert repr(proxy) == "Settings()"
    assert str(proxy) == "Settings()"
    assert "name" in dir(proxy)
    assert isinstance(proxy, Settings)


def test_a_proxy_that_fails_to_load_is_still_itself() -> None:
    proxy = FailingProxy()
    assert isinstance(proxy, FailingProxy)
    with pytest.raises(RuntimeError, match="cannot load"):
        proxy.anything  # noqa: B018  # pyright: ignore[reportUnusedExpression]


def test_a_proxy_of_itself_ends_the_recursion() -> None:
    proxy = SelfProxy()
    assert repr(proxy) == "SelfProxy"
    assert str(proxy) == "SelfProxy"
    assert dir(proxy) == []
    assert isinstance(proxy.some_attribute, SelfProxy)
    assert isinstance(proxy, SelfProxy)
