/**
 * The package's runtime tests import its client classes by name beside the standard library's names: a client named
 * after the API's title (`Path` for an API titled "Path") must not be imported over (or under) one of them, or the
 * module's annotations mean the client where they meant `pathlib.Path` (pyright strict fails the package's tests).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePython } from '../helpers/python';
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
  }, 120_000);
});
