/**
 * A Python resource class is named after its own key, as Stainless names it (`files.metadata` → `MetadataResource`,
 * `user` → `UserResource`), even where the SDK-wide names the IR settles had to move it off a model's name (a model
 * `Metadata`, a model `User`): the `Resource` suffix keeps the class apart from the models already. Only a
 * subresource named as its parent (`teams.teams`) keeps a name of its own, its parent's module importing it beside
 * its own class. Found by scripts/stainless-python-tests.mjs (imagekit, nptakudo: their resource classes absent from
 * ours). With SDKGEN_PYTHON_TESTS=full, pyright strict checks the resources and the generated tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const classesOf = (text: string) => [...text.matchAll(/^class (\w+)\((?:Sync|Async)APIResource\):/gm)].map((m) => m[1]);

describe('resource class names', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const read = (file: string) => readFileSync(path.join(out, 'src/names_sdk', file), 'utf8');
  const { out } = pythonSdk(
    'py-resource-class-names',
    { spec: fixture('resource-class-names.yaml'), config: fixture('resource-class-names.stainless.yml') },
    { timeout: 300_000 },
  );

  it('names a resource after its key beside a model of that name', () => {
    expect(classesOf(read('resources/user.py'))).toEqual(['UserResource', 'AsyncUserResource']);
    expect(read('_client.py')).toContain('def user(self) -> UserResource:');
  });

  it('names a subresource after its own key, not its parent', () => {
    expect(classesOf(read('resources/files/metadata.py'))).toEqual(['MetadataResource', 'AsyncMetadataResource']);
    expect(read('resources/files/files.py')).toContain('def metadata(self) -> MetadataResource:');
  });

  it('keeps a subresource named as its parent apart from it', () => {
    const [parent] = classesOf(read('resources/teams/teams.py'));
    const [child] = classesOf(read('resources/teams/teams_.py'));
    expect(parent).toBe('TeamsResource');
    expect(child).toMatch(/Resource$/);
    expect(child).not.toBe(parent);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/names_sdk', 'tests/api_resources'], ['src', '.'])).toEqual(
        [],
      );
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
