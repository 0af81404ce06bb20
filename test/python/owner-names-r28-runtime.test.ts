/**
 * Names and keyword parameters of Stainless's Python runtime that owners' hand-written code (src/<pkg>/lib/**,
 * patched resources, their tests) imports or calls by keyword: `_models.CachedDiscriminatorType`,
 * `_types.InheritsGeneric` and `ModelBuilderProtocol`, `_qs.Options`, `construct_type(metadata=)`,
 * `DiscriminatorDetails(mapping=, discriminator_field=, discriminator_alias=)`, `Stream(options=)`,
 * `extract_stream_chunk_type(failure_message=)`, and the helpers' own parameter names (`typ`, `val`, `obj`, `string`,
 * `file`, `iterator`, `max_retries`). A Python file using each, run against templates/python/runtime linked into the
 * runtime suite's fixture package (acme); with SDKGEN_PYTHON_TESTS=full also pyright strict and mypy over it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { describeErrors, PYTHON_FULL, runProcess, runPyright, runPytest, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const RUNTIME_TESTS = path.join(ROOT, 'test/python/runtime');
const FIXTURE_SRC = path.join(RUNTIME_TESTS, 'fixture/src');
const NO_BYTECODE = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

const OWNER_CODE = `from __future__ import annotations

import inspect
from typing import List, Union, Optional

import httpx
import pytest
from typing_extensions import Literal, Annotated

from acme._qs import Options, Querystring
from acme._files import read_file_content
from acme._types import InheritsGeneric, ModelBuilderProtocol, omit
from acme._utils import (
    PropertyInfo,
    flatten,
    is_given,
    is_typevar,
    is_list_type,
    coerce_float,
    is_union_type,
    coerce_boolean,
    coerce_integer,
    extract_type_arg,
    is_iterable_type,
    is_sequence_type,
    is_required_type,
    is_annotated_type,
    maybe_coerce_float,
    is_type_alias_type,
    maybe_coerce_boolean,
    maybe_coerce_integer,
    strip_annotated_type,
)
from acme._models import BaseModel, DiscriminatorDetails, FinalRequestOptions, CachedDiscriminatorType, construct_type
from acme._streaming import Stream, SSEDecoder, AsyncStream, extract_stream_chunk_type
from acme._utils._utils import quote, removeprefix, removesuffix


class Cat(BaseModel):
    type: Literal["cat"]
    lives: Optional[int] = None


class Dog(BaseModel):
    type: Literal["dog"]
    lives: Optional[int] = None


Pet = Union[Cat, Dog]


def test_construct_type_takes_a_fields_metadata() -> None:
    # Valid for neither variant (lives is no int): only the discriminator picks Dog.
    value = {"type": "dog", "lives": "many"}
    assert isinstance(construct_type(value=value, type_=Pet, metadata=[PropertyInfo(discriminator="type")]), Dog)


def test_the_discriminator_is_cached_on_the_union() -> None:
    construct_type(value={"type": "cat"}, type_=Annotated[Pet, PropertyInfo(discriminator="type")])
    union: object = Pet
    assert isinstance(union, CachedDiscriminatorType)
    assert union.__discriminator__.field_name == "type"


def test_discriminator_details_take_stainless_keywords() -> None:
    details = DiscriminatorDetails(mapping={"cat": Cat}, discriminator_field="type", discriminator_alias="kind")
    assert (details.field_name, details.field_alias_from, details.mapping) == ("type", "kind", {"cat": Cat})


def test_inherits_generic() -> None:
    class Names(List[str]):
        pass

    # typing leaves \`__orig_bases__\` out of a protocol's members, so any class passes the check (as with
    # Stainless's): owners use it to narrow, then read the bases.
    cls: object = Names
    assert isinstance(cls, InheritsGeneric)
    assert cls.__orig_bases__[0].__origin__ is list


def test_model_builder_protocol_names_build() -> None:
    assert "build" in dir(ModelBuilderProtocol)


def test_qs_options() -> None:
    assert Options(Querystring(array_format="comma")).array_format == "comma"
    options = Options(array_format="indices")
    assert (options.array_format, options.nested_format) == ("indices", "brackets")
    qs = Querystring(nested_format="dots")
    assert Options(qs=qs, array_format="brackets").nested_format == "dots"


def test_typing_helpers_by_keyword() -> None:
    assert is_list_type(typ=List[int])
    assert is_sequence_type(typ=List[int]) is False
    assert is_iterable_type(typ=List[int]) is False
    assert is_union_type(typ=Union[int, str])
    assert is_annotated_type(typ=Annotated[int, "meta"])
    assert is_required_type(typ=int) is False
    assert is_typevar(typ=int) is False
    assert is_type_alias_type(int) is False
    assert strip_annotated_type(typ=Annotated[int, "meta"]) is int
    assert extract_type_arg(typ=List[str], index=0) is str


def test_value_helpers_by_keyword() -> None:
    assert coerce_integer(val="3") == 3 and coerce_float(val="1.5") == 1.5 and coerce_boolean(val="on")
    assert maybe_coerce_integer(val=None) is None and maybe_coerce_float(val="2") == 2.0
    assert maybe_coerce_boolean(val="0") is False
    assert not is_given(obj=omit)
    assert flatten(t=[[1], [2, 3]]) == [1, 2, 3]
    assert quote(string="x") == "'x'"
    assert removeprefix(string="v1/items", prefix="v1/") == "items"
    assert removesuffix(string="items.json", suffix=".json") == "items"
    assert read_file_content(file=b"bytes") == b"bytes"


def test_sse_decoder_by_keyword() -> None:
    events = list(SSEDecoder().iter_bytes(iterator=iter([b"data: 1\\n\\n"])))
    assert [event.data for event in events] == ["1"]


def test_request_options_max_retries_by_keyword() -> None:
    options = FinalRequestOptions.construct(method="get", url="/pets")
    assert options.get_max_retries(max_retries=3) == 3


def test_streams_take_the_request_options() -> None:
    for stream_cls in (Stream, AsyncStream):
        assert "options" in inspect.signature(stream_cls).parameters
    assert extract_stream_chunk_type(Stream[Cat]) is Cat
    with pytest.raises(RuntimeError, match="no chunk type"):
        extract_stream_chunk_type(Stream, failure_message="no chunk type")


def test_a_stream_keeps_its_options() -> None:
    from acme import Acme

    options = FinalRequestOptions.construct(method="get", url="/events")
    with Acme(base_url="http://127.0.0.1:9", api_key="key") as client:
        response = httpx.Response(200, content=b"data: {}\\n\\n")
        stream = Stream[object](cast_to=object, response=response, client=client, options=options)
        assert stream._options is options
`;

describe("Stainless's runtime names that owners' code uses (templates/python/runtime)", () => {
  const root = tempDir('python-owner-names-r28');
  const file = path.join(root, 'test_owner_runtime_names.py');

  beforeAll(async () => {
    mkdirSync(root, { recursive: true });
    writeFileSync(file, OWNER_CODE);
    const linked = await runProcess(venvPython(), [path.join(RUNTIME_TESTS, 'link_runtime.py')], { env: NO_BYTECODE });
    expect(linked.code, linked.stderr).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('imports and calls them as Stainless names them', async () => {
    const { cases, result } = await runPytest({
      cwd: root,
      junit: path.join(root, 'junit.xml'),
      args: ['-q', '-c', path.join(RUNTIME_TESTS, 'pytest.ini'), '--rootdir', root, file],
      env: { ...NO_BYTECODE, PYTHONPATH: FIXTURE_SRC },
      timeout: 3 * 60 * 1000,
    });
    const failed = cases.filter((c) => c.outcome !== 'passed');
    expect(failed.map((f) => `${f.id}: ${f.message.split('\n').slice(0, 4).join(' ')}`)).toEqual([]);
    expect(cases.length, result.stdout.slice(-3000)).toBe(12);
  }, 200_000);

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict and mypy',
    async () => {
      const config = path.join(root, 'pyrightconfig.json');
      writeFileSync(
        config,
        JSON.stringify({
          typeCheckingMode: 'strict',
          pythonVersion: '3.9',
          reportImplicitOverride: true,
          reportPrivateUsage: false,
          include: [file],
          extraPaths: [FIXTURE_SRC],
        }),
      );
      const pyright = await runPyright(config);
      expect(describeErrors(pyright.diagnostics, root)).toEqual([]);
      const mypy = await runProcess(
        venvPython(),
        [
          '-m',
          'mypy',
          '--config-file',
          path.join(RUNTIME_TESTS, 'mypy.ini'),
          '--cache-dir',
          path.join(root, 'mypy'),
          file,
        ],
        { cwd: root, env: { ...NO_BYTECODE, MYPYPATH: FIXTURE_SRC }, timeout: 5 * 60 * 1000 },
      );
      expect(mypy.code, mypy.stdout.slice(-4000)).toBe(0);
    },
    600_000,
  );
});
