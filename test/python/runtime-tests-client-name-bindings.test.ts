/**
 * The package's runtime tests import its client classes by name beside the standard library's names: a client named
 * after the API's title (`Path` for an API titled "Path") must not be imported over (or under) one of them, or the
 * module's annotations mean the client where they meant `pathlib.Path` (pyright strict fails the package's tests).
 * Nor may it be one `_client.py` imports (`from typing import Mapping`) or the package's runtime defines
 * (`AsyncStream`): the naming rules (generator/naming/client-scope.ts) name those clients `MappingClient`…, and
 * SDKGEN_PYTHON_TESTS=full type-checks the packages (pyright strict on src/ and tests/).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describeErrors,
  FULL_ONLY_NOTICE,
  generatePython,
  PYTHON_FULL,
  runPyright,
  tomlTable,
} from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const root = tempDir('python-runtime-client-names');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function spec(title: string): string {
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/items': {
        get: {
          operationId: 'listItems',
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
            },
          },
        },
      },
    },
  });
}

function pythonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pythonFiles(full);
    return entry.endsWith('.py') ? [full] : [];
  });
}

/** The names a module's top-level imports bind, each as often as it is bound (`from a import (b, c as d)`, `import e.f`). */
function importedNames(source: string): string[] {
  const names: string[] = [];
  const statements = source.match(/^(?:from\s+\S+\s+import\s+(?:\([^)]*\)|[^\n]*)|import\s+[^\n]*)/gm) ?? [];
  for (const statement of statements) {
    const from = /^from\s+(\S+)\s+import\s+\(?([^)]*)\)?/.exec(statement);
    if (from) {
      if (from[1] === '__future__') continue;
      for (const part of from[2]
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean))
        names.push(part.split(/\s+as\s+/).pop()!);
      continue;
    }
    for (const part of statement
      .replace(/^import\s+/, '')
      .split(',')
      .map((s) => s.trim()))
      names.push(part.includes(' as ') ? part.split(/\s+as\s+/).pop()! : part.split('.')[0]);
  }
  return names;
}

describe("the runtime tests' imports beside the package's client names", () => {
  it('bind each name once, for an API titled "Path"', () => {
    const dir = path.join(root, 'path-api');
    const file = path.join(root, 'path-api.json');
    writeFileSync(file, spec('Path'));
    generatePython(file, dir);
    const client = readFileSync(path.join(dir, 'tests', 'test_files.py'), 'utf8');
    // The case this guards: the client class is the API's title.
    expect(client).toMatch(/^from \w+ import Path, AsyncPath$/m);
    const twice: string[] = [];
    for (const module of pythonFiles(path.join(dir, 'tests'))) {
      const names = importedNames(readFileSync(module, 'utf8'));
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      for (const name of new Set(repeated)) twice.push(`${path.relative(dir, module)}: ${name}`);
    }
    expect(twice).toEqual([]);
  }, 300_000);

  // typing's names `_client.py` imports, the runtime's `Timeout`, `AsyncStream` beside a client `Stream`.
  const TITLES = ['Path', 'Mapping', 'Optional', 'Iterator', 'Dict', 'Timeout', 'Stream'];

  it('name a client after a title that is one of their names under another name', () => {
    for (const title of TITLES.slice(1)) {
      const dir = path.join(root, `${title.toLowerCase()}-api`);
      const file = path.join(root, `${title.toLowerCase()}-api.json`);
      writeFileSync(file, spec(title));
      generatePython(file, dir);
      const client = readFileSync(path.join(dir, 'src', `${title.toLowerCase()}_sdk`, '_client.py'), 'utf8');
      expect(client).toMatch(new RegExp(`^class ${title}Client\\(SyncAPIClient\\):$`, 'm'));
    }
  }, 120_000);

  it.runIf(PYTHON_FULL)(
    'type-check strictly, src/ and tests/, for every such title',
    async () => {
      // One pyright run over every package, each under its own root (its `tests` package and `src`).
      const packages = TITLES.map((title) => `${title.toLowerCase()}-api`);
      const declared = tomlTable(readFileSync(path.join(root, packages[0], 'pyproject.toml'), 'utf8'), 'tool.pyright');
      const config = path.join(root, 'pyrightconfig.json');
      writeFileSync(
        config,
        JSON.stringify({
          ...declared,
          include: packages.flatMap((p) => [`${p}/src`, `${p}/tests`]),
          executionEnvironments: packages.map((p) => ({ root: p, extraPaths: [`${p}/src`] })),
        }),
      );
      const run = await runPyright(config);
      expect(describeErrors(run.diagnostics, root)).toEqual([]);
      expect(run.filesAnalyzed).toBeGreaterThan(packages.length * 20);
    },
    900_000,
  );
  if (!PYTHON_FULL) console.log(`runtime-tests-client-name-bindings, pyright on the packages: ${FULL_ONLY_NOTICE}`);
});
