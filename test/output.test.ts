/**
 * Per-file snapshots of the SDK generated from each fixture spec (test/fixtures/<feature>.yaml, or a folder
 * with openapi.yaml). Runtime files (src/core, src/internal) are copies of templates/base and are compared once,
 * in generated/smithery, not per fixture. The fixture SDKs are compiled (src/ and tests/, tsc --strict) and their
 * generated tests run against Prism in test/fixture-sdks.test.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { fixtures } from './helpers/fixtures';
import { ROOT } from './helpers/paths';

const SNAPSHOTS = path.join(ROOT, 'test/__snapshots__/output');

/** The one fixture whose reference docs (docs/sdks, docs/models) are snapshotted; the others' are checked in doc-examples.test.ts. */
const DOCS_FIXTURE = 'reference-docs';

/**
 * The standalone functions (`src/funcs/*`) are planned from the same views as the resources' methods: one fixture's
 * (funcs, which has every kind of method and documented errors) are snapshotted, the others' are compiled and run
 * in test/fixture-sdks.test.ts.
 */
const FUNCS_FIXTURE = 'funcs';

/**
 * Runtime files are verbatim template copies, and the package boilerplate (package.json, tsconfig, README,
 * .gitignore, the Vitest config, scripts/, the workflows and release-please's files, src/version.ts) and the
 * generated tests' harness (tests/harness.ts), its tests of the runtime and their server (tests/*.ts) differ only by
 * name: all are locked once, in generated/smithery, not per fixture. mock/ is the fixture spec itself (as read).
 */
const isShared = (fixture: string, file: string) =>
  (file.startsWith('docs/') && fixture !== DOCS_FIXTURE) ||
  file.startsWith('src/core/') ||
  file.startsWith('src/internal/') ||
  file.startsWith('mock/') ||
  /^tests\/[^/]+$/.test(file) ||
  file.startsWith('.github/') ||
  /^(release-please-config\.json|\.release-please-manifest\.json)$/.test(file) ||
  /^(package\.json|tsconfig[\w.]*\.json|README\.md|\.gitignore|tests\/harness\.ts|vitest\.config\.mjs|scripts\/.*|src\/version\.ts)$/.test(
    file,
  );

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const cases = fixtures();
const produced = new Set<string>();

describe.each(cases)('fixture $name', ({ name, spec }) => {
  it('generates the snapshotted files', async () => {
    const result = await generate({ spec });
    for (const file of result.files) {
      if (isShared(name, file.path) || (file.path.startsWith('src/funcs/') && name !== FUNCS_FIXTURE)) continue;
      produced.add(`${name}/${file.path}`);
      await expect(file.contents).toMatchFileSnapshot(path.join(SNAPSHOTS, name, file.path));
    }
    // Warnings are part of the expected output too.
    produced.add(`${name}/diagnostics.txt`);
    const diagnostics = result.diagnostics.list
      .map((d) => `${d.severity} ${d.code} ${d.pointer}: ${d.message}`)
      .join('\n');
    await expect(`${diagnostics}\n`).toMatchFileSnapshot(path.join(SNAPSHOTS, name, 'diagnostics.txt'));
  });
});

describe('fixture outputs', () => {
  it('has no orphaned snapshots (every snapshot file is still produced)', () => {
    const orphans = listFiles(SNAPSHOTS).filter((f) => !produced.has(f));
    expect(orphans).toEqual([]);
  });
});
