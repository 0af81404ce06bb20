/**
 * A method's `@overload` set and its implementation are one member (migrate/python/reapply/overload-sets.ts): groq's owners
 * made Stainless's one `Completions.create` (sync and async) a set of overloads and an implementation; sdkgen's class
 * writes a set of its own, of other definitions. Carried line by line, the owners' overloads sat beside sdkgen's and
 * some async ones landed in the sync class (pyright: reportInconsistentOverload, reportRedeclaration). The owners' set
 * now takes the place of sdkgen's as a whole, each in its class.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { withOwnersOverloadSets } from '../generator/migrate/python/reapply/overload-sets';

const PATH = 'src/acme/resources/things.py';

const HEAD = (typing: string, utils = 'maybe_transform') => [
  'from __future__ import annotations',
  '',
  `from typing import ${typing}`,
  '',
  `from ..._utils import ${utils}`,
  'from ..._resource import SyncAPIResource, AsyncAPIResource',
  'from ..._streaming import Stream, AsyncStream',
  'from ...types.thing import Thing',
  '',
];

/** A class's `create` as one definition (Stainless's), `async` or not. */
const single = (a: string, post: string) => [
  `    ${a}def create(self, *, name: str, stream: bool | None = None) -> Thing:`,
  `        return ${post}("/things", body=maybe_transform({"name": name, "stream": stream}), cast_to=Thing)`,
];

/** The owners' set: two overloads and an implementation streaming `Chunk`s. */
const owners = (a: string, post: string, stream: string) => [
  '    @overload',
  `    ${a}def create(self, *, name: str, stream: Literal[False] | None = None) -> Thing: ...`,
  '',
  '    @overload',
  `    ${a}def create(self, *, name: str, stream: Literal[True]) -> ${stream}[Chunk]: ...`,
  '',
  `    ${a}def create(self, *, name: str, stream: bool | None = None) -> Thing | ${stream}[Chunk]:`,
  `        return ${post}(`,
  '            "/things",',
  '            body=maybe_transform({"name": name, "stream": stream}),',
  '            cast_to=Thing,',
  '            stream=stream or False,',
  `            stream_cls=${stream}[Chunk],`,
  '        )',
];

/** sdkgen's set: three overloads and an implementation under `@required_args`, streaming `Thing`s. */
const sdkgens = (a: string, post: string, stream: string) => [
  '    @overload',
  `    ${a}def create(self, *, name: str, stream: Literal[False] | None = None) -> Thing:`,
  '        """Create a thing."""',
  '        ...',
  '',
  '    @overload',
  `    ${a}def create(self, *, name: str, stream: Literal[True]) -> ${stream}[Thing]:`,
  '        """Create a thing."""',
  '        ...',
  '',
  '    @overload',
  `    ${a}def create(self, *, name: str, stream: bool) -> Thing | ${stream}[Thing]:`,
  '        """Create a thing."""',
  '        ...',
  '',
  '    @required_args(["name"], ["name", "stream"])',
  `    ${a}def create(self, *, name: str, stream: bool | None = None) -> Thing | ${stream}[Thing]:`,
  `        return ${post}(`,
  '            "/things",',
  '            body=maybe_transform({"name": name, "stream": stream}),',
  '            cast_to=Thing,',
  '            stream=stream or False,',
  `            stream_cls=${stream}[Thing],`,
  '        )',
];

const module = (head: string[], names: [string, string], sync: string[], async_: string[]) =>
  [
    ...head,
    '',
    `class ${names[0]}(SyncAPIResource):`,
    '    def with_raw_response(self) -> int:',
    '        return 1',
    '',
    ...sync,
    '',
    '',
    `class ${names[1]}(AsyncAPIResource):`,
    '    def with_raw_response(self) -> int:',
    '        return 1',
    '',
    ...async_,
    '',
  ].join('\n');

const STAINLESS = module(
  HEAD('Union'),
  ['Things', 'AsyncThings'],
  single('', 'self._post'),
  single('async ', 'await self._post'),
);
const EDITED = module(
  [...HEAD('Union, overload').slice(0, -1), 'from ...types.chunk import Chunk', ''],
  ['Things', 'AsyncThings'],
  owners('', 'self._post', 'Stream'),
  owners('async ', 'await self._post', 'AsyncStream'),
);
const SDKGEN = module(
  HEAD('Union', 'required_args, maybe_transform'),
  ['ThingsResource', 'AsyncThingsResource'],
  sdkgens('', 'self._post', 'Stream'),
  sdkgens('async ', 'await self._post', 'AsyncStream'),
).replace('from typing import Union', 'from typing import Union\nfrom typing_extensions import Literal, overload');

/** The definitions of `create` in the class named, as `(async) def create(…) -> …` lines. */
function creates(text: string, klass: string): string[] {
  const body = text.split(`\nclass ${klass}(`)[1].split('\nclass ')[0];
  return [...body.matchAll(/^ {4}((?:async )?def create\(.*)$/gm)].map((m) => m[1]);
}

describe('an owners’ @overload set where sdkgen’s class has its own', () => {
  it('takes the place of sdkgen’s set as a whole, in Stainless’s text too', () => {
    const out = withOwnersOverloadSets({ base: STAINLESS, target: SDKGEN, moved: 0, alreadyThere: 0 }, EDITED);
    expect(out.overloadSets).toEqual(['Things.create', 'AsyncThings.create']);
    expect(creates(out.target, 'ThingsResource')).toEqual(creates(EDITED, 'Things'));
    expect(creates(out.target, 'AsyncThingsResource')).toEqual(creates(EDITED, 'AsyncThings'));
    expect(creates(out.base, 'Things')).toEqual(creates(EDITED, 'Things'));
    // sdkgen's `required_args`, read by its set alone, is imported no more.
    expect(out.target).not.toContain('required_args');
    expect(out.moved).toBe(2);
  });

  it('leaves a set the owners did not change, and one of the same count everywhere, to the line carry', () => {
    const same = withOwnersOverloadSets({ base: EDITED, target: SDKGEN, moved: 0, alreadyThere: 0 }, EDITED);
    expect(same.overloadSets).toEqual([]);
    expect(same.target).toBe(SDKGEN);
  });

  it('reaches the plan: each class has the owners’ set once, the async one in the async class', () => {
    const plan = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: EDITED }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
    });
    const text = plan.writes.find((f) => f.path === PATH)!.contents;
    expect(creates(text, 'ThingsResource')).toEqual(creates(EDITED, 'Things'));
    expect(creates(text, 'AsyncThingsResource')).toEqual(creates(EDITED, 'AsyncThings'));
    expect(text).toContain('stream_cls=Stream[Chunk]');
    expect(text).toContain('stream_cls=AsyncStream[Chunk]');
    expect(text).not.toContain('[Thing]');
    expect(text).toContain('from ...types.chunk import Chunk');
    // The owners' `from typing import …, overload` and sdkgen's `typing_extensions` one: imported once (Ruff F811).
    expect(text.match(/^from typing(_extensions)? import .*\boverload\b/gm)).toEqual([
      'from typing_extensions import Literal, overload',
    ]);
    expect(text).toMatch(/^from typing import Union$/m);
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
    // Said as such in the report, not only as a carried hunk.
    expect(plan.replacedOverloadSets).toEqual([`${PATH}: Things.create`, `${PATH}: AsyncThings.create`]);
  });
});
