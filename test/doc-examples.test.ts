/**
 * The code the generated SDKs show their readers compiles: every ```ts block of the README and of the reference
 * pages (docs/sdks), and every `@example` in the JSDoc, for the flagship SDK (generated/smithery, as committed) and the SDK of every fixture spec. Each SDK's
 * examples are one tsc --strict program with its sources, in which the examples are checked (test/helpers/doc-examples.ts
 * says what each example may take as given). A README block also uses every name it imports (an import with no use is a broken example, such
 * as an upload example that never passes a file). The JSDoc is wrapped at the formatter's width, and api.md lists
 * exactly the types a user can reach (test/helpers/api-md-reach.ts reads them from the sources). The reference pages
 * cover every resource and method, and every link in the README and docs/ resolves (test/helpers/markdown-links.ts).
 * `npm test` takes the flagship, a few fixtures (those of fixture-sdks, and the reference-docs and code-samples ones)
 * and one Stainless project; SDKGEN_SLOW_TESTS=full, which CI runs, takes every fixture and project.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { resourcePage } from '../generator/emit/typescript/plan-docs';
import type { Api, Resource } from '../generator/ir/types';
import { functionNameOf } from '../generator/emit/typescript/target-api';
import { apiMdTypes, reachableTypes } from './helpers/api-md-reach';
import {
  exampleProject,
  importedNames,
  jsdocExamples,
  markdownFiles,
  readmeExamples,
  referenceDocExamples,
  writeExamplePrograms,
  type DocExample,
} from './helpers/doc-examples';
import { brokenLinks } from './helpers/markdown-links';
import { fixtures } from './helpers/fixtures';
import { compatProjects } from './helpers/stainless-compat';
import { ROOT } from './helpers/paths';
import { DEFAULT_FIXTURES, sweep } from './helpers/slow-tests';
import { runTsc, tempDir, writeFiles } from './helpers/sdk';

const root = tempDir('doc-examples');
const sdks = [
  { name: 'smithery', spec: null as string | null },
  ...sweep('doc-examples', fixtures(), (f) => f.name, [...DEFAULT_FIXTURES, 'reference-docs', 'code-samples']).map(
    (f) => ({ name: f.name, spec: f.spec as string | null }),
  ),
];
// The Stainless projects (with their configs' README requests), where ../shared is present.
const compat = sweep('doc-examples', compatProjects(), (p) => p.name, ['onebusaway']);
/** The method each project's `readme.example_requests.headline` endpoint is served by. */
const HEADLINES: Record<string, string> = {
  grid: 'client.quotes.create(',
  'llama-stack': 'client.models.list(',
  onebusaway: 'client.currentTime.retrieve(',
};

/** The method each project's `readme.example_requests.default` endpoint is served by. */
const DEFAULTS: Record<string, string> = {
  grid: 'client.quotes.create(',
  'llama-stack': 'client.chat.completions.create(',
  onebusaway: 'client.currentTime.retrieve(',
};

/** The headings every README of Stainless's `typescript` target has, in its order (other sections go between). */
const STAINLESS_README_HEADINGS = [
  '## Installation',
  '## Usage',
  '### Request & Response types',
  '## Handling errors',
  '### Retries',
  '### Timeouts',
  '## Advanced Usage',
  '### Accessing raw Response data (e.g., headers)',
  '### Logging',
  '#### Log levels',
  '#### Custom logger',
  '### Making custom/undocumented requests',
  '#### Undocumented endpoints',
  '#### Undocumented request params',
  '#### Undocumented response properties',
  '### Customizing the fetch client',
  '### Fetch options',
  '#### Configuring proxies',
  '## Frequently Asked Questions',
  '## Semantic versioning',
  '## Requirements',
  '## Contributing',
];

/** Each SDK's IR (the flagship's built again from its spec), to walk its resources and methods. */
const apis = new Map<string, Api>();

/** Each SDK's examples, by its folder's name under `root`. */
const examples = new Map<string, { readme: DocExample[]; jsdoc: DocExample[]; docs: DocExample[] }>();
/** What tsc says of each SDK's example programs, by its folder's name: the examples of every SDK are one program. */
const tscErrors = new Map<string, string[]>();

/**
 * Writes every SDK's example programs and type-checks them all in one tsc run (one start-up, one parse of lib). Only
 * the examples are checked: the SDK sources they import are read for the types the examples use, and are checked in
 * full by the tests that build each SDK (fixture-sdks, smithery, stainless-compat), under the SDK's own options.
 */
