"""A type alias naming a class in quotes, the class imported last in the alias's module (as Stainless's SDKs and
sdkgen's write an alias that reaches a recursive type, to break the import cycle), parses a response as that class
where the alias is used from another module: sdkgen writes it as a `TypeAliasType`, whose quoted names the runtime
resolves in the alias's module. (Owners of Stainless's SDKs moved such an import above a plain alias and unquoted the
name for that; migrate lists their edit as done, with this test.)"""

from __future__ import annotations

import sys
import importlib
import textwrap
from typing import Any, List, cast
from pathlib import Path

from acme._models import construct_type

ALIAS_MODULE = '''
from __future__ import annotations

from typing import TYPE_CHECKING, List
from typing_extensions import TypeAlias, TypeAliasType

PYDANTIC_V1 = False

__all__ = ["PipelineListResponse"]

if TYPE_CHECKING or not PYDANTIC_V1:
    PipelineListResponse = TypeAliasType("PipelineListResponse", List["Pipeline"])
else:
    PipelineListResponse: TypeAlias = List["Pipeline"]

from .pipeline import Pipeline
'''

PIPELINE_MODULE = '''
from __future__ import annotations

from acme._models import BaseModel

__all__ = ["Pipeline"]


class Pipeline(BaseModel):
    name: str
'''


def test_quoted_class_of_an_alias_resolves_in_its_module(tmp_path: Path) -> None:
    package = tmp_path / "alias_types"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "pipeline_list_response.py").write_text(textwrap.dedent(ALIAS_MODULE))
    (package / "pipeline.py").write_text(textwrap.dedent(PIPELINE_MODULE))
    sys.path.insert(0, str(tmp_path))
    try:
        pipeline: Any = importlib.import_module("alias_types.pipeline")
        aliases: Any = importlib.import_module("alias_types.pipeline_list_response")

        rows = [{"name": "a"}, {"name": "b"}]
        parsed = cast(List[Any], construct_type(value=rows, type_=aliases.PipelineListResponse))
        assert [type(item) for item in parsed] == [pipeline.Pipeline, pipeline.Pipeline]
        assert [item.name for item in parsed] == ["a", "b"]
    finally:
        sys.path.remove(str(tmp_path))
        for name in [name for name in sys.modules if name.split(".")[0] == "alias_types"]:
            del sys.modules[name]
