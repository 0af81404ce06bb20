/**
 * migrate (Python): an owners' edit widening a parameter's annotation in Stainless's runtime (stagehand-python's
 * `strip_not_given` overload, `Mapping[_K, _V | NotGiven]` → `Mapping[_K, _V | NotGiven | Omit]`, so that callers may
 * pass `omit` values), where sdkgen's function of the same name takes that parameter as `object`, `Any` or a union
 * holding the widened type: its effect is in sdkgen's code already (widened-annotations.ts). Before, migrate left the
 * edit for a person and exited 1 (session 60's trial, check 1 and 4). A narrowing, another edit in the same hunk, or
 * a parameter sdkgen's function types narrower stays the owners'.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { withWidenedAnnotationsDone } from '../../generator/migrate/python/already-done/widened-annotations';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');

// Stainless's `_utils/_utils.py` in its shape (written for this test), the owners' edit, and sdkgen's module.
const STAINLESS = `from __future__ import annotations

from typing import Mapping, TypeVar, overload

from .._types import Omit, NotGiven

_K = TypeVar("_K")
_V = TypeVar("_V")


@overload
def strip_not_given(obj: None) -> None: ...


@overload
def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> dict[_K, _V]: ...


@overload
def strip_not_given(obj: object) -> object: ...


def strip_not_given(obj: object | None) -> object:
    """Remove all top-level keys where their values are instances of \`NotGiven\`"""
    if obj is None:
        return None

    if not is_mapping(obj):
        return obj

    return {key: value for key, value in obj.items() if not isinstance(value, (NotGiven, Omit))}


def coerce_integer(val: str) -> int:
    return int(val, base=10)
`;
const WIDENED = STAINLESS.replace(
  'def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> dict[_K, _V]: ...',
  'def strip_not_given(obj: Mapping[_K, _V | NotGiven | Omit]) -> dict[_K, _V]: ...',
);
const sdkgen = (annotation: string) => `from __future__ import annotations

from typing import Any, Union, Mapping, TypeVar

from .._types import Omit, NotGiven

_T = TypeVar("_T")


def is_given(obj: Union[_T, NotGiven, Omit]) -> bool:
    return not isinstance(obj, (NotGiven, Omit))


def strip_not_given(obj: ${annotation}) -> Any:
    """A mapping without its \`NotGiven\`/\`Omit\` values (other values are returned as they are)."""
    if obj is None:
        return None
    if not is_mapping(obj):
        return obj
    return {key: value for key, value in obj.items() if is_given(value)}


def coerce_integer(val: str) -> int:
    return int(val, base=10)
`;

describe("a parameter's annotation the owners widened, which sdkgen's function accepts already", () => {
  it("is done where sdkgen's parameter is `object`, `Any`, or a union holding the widened type", () => {
    for (const annotation of ['object', 'Any', 'Optional[object]', 'Union[Mapping[_K, _V | NotGiven | Omit], None]'])
      expect(withWidenedAnnotationsDone(STAINLESS, WIDENED, sdkgen(annotation))).toEqual({
        text: STAINLESS,
        alreadyThere: 1,
      });
  });

  it("stays the owners' where sdkgen's parameter is narrower, or the function is not sdkgen's", () => {
    expect(withWidenedAnnotationsDone(STAINLESS, WIDENED, sdkgen('Mapping[str, object]'))).toBeNull();
    expect(withWidenedAnnotationsDone(STAINLESS, WIDENED, sdkgen('Mapping[_K, _V | NotGiven]'))).toBeNull();
    const renamed = sdkgen('object').replace('def strip_not_given(', 'def strip_unset(');
    expect(withWidenedAnnotationsDone(STAINLESS, WIDENED, renamed)).toBeNull();
    // (A parameter of another name in sdkgen's function is another parameter.)
    const otherName = sdkgen('object').replace('def strip_not_given(obj:', 'def strip_not_given(value:');
    expect(withWidenedAnnotationsDone(STAINLESS, WIDENED, otherName)).toBeNull();
  });

  it("stays the owners' where the edit narrows the type, or changes more than the annotation", () => {
    const narrowed = STAINLESS.replace('obj: Mapping[_K, _V | NotGiven]', 'obj: Mapping[_K, _V]');
    expect(withWidenedAnnotationsDone(STAINLESS, narrowed, sdkgen('object'))).toBeNull();
    const returnToo = WIDENED.replace('| Omit]) -> dict[_K, _V]: ...', '| Omit]) -> Mapping[_K, _V]: ...');
    expect(withWidenedAnnotationsDone(STAINLESS, returnToo, sdkgen('object'))).toBeNull();
    const defaultToo = STAINLESS.replace(
      'def strip_not_given(obj: Mapping[_K, _V | NotGiven]) -> dict[_K, _V]: ...',
      'def strip_not_given(obj: Mapping[_K, _V | NotGiven | Omit] = {}) -> dict[_K, _V]: ...',
    );
    expect(withWidenedAnnotationsDone(STAINLESS, defaultToo, sdkgen('object'))).toBeNull();
    // (A widening and a line added in one hunk: the line is theirs, so the hunk is.)
    const bodyToo = WIDENED.replace(
      '| Omit]) -> dict[_K, _V]: ...\n',
      '| Omit]) -> dict[_K, _V]: ...\nSTRIPS_OMIT = True\n',
    );
    expect(withWidenedAnnotationsDone(STAINLESS, bodyToo, sdkgen('object'))).toBeNull();
  });

  it('reads a parameter laid out on a line of its own in a method', () => {
    const method = (type: string) =>
      `class Client:\n    def send(\n        self,\n        body: ${type},\n    ) -> None:\n        pass\n`;
    const ours = 'class Client:\n    def send(self, body: object) -> None:\n        pass\n';
    expect(withWidenedAnnotationsDone(method('str'), method('str | bytes'), ours)).toEqual({
      text: method('str'),
      alreadyThere: 1,
    });
    // (The same name in another class is another function.)
    const elsewhere = ours.replace('class Client:', 'class Other:');
    expect(withWidenedAnnotationsDone(method('str'), method('str | bytes'), elsewhere)).toBeNull();
  });

  it('reads an annotation laid out over lines: a member line added or changed', () => {
    const method = (...members: string[]) =>
      'class Client:\n    def send(\n        self,\n        body: Union[\n' +
      members.map((m) => `            ${m},\n`).join('') +
      '        ],\n        timeout: float = 60,\n    ) -> None:\n        pass\n';
    const ours = 'class Client:\n    def send(self, body: object, timeout: float = 60) -> None:\n        pass\n';
    const before = method('str', 'bytes');
    for (const after of [method('str', 'bytes', 'bytearray'), method('str', 'bytes | bytearray')])
      expect(withWidenedAnnotationsDone(before, after, ours)).toEqual({ text: before, alreadyThere: 1 });
    // sdkgen's union holding the members is enough; one without them is not.
    const union = ours.replace('body: object', 'body: Union[str, bytes, bytearray, None]');
    expect(withWidenedAnnotationsDone(before, method('str', 'bytes', 'bytearray'), union)).not.toBeNull();
    const narrow = ours.replace('body: object', 'body: Union[str, bytes]');
    expect(withWidenedAnnotationsDone(before, method('str', 'bytes', 'bytearray'), narrow)).toBeNull();
    // A member taken out narrows; a parameter added is more than a widening.
    expect(withWidenedAnnotationsDone(before, method('str'), ours)).toBeNull();
    const added = before.replace('        ],\n', '        ],\n        retries: int = 2,\n');
    expect(withWidenedAnnotationsDone(before, added, ours)).toBeNull();
    const returns = method('str', 'bytes', 'bytearray').replace(
      '            bytearray,\n        ],\n        timeout: float = 60,\n    ) -> None:',
      '            bytearray,\n        ],\n        timeout: float = 60,\n    ) -> bool:',
    );
    // (Two hunks: the widening is done, the return changed stays theirs.)
    expect(withWidenedAnnotationsDone(before, returns, ours)).toEqual({
      text: before.replace(') -> None:', ') -> bool:'),
      alreadyThere: 1,
    });
    // (A line added in the function's body just below its signature is no part of it.)
    const body = before.replace('    ) -> None:\n', '    ) -> None:\n        body = str(body)\n');
    expect(withWidenedAnnotationsDone(before, body, ours)).toBeNull();
  });

  it('is not left for a person by migrate, and is reported already there', () => {
    const path = 'src/acme/_utils/_utils.py';
    const migrated = planPythonMigration({
      current: [{ path, blob: blob(WIDENED), text: WIDENED }],
      base: { blobs: new Map([[path, blob(STAINLESS)]]), texts: new Map([[path, STAINLESS]]) },
      rendered: [{ path, contents: sdkgen('object') }],
      importName: 'acme',
    });
    expect(migrated.rejected).toEqual([]);
    expect(migrated.needsHand).toEqual([]);
    expect(migrated.alreadyThere.map((entry) => entry.path)).toEqual([path]);
    expect(migrated.writes.find((f) => f.path === path)?.contents).toBe(sdkgen('object'));
  });
});

describe("a one-line docstring the owners rewrote, which sdkgen's function words otherwise", () => {
  const path = 'src/acme/_utils/_utils.py';
  const OWNERS_DOC = '"""Remove all top-level keys where their values are `not_given` or `omit`."""';
  // stagehand's two hunks: the overload widened, and the docstring saying what the function now drops.
  const OWNERS = WIDENED.replace(
    '"""Remove all top-level keys where their values are instances of `NotGiven`"""',
    OWNERS_DOC,
  );
  const migrate = (rendered: string) =>
    planPythonMigration({
      current: [{ path, blob: blob(OWNERS), text: OWNERS }],
      base: { blobs: new Map([[path, blob(STAINLESS)]]), texts: new Map([[path, STAINLESS]]) },
      rendered: [{ path, contents: rendered }],
      importName: 'acme',
    });

  it("is carried onto sdkgen's function in place of its docstring (migrate exits 0)", () => {
    const migrated = migrate(sdkgen('object'));
    expect(migrated.rejected).toEqual([]);
    expect(migrated.needsHand).toEqual([]);
    const written = migrated.writes.find((f) => f.path === path)?.contents ?? '';
    expect(written).toBe(
      sdkgen('object').replace(
        '"""A mapping without its `NotGiven`/`Omit` values (other values are returned as they are)."""',
        OWNERS_DOC,
      ),
    );
  });

  it("is left for a person where sdkgen's docstring runs over lines (it may say more)", () => {
    const longer = sdkgen('object').replace(
      '(other values are returned as they are)."""',
      '(other values are returned as they are).\n\n    Args:\n        obj: what to strip.\n    """',
    );
    const migrated = migrate(longer);
    expect(migrated.rejected.map((file) => file.path)).toEqual([path]);
    expect(migrated.writes.find((f) => f.path === path)?.contents).toContain('Args:');
  });
});
