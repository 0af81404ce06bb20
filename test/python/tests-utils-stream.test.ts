/**
 * The `assert_matches_type` of the tests/utils.py we write passes a method's `Stream[T]` (or `AsyncStream[T]`) result
 * that is an instance of that stream class, reading none of its events (that would consume the stream), and fails any
 * other value. Stainless's helper had no such branch: julep-python's owners added one (`elif
 * is_stream_class_type(type_): assert isinstance(value, (Stream, AsyncStream))`) for their streaming methods, and
 * `sdkgen migrate` lists that edit as done by sdkgen's helper, with this test (migrate/python/already-done/runtime-behaviours.ts).
 * The template module itself is run in the venv: it imports pydantic alone.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { baseOf, checkoutOf } from '../helpers/plan-inputs';
import { ROOT } from '../helpers/paths';
import { runProcess, venvPython } from '../helpers/python';

const TEMPLATE = path.join(ROOT, 'templates/python/project/tests/utils.py');
const readTemplate = () => readFileSync(TEMPLATE, 'utf8');

const PROGRAM = `
from typing import Generic, TypeVar, Union

import pydantic

from utils import assert_matches_type

T = TypeVar("T")


class Stream(Generic[T]):
    pass


class AsyncStream(Generic[T]):
    pass


class Chunk(pydantic.BaseModel):
    text: str


class Reply(pydantic.BaseModel):
    text: str


def passes(type_, value) -> bool:
    try:
        assert_matches_type(type_, value, path=["response"])
    except AssertionError:
        return False
    return True


print(
    passes(Stream[Chunk], Stream()),
    passes(AsyncStream[Chunk], AsyncStream()),
    passes(Union[Reply, Stream[Chunk]], Stream()),
    passes(Stream[Chunk], AsyncStream()),
    passes(Stream[Chunk], {"text": "a"}),
    passes(Union[Reply, Stream[Chunk]], {"text": "a"}),
)
`;
import { tempDir } from '../helpers/sdk';

describe('tests/utils.py: assert_matches_type of a stream', () => {
  const dir = tempDir('sdkgen-tests-utils-stream');

  it('passes a stream of the declared class and fails any other value', async () => {
    copyFileSync(TEMPLATE, path.join(dir, 'utils.py'));
    writeFileSync(path.join(dir, 'check.py'), PROGRAM);
    const ran = await runProcess(venvPython(), ['check.py'], { cwd: dir });
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout.trim()).toBe('True True True False False False');
  }, 60_000);
});

/** Stainless's helper around the branch julep-python's owners added (its dict and union branches, shortened). */
const STAINLESS_UTILS = `from __future__ import annotations

from typing import Any
from typing_extensions import get_args, get_origin

from acme._utils import is_dict, is_union_type


def assert_matches_type(type_: Any, value: object, *, path: list[str]) -> None:
    origin = get_origin(type_) or type_
    if origin == dict:
        assert is_dict(value)
        for key, item in value.items():
            assert_matches_type(get_args(type_)[1], item, path=[*path, "<dict item>"])
    elif is_union_type(type_):
        for variant in get_args(type_):
            assert_matches_type(variant, value, path=path)
    else:
        assert isinstance(value, origin)
`;
const OWNERS_UTILS = STAINLESS_UTILS.replace(
  '    elif is_union_type(type_):\n',
  '    elif is_stream_class_type(type_):\n' +
    '        # Handle Stream[T] and AsyncStream[T] types\n' +
    '        assert isinstance(value, (Stream, AsyncStream))\n' +
    '    elif is_union_type(type_):\n',
).replace(
  'from acme._utils',
  'from acme._streaming import Stream, AsyncStream, is_stream_class_type\nfrom acme._utils',
);

describe("sdkgen migrate (Python): the owners' stream branch of Stainless's assert_matches_type", () => {
  it("is listed as done by sdkgen's helper, with the test showing it, not left for a person", () => {
    const result = planPythonMigration({
      current: checkoutOf({ 'tests/utils.py': OWNERS_UTILS }),
      base: baseOf({ 'tests/utils.py': STAINLESS_UTILS }),
      rendered: [{ path: 'tests/utils.py', contents: readTemplate() }],
      importName: 'acme',
    });
    expect(result.rejected.filter((r) => r.path === 'tests/utils.py')).toEqual([]);
    expect(result.needsHand.filter((n) => n.path === 'tests/utils.py')).toEqual([]);
    expect(result.doneBySdkgen).toContainEqual({
      path: 'tests/utils.py',
      does: expect.stringContaining('`Stream[T]`') as unknown as string,
      test: 'test/python/tests-utils-stream.test.ts › passes a stream of the declared class and fails any other value',
    });
  });

  it('leaves a branch that reads the stream’s events for a person', () => {
    const owners = OWNERS_UTILS.replace(
      '        assert isinstance(value, (Stream, AsyncStream))\n',
      '        assert isinstance(value, (Stream, AsyncStream))\n        for chunk in value:\n            pass\n',
    );
    const result = planPythonMigration({
      current: checkoutOf({ 'tests/utils.py': owners }),
      base: baseOf({ 'tests/utils.py': STAINLESS_UTILS }),
      rendered: [{ path: 'tests/utils.py', contents: readTemplate() }],
      importName: 'acme',
    });
    expect(result.doneBySdkgen.filter((d) => d.path === 'tests/utils.py')).toEqual([]);
  });
});
