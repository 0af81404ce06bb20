/**
 * The code the generated SDKs show their readers compiles: every ```ts block of the README and every `@example` in
 * the JSDoc, for the flagship SDK (generated/smithery, as committed) and the SDK of every fixture spec. Each SDK's
 * examples are one tsc --strict program with its sources (test/helpers/doc-examples.ts says what each example may
 * take as given). A README block also uses every name it imports (an import with no use is a broken example, such
 * as an upload example that never passes a file). The JSDoc is wrapped at the formatter's width, and api.md lists
 * exactly the types a user can reach (test/helpers/api-md-reach.ts reads them from the sources).
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { apiMdTypes, reachableTypes } from './helpers/api-md-reach';
import { importedNames, jsdocExamples, readmeExamples, writeExamplePrograms } from './helpers/doc-examples';
import { fixtures } from './helpers/fixtures';
import { compatProjects } from './helpers/stainless-compat';
import { ROOT } from './helpers/paths';
import { runTsc, tempDir, writeFiles } from './helpers/sdk';

const root = tempDir('doc-examples');
const sdks = [
  { name: 'smithery', spec: null as string | null },
  ...fixtures().map((f) => ({ name: f.name, spec: f.spec as string | null })),
];
// The Stainless projects (with their configs' README requests), where ../shared is present.
const compat = compatProjects();
/** The method each project's `readme.example_requests.headline` endpoint is served by. */
const HEADLINES: Record<string, string> = {
  grid: 'client.quotes.create(',
  'llama-stack': 'client.models.list(',
  onebusaway: 'client.currentTime.retrieve(',
};

beforeAll(async () => {
  for (const { name, spec } of sdks) {
    const dir = path.join(root, name);
    if (spec) writeFiles(dir, (await generate({ spec })).files);
    else cpSync(path.join(ROOT, 'generated/smithery'), dir, { recursive: true });
  }
  for (const project of compat)
    writeFiles(
      path.join(root, `compat-${project.name}`),
      (await generate({ spec: project.spec, config: project.config })).files,
    );
}, 180_000);

describe.each(sdks)('SDK $name', ({ name }) => {
  it('every README code block and every @example type-checks against the SDK (tsc --strict)', () => {
    const dir = path.join(root, name);
    const readme = readmeExamples(readFileSync(path.join(dir, 'README.md'), 'utf8'));
    const jsdoc = jsdocExamples(dir);
    expect(readme.length).toBeGreaterThan(5);
    expect(jsdoc.length).toBeGreaterThan(0);
    const { output } = runTsc(writeExamplePrograms(dir, { readme, jsdoc }));
    expect(output).toBe('');
  }, 120_000);

  it('every README code block uses the names it imports', () => {
    const readme = readmeExamples(readFileSync(path.join(root, name, 'README.md'), 'utf8'));
    const unused = readme.flatMap((e) => {
      const body = e.code.replace(/^import .*$/gm, '');
      return importedNames(e.code)
        .filter((n) => !new RegExp(`(^|[^\\w$.])${n.replace(/\$/g, '\\$')}\\b`).test(body))
        .map((n) => `${e.origin}: ${n}`);
    });
    expect(unused).toEqual([]);
  });
});

/** The emitted TypeScript files (not the verbatim runtime copied from templates/base/src/{core,internal}). */
function emittedSources(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') ? [path.join(d, e.name)] : [],
    );
  return [...walk(path.join(dir, 'src')), ...walk(path.join(dir, 'tests'))].filter(
    (f) => !/[\\/]src[\\/](core|internal)[\\/]/.test(f),
  );
}

describe.runIf(compat.length > 0).each(compat)('Stainless project $name', ({ name }) => {
  it("opens its README with the config's headline request, and its README and @examples type-check", () => {
    const dir = path.join(root, `compat-${name}`);
    const readme = readmeExamples(readFileSync(path.join(dir, 'README.md'), 'utf8'));
    const usage = readme.find((e) => e.origin.includes('## Usage'));
    expect(usage?.code).toContain(HEADLINES[name]);
    const { output } = runTsc(writeExamplePrograms(dir, { readme, jsdoc: jsdocExamples(dir) }));
    expect(output).toBe('');
  }, 120_000);
});

describe.each(sdks)('SDK $name: JSDoc', ({ name }) => {
  it('is wrapped at the formatter width (110 columns) and has no empty param labels', () => {
    const dir = path.join(root, name);
    const long: string[] = [];
    const empty: string[] = [];
    for (const file of emittedSources(dir)) {
      let inDoc = false;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const where = `${path.relative(dir, file)}:${i + 1}`;
          if (/^\s*\/\*\*/.test(line)) inDoc = true;
          // A single word longer than the line (a URL) cannot be broken.
          if (inDoc && [...line].length > 110 && /\S\s+\S/.test(line.replace(/^\s*(\/\*\*|\*)\s*/, '')))
            long.push(`${where}: ${[...line].length}`);
          if (inDoc && /\b(Path|Query|Header|Cookie|Body) param:\s*(\*\/)?\s*$/.test(line)) empty.push(where);
          if (line.includes('*/')) inDoc = false;
        });
    }
    expect(long).toEqual([]);
    expect(empty).toEqual([]);
  });
});

describe.each(sdks)('SDK $name: api.md', ({ name }) => {
  it('lists exactly the types a user can reach from a method signature or the shared module', () => {
    const dir = path.join(root, name);
    const listed = apiMdTypes(readFileSync(path.join(dir, 'api.md'), 'utf8'));
    const { reachable } = reachableTypes(dir);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((n) => !reachable.has(n))).toEqual([]);
    expect([...reachable].filter((n) => !listed.includes(n))).toEqual([]);
  });
});

describe('the flagship README', () => {
  it('uploads a file in its upload example', () => {
    const blocks = readmeExamples(readFileSync(path.join(root, 'smithery', 'README.md'), 'utf8')).filter((e) =>
      e.origin.includes('## File uploads'),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.code).toMatch(/deploy\([\s\S]*module: fs\.createReadStream\('path\/to\/file'\)/);
    expect(blocks[0]!.code).toMatch(/module: await toFile\(/);
  });
});
