"""Links templates/python/runtime/ into the fixture package, as sdkgen copies it into a generated one."""

from __future__ import annotations

import os
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[3] / "templates" / "python" / "runtime"
PACKAGE = Path(__file__).resolve().parent / "fixture" / "src" / "acme"


def link_runtime() -> Path:
    for entry in RUNTIME.iterdir():
        if entry.name == "__pycache__":
            continue
        target = PACKAGE / entry.name
        if target.is_symlink() and target.resolve() == entry.resolve():
            continue
        if target.is_symlink():
            target.unlink()
        try:
            os.symlink(os.path.relpath(entry, PACKAGE), target)
        except FileExistsError:  # another test worker linked it first
            pass
    return PACKAGE.parent


if __name__ == "__main__":
    print(link_runtime())