function typeCheckExamples(): void {
  const files: string[] = [];
  for (const [name, found] of examples) files.push(...writeExamplePrograms(path.join(root, name), found).files);
  const { output } = runTsc(exampleProject(root, files), { only: files });
  for (const name of examples.keys()) tscErrors.set(name, []);
  // A diagnostic starts with its file's path (relative to the working directory); its continuation lines do not.
  let current: string[] = [];
  for (const line of output.split('\n').filter(Boolean)) {
    const file = /^(\S[^(]*)\(\d+,\d+\): /.exec(line)?.[1];
    if (file) {
      const name = path.relative(root, path.resolve(file)).split(path.sep)[0]!;
      current = tscErrors.get(name) ?? [];
      if (!tscErrors.has(name)) tscErrors.set(name, current);
    }
    current.push(line);
  }
}

/**
 * The programs of a README made from a Stainless config: its ```ts and ```js blocks (Stainless fences the first
 * program and the retries one as `js`), less those that need what the reader brings: another package (a logger, a
 * fetch, undici) or another runtime's types (Deno's HTTP client, Bun's `proxy` fetch option).
 */
function stainlessReadmeExamples(markdown: string): DocExample[] {
  const foreign = (code: string) =>
    [...code.matchAll(/^import\s.*?from\s+'([^']+)'/gm)].some(
      ([, from]) => !/^(fs|node:fs)$/.test(from!) && !from!.startsWith(JSON.parse(packageNameOf(markdown))),
    ) || /\bDeno\.|\bproxy:/.test(code);
  return readmeExamples(markdown, 'README.md', /^```(ts|typescript|js)\s*$/).filter((e) => !foreign(e.code));
}

/** The package a README installs (`npm install <name>`), as a JSON string. */
function packageNameOf(markdown: string): string {
  return JSON.stringify(/^npm install (\S+)$/m.exec(markdown)?.[1] ?? '');
}

beforeAll(async () => {
  for (const { name, spec } of sdks) {
    const dir = path.join(root, name);
    if (spec) {
      const result = await generate({ spec });
      writeFiles(dir, result.files);
      apis.set(name, result.api);
    } else {
      cpSync(path.join(ROOT, 'generated/smithery'), dir, { recursive: true });
      const result = await generate({
        spec: path.join(ROOT, 'specs/smithery.openapi.yml'),
        config: path.join(ROOT, 'specs/smithery.sdkgen.yaml'),
        format: false,
      });
      apis.set(name, result.api);
    }
  }
  for (const project of compat) {
    const result = await generate({ spec: project.spec, config: project.config });
    writeFiles(path.join(root, `compat-${project.name}`), result.files);
    apis.set(`compat-${project.name}`, result.api);
  }
  for (const name of apis.keys()) {
    const dir = path.join(root, name);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    examples.set(name, {
      readme: name.startsWith('compat-') ? stainlessReadmeExamples(readme) : readmeExamples(readme),
      jsdoc: jsdocExamples(dir),
      docs: referenceDocExamples(dir),
    });
  }
  typeCheckExamples();
  // Every SDK generated and their examples type-checked: with SDKGEN_SLOW_TESTS=full (every fixture and project), more
  // than four minutes on a loaded 2-core machine.
}, 900_000);

it('type-checks the examples of every SDK, and tsc reports nothing outside their folders', () => {
  expect(tscErrors.size).toBe(examples.size);
  expect([...tscErrors.keys()].filter((name) => !examples.has(name))).toEqual([]);
});

/** Every resource of an SDK, nested ones included, in tree order. */
const allResources = (api: Api): Resource[] => {
  const flatten = (r: Resource): Resource[] => [r, ...r.subresources.flatMap(flatten)];
  return api.resources.flatMap(flatten);
};

/**
 * What a reference page lacks: a section per method (heading, example, parameters table listing every argument,
 * response, errors table listing every documented error and then APIError).
 */
function referencePageProblems(dir: string, api: Api, r: Resource): string[] {
  const file = path.join(dir, resourcePage(r));
  if (!existsSync(file)) return [`${resourcePage(r)}: missing`];
  const page = readFileSync(file, 'utf8');
  const problems: string[] = [];
  for (const m of r.methods) {
    const heading = `## ${r.path}.${m.name}\n`;
    const start = page.indexOf(heading);
    if (start < 0) {
      problems.push(`${resourcePage(r)}: no section for ${m.name}`);
      continue;
    }
    const next = page.indexOf('\n## ', start + heading.length);
    const section = page.slice(start, next < 0 ? undefined : next);
    const want = (what: string, ok: boolean) => {
      if (!ok) problems.push(`${resourcePage(r)} ${m.name}: ${what}`);
    };
    want('example', section.includes(`client.${r.path}.${m.name}(`));
    // The standalone function's example where the SDK has them (not with a Stainless config that does not ask).
    if (existsSync(path.join(dir, 'src/funcs')))
      want('standalone example', section.includes(`await ${functionNameOf(m, api)}(core`));
    const params = /### Parameters\n\n\|\s*name\s*\|.*\n\|[-| ]+\|\n((?:\|.*\|\n)+)/.exec(section);
    want('parameters table', params !== null);
    const rows = params?.[1] ?? '';
    for (const p of m.positional) want(`parameter ${p.local}`, rows.includes(`| \`${p.local}\``));
    for (const f of m.params?.fields ?? [])
      want(`parameter ${f.key}`, rows.includes(/^[A-Za-z_$][\w$]*$/.test(f.key) ? `\`params.${f.key}\`` : f.key));
    want('options row', rows.includes('| `options`'));
    want('response', /### Response\n\n\S/.test(section));
    const errors = /### Errors\n\n\|\s*error class\s*\|.*\n\|[-| ]+\|\n((?:\|.*\|\n)+)/.exec(section);
    want('errors table', errors !== null);
    const errorRows = (errors?.[1] ?? '').trim().split('\n');
    want('one row per documented error and APIError', errorRows.length === m.errors.length + 1);
    m.errors.forEach((e, i) =>
      want(
        `error ${e.status}`,
        (errorRows[i] ?? '').includes(`\`${e.className}\``) && errorRows[i]!.includes(e.status),
      ),
    );
    want('APIError last', (errorRows.at(-1) ?? '').startsWith('| `APIError`'));
  }
  return problems;
}

describe.each(sdks)('SDK $name', ({ name }) => {
  it('every README code block and every @example type-checks against the SDK (tsc --strict)', () => {
    const { readme, jsdoc, docs } = examples.get(name)!;
    expect(readme.length).toBeGreaterThan(5);
    expect(jsdoc.length).toBeGreaterThan(0);
    // Two programs a method on its reference page: the class API's and the standalone function's.
    const methods = allResources(apis.get(name)!).reduce((n, r) => n + r.methods.length, 0);
    expect(docs.filter((e) => e.origin.includes('(### Standalone function)'))).toHaveLength(methods);
    expect(docs).toHaveLength(2 * methods);
    expect(tscErrors.get(name)).toEqual([]);
  });

  it('has a reference page for every resource, with every method, its parameters and its errors', () => {
    const dir = path.join(root, name);
    const resources = allResources(apis.get(name)!);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.flatMap((r) => referencePageProblems(dir, apis.get(name)!, r))).toEqual([]);
    // No other pages: one per resource.
    expect(
      markdownFiles(path.join(dir, 'docs/sdks')).map((f) => path.relative(dir, f).split(path.sep).join('/')),
    ).toEqual(resources.map(resourcePage).sort());
  });

  it('every link in README.md and docs/ resolves to a file (and heading) of the package', () => {
    const dir = path.join(root, name);
    const pages = [path.join(dir, 'README.md'), ...markdownFiles(path.join(dir, 'docs'))];
    expect(pages.length).toBeGreaterThan(2);
    expect(brokenLinks(dir, pages)).toEqual([]);
    // The README links to every resource's page.
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const r of allResources(apis.get(name)!)) expect(readme).toContain(`](${resourcePage(r)})`);
  });

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
  it("opens its README with the config's headline request, shows its default one, and its README and @examples type-check", () => {
    const { readme, docs } = examples.get(`compat-${name}`)!;
    const usage = readme.find((e) => e.origin.includes('## Usage'));
    expect(usage?.code).toContain(HEADLINES[name]);
    // Its sections on retries and raw responses show the config's default request, as Stainless's READMEs do.
    for (const shown of ['maxRetries: 5', '.asResponse()'])
      expect(readme.find((e) => e.code.includes(shown))?.code.replace(/\s+\./g, '.')).toContain(DEFAULTS[name]);
    expect(docs.length).toBeGreaterThan(0);
    expect(tscErrors.get(`compat-${name}`)).toEqual([]);
  });

  it("lays its README out as Stainless's: its headings at their levels, in order; Auto-pagination only with pages", () => {
    const readme = readFileSync(path.join(root, `compat-${name}`, 'README.md'), 'utf8');
    let fenced = false;
    const headings = readme.split('\n').filter((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && /^#{2,4} /.test(line);
    });
    const skeleton = STAINLESS_README_HEADINGS.filter((h) => headings.includes(h));
    expect(skeleton).toEqual(STAINLESS_README_HEADINGS);
    expect(headings.filter((h) => skeleton.includes(h))).toEqual(STAINLESS_README_HEADINGS);
    expect(headings.includes('## Auto-pagination')).toBe(apis.get(`compat-${name}`)!.paginationSchemes.length > 0);
  });

  it('has a reference page for every resource, and every link in README.md and docs/ resolves', () => {
    const dir = path.join(root, `compat-${name}`);
    const api = apis.get(`compat-${name}`)!;
    expect(allResources(api).flatMap((r) => referencePageProblems(dir, api, r))).toEqual([]);
    expect(brokenLinks(dir, [path.join(dir, 'README.md'), ...markdownFiles(path.join(dir, 'docs'))])).toEqual([]);
  });
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
