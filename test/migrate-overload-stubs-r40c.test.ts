/**
 * An `@overload` variant whose body, `...`, stands on its signature's last line (`) -> Translation: ...`, as Ruff lays
 * out a stub: openai-python's owners turned Stainless's one `Translations.create` into three such variants and an
 * implementation). The variant ends on that line (owners-methods.ts: definitionSpan). Read otherwise, the first
 * variant ran on to the implementation's body, the owners' set looked like one definition as Stainless's and sdkgen's,
 * and carried line by line it named `response_format` twice in sdkgen's signature: the module was written without any
 * of the owners' edits (17 hunks of translations.py, 15 of transcriptions.py left for a person).
 */
import { describe, expect, it } from 'vitest';
import { definitionSpan } from '../generator/migrate/python/reapply/owners-methods';
import { withOwnersOverloadSets } from '../generator/migrate/python/reapply/overload-sets';
import { planPythonMigration } from '../generator/migrate/python/plan';

const PATH = 'src/acme/resources/audio/translations.py';

const HEAD = (typing: string, extensions: string) => [
  'from __future__ import annotations',
  '',
  `from typing import ${typing}`,
  `from typing_extensions import ${extensions}`,
  '',
  'import httpx',
  '',
  'from ..._types import Omit, omit',
  'from ..._resource import SyncAPIResource, AsyncAPIResource',
  'from ...types.audio.translation import Translation',
  '',
];

/** A variant as Ruff lays it out past the line length: its parameters one a line, `...` after the return type. */
const stub = (a: string, format: string, returns: string) => [
  '    @overload',
  `    ${a}def create(`,
  '        self,',
  '        *,',
  '        file: bytes,',
  `        response_format: ${format},`,
  '        timeout: float | httpx.Timeout | None = None,',
  `    ) -> ${returns}: ...`,
];

/** Stainless's one `create` (sdkgen's too, with its own docstring): every format, one return type. */
const single = (a: string, post: string, doc: string) => [
  `    ${a}def create(`,
  '        self,',
  '        *,',
  '        file: bytes,',
  '        response_format: Literal["json", "text", "verbose_json"] | Omit = omit,',
  '        timeout: float | httpx.Timeout | None = None,',
  '    ) -> Translation:',
  `        """${doc}"""`,
  `        return ${post}("/audio/translations", body={"file": file, "response_format": response_format}, cast_to=Translation)`,
];

/** The owners' set: a variant a format, and the implementation casting to the format's type. */
const owners = (a: string, post: string) => [
  ...stub(a, 'Union[Literal["json"], Omit] = omit', 'Translation'),
  '',
  ...stub(a, 'Literal["verbose_json"]', 'TranslationVerbose'),
  '',
  ...stub(a, 'Literal["text"]', 'str'),
  '',
  `    ${a}def create(`,
  '        self,',
  '        *,',
  '        file: bytes,',
  '        response_format: Union[Literal["json", "text", "verbose_json"], Omit] = omit,',
  '        timeout: float | httpx.Timeout | None = None,',
  '    ) -> Translation | TranslationVerbose | str:',
  '        """Translates audio into English."""',
  `        return ${post}(  # type: ignore[return-value]`,
  '            "/audio/translations",',
  '            body={"file": file, "response_format": response_format},',
  '            cast_to=_get_response_format_type(response_format),',
  '        )',
];

const module = (head: string[], names: [string, string], sync: string[], async_: string[], tail: string[] = []) =>
  [
    ...head,
    '',
    `class ${names[0]}(SyncAPIResource):`,
    ...sync,
    '',
    '',
    `class ${names[1]}(AsyncAPIResource):`,
    ...async_,
    ...tail,
    '',
  ].join('\n');

const STAINLESS = module(
  HEAD('Union', 'Literal'),
  ['Translations', 'AsyncTranslations'],
  single('', 'self._post', 'Translates audio into English.'),
  single('async ', 'await self._post', 'Translates audio into English.'),
);
const EDITED = module(
  [
    ...HEAD('Union', 'Literal, overload').slice(0, -1),
    'from ...types.audio.translation_verbose import TranslationVerbose',
    '',
  ],
  ['Translations', 'AsyncTranslations'],
  owners('', 'self._post'),
  owners('async ', 'await self._post'),
  [
    '',
    '',
    'def _get_response_format_type(response_format: object) -> type[Translation | TranslationVerbose | str]:',
    '    return Translation',
  ],
);
const SDKGEN = module(
  HEAD('Union', 'Literal'),
  ['Translations', 'AsyncTranslations'],
  single('', 'self._post', 'Translate audio into English (sdkgen’s words).'),
  single('async ', 'await self._post', 'Translate audio into English (sdkgen’s words).'),
);

/** The `) -> …` lines of `create` in the class named. */
function returns(text: string, klass: string): string[] {
  const body = text.split(`\nclass ${klass}(`)[1].split('\nclass ')[0];
  return [...body.matchAll(/^ {4}\) -> (.*)$/gm)].map((m) => m[1]);
}

describe('an @overload variant whose `...` ends its signature’s line', () => {
  it('is a definition of its own, ending on that line', () => {
    const lines = EDITED.split('\n');
    const at = lines.findIndex((l) => l === '    def create(');
    const span = definitionSpan(lines, at)!;
    expect(lines[span.start]).toBe('    @overload');
    expect(lines[span.signatureEnd]).toBe('    ) -> Translation: ...');
    expect(span.end).toBe(span.signatureEnd + 1);
  });

  it('a signature with a colon in a string or its brackets still closes at the colon of depth 0', () => {
    const lines = [
      '    def get(self, key: "dict[str, int]" = {"a:b": 1}) -> "Page[str]":',
      '        return key',
      '',
      '    def other(self) -> None: ...',
    ];
    expect(definitionSpan(lines, 0)).toEqual({ start: 0, signatureEnd: 0, end: 2 });
    expect(definitionSpan(lines, 3)).toEqual({ start: 3, signatureEnd: 3, end: 4 });
  });

  it('makes the owners’ set of four replace the single create of Stainless and sdkgen', () => {
    const out = withOwnersOverloadSets({ base: STAINLESS, target: SDKGEN, moved: 0, alreadyThere: 0 }, EDITED);
    expect(out.overloadSets).toEqual(['Translations.create', 'AsyncTranslations.create']);
    expect(returns(out.target, 'Translations')).toEqual(returns(EDITED, 'Translations'));
  });

  it('reaches the plan: the module carries the owners’ variants, no hunk left for a person', () => {
    const plan = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: EDITED }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
    });
    const text = plan.writes.find((f) => f.path === PATH)!.contents;
    for (const klass of ['Translations', 'AsyncTranslations'])
      expect(returns(text, klass)).toEqual([
        'Translation: ...',
        'TranslationVerbose: ...',
        'str: ...',
        'Translation | TranslationVerbose | str:',
      ]);
    expect(text.match(/^ {8}response_format:/gm)).toHaveLength(8);
    expect(text).toContain('def _get_response_format_type(');
    expect(plan.rejected).toEqual([]);
    expect(plan.needsHand).toEqual([]);
  });
});
