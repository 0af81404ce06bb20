from typing import Any, List, Generic, TypeVar, Optional, cast
from typing_extensions import override

import httpx

from pydantic import Field as FieldInfo

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = []

_T = TypeVar("_T")

_unused = (Any, cast, httpx, FieldInfo)
