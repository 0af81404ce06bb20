"""The platform description sent with every request (the `X-Stainless-*` headers)."""

from __future__ import annotations

import platform
from typing import Dict, Union
from typing_extensions import Literal, override

import distro

from ._utils import lru_cache

__all__ = [
    "Platform",
    "OtherPlatform",
    "get_platform",
    "Arch",
    "OtherArch",
    "get_architecture",
    "get_python_runtime",
    "get_python_version",
    "platform_headers",
]

Platform = Literal["MacOS", "Linux", "Windows", "FreeBSD", "OpenBSD", "iOS", "Android", "Unknown"]
Arch = Literal["x32", "x64", "arm", "arm64", "unknown"]


class OtherPlatform:
    """An operating system without a name of its own in `Platform`; sent as `Other:<name>`."""

    def __init__(self, name: str) -> None:
        self.name = name

    @override
    def __str__(self) -> str:
        return f"Other:{self.name}"


class OtherArch:
    """A machine architecture without a name of its own in `Arch`; sent as `other:<name>`."""

    def __init__(self, name: str) -> None:
        self.name = name

    @override
    def __str__(self) -> str:
        return f"other:{self.name}"


_SYSTEMS: Dict[str, Platform] = {
    "darwin": "MacOS",
    "windows": "Windows",
    "freebsd": "FreeBSD",
    "openbsd": "OpenBSD",
    "ios": "iOS",
}


def get_platform() -> Union[Platform, OtherPlatform]:
    system = platform.system().lower()
    if system in _SYSTEMS:
        return _SYSTEMS[system]
    if system == "linux":
        try:
            if distro.id() == "android":
                return "Android"
        except Exception:
            pass
        return "Linux"
    return OtherPlatform(system) if system else "Unknown"


def get_architecture() -> Union[Arch, OtherArch]:
    machine = platform.machine().lower()
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("i386", "i686", "x86", "x32"):
        return "x32"
    return OtherArch(machine) if machine else "unknown"


def get_python_runtime() -> str:
    try:
        return platform.python_implementation()
    except Exception:
        return "unknown"


def get_python_version() -> str:
    try:
        return platform.python_version()
    except Exception:
        return "unknown"


@lru_cache(maxsize=None)
def platform_headers(version: str, *, platform: Union[Platform, OtherPlatform, None] = None) -> Dict[str, str]:
    """The headers describing this runtime; `platform` overrides the detected operating system."""
    return {
        "X-Stainless-Lang": "python",
        "X-Stainless-Package-Version": version,
        "X-Stainless-OS": str(platform or get_platform()),
        "X-Stainless-Arch": str(get_architecture()),
        "X-Stainless-Runtime": get_python_runtime(),
        "X-Stainless-Runtime-Version": get_python_version(),
    }
