/**
 * The era read from a Stainless Python SDK whose owners replaced a resource with a subclass of their own, named after
 * Stainless's suffixed class (stagehand-python's `SessionsResourceWithHelpers`): the SDK's classes keep the suffix.
 */
import { describe, expect, it } from 'vitest';
import { inferStainlessPythonEra } from '../../generator/stainless/python-era-inference';

const lazyProperty = (attribute: string, made: string) =>
  `    @cached_property\n    def ${attribute}(self) -> ${made}:\n` +
  `        from .resources.${attribute}_helpers import ${made}\n\n        return ${made}(self)\n`;

const client = (made: string) =>
  [
    lazyProperty('sessions', made),
    '    @cached_property\n    def with_raw_response(self) -> StagehandWithRawResponse:',
    '        return StagehandWithRawResponse(self)\n',
  ].join('\n');

const files = (text: string) => [
  { path: 'src/stagehand/_client.py', text },
  { path: 'src/stagehand/__init__.py', text: 'from ._client import DefaultAioHttpClient\n' },
];

const GENERATED = '2026-03-25T18:00:00Z';

describe("resource class names read past the owners' subclasses", () => {
  it('a class named after a suffixed one (`…ResourceWithHelpers`) is no plain name', () => {
    const era = inferStainlessPythonEra(files(client('SessionsResourceWithHelpers')), GENERATED);
    expect(era ?? '').not.toContain('plain-resource-names');
  });

  it('a plain name, and a plain one with a word after it, still read as plain', () => {
    expect(inferStainlessPythonEra(files(client('Sessions')), GENERATED)).toContain('+plain-resource-names');
    expect(inferStainlessPythonEra(files(client('ResourceGroups')), GENERATED)).toContain('+plain-resource-names');
  });
});
