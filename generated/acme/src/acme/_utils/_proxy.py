from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, List, Generic, TypeVar, Iterable, cast
from typing_extensions import override

__all__ = ["LazyProxy"]

_T = TypeVar("_T")


class LazyProxy(Generic[_T], ABC):
    """Stands for the object `__load__` gives, loading it on first use (an attribute read, `repr`, `dir`).

    A proxy whose `__load__` fails still answers `isinstance` checks (as its own class), and one that loads
    itself ends the recursion: its attributes are itself, its `repr` is its class name.
    """

    def __get_proxied__(self) -> _T:
        return self.__load__()

    def __getattr__(self, attr: str) -> object:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return cast(object, proxied)
        return getattr(proxied, attr)

    @override
    def __repr__(self) -> str:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return proxied.__class__.__name__
        return repr(proxied)

    @override
    def __str__(self) -> str:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return proxied.__class__.__name__
        return str(proxied)

    @override
    def __dir__(self) -> Iterable[str]:
        proxied = self.__get_proxied__()
        if isinstance(proxied, LazyProxy):
            return []
        return cast(List[str], dir(proxied))

    @property  # type: ignore[misc]
    @override
    def __class__(self) -> type:  # pyright: ignore[reportIncompatibleMethodOverride]
        try:
            proxied = self.__get_proxied__()
        except Exception:
            return type(self)
        if issubclass(type(proxied), LazyProxy):
            return type(proxied)
        return cast(type, cast(Any, proxied).__class__)

    def __as_proxied__(self) -> _T:
        """The proxy typed as what it stands for."""
        return cast(_T, self)

    @abstractmethod
    def __load__(self) -> _T: ...
