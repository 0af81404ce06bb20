/**
 * The documentation: README.md and every page of docs/. Each code block is checked by its fence's language:
 *
 * - `ts`: type-checked with tsc --strict, each block a module, `sdkgen` resolving to the package's own declarations
 *   (dist/types), as a user's project sees it.
 * - `sh`: every sdkgen command in it (`sdkgen …`, `npx sdkgen …`, `node bin/sdkgen.js …`, `npm run sdkgen -- …`) is
 *   parsed with that command's own option declarations, strictly, as the CLI parses it: an unknown command,
 *   subcommand or option, or an option missing its value, fails. `npm run <script>` must name a script of this
 *   repository or of the SDK it generates (generated/smithery). Other commands (git, cd, npm ci) are not checked.
 * - `yaml`: parsed; a GitHub workflow (`jobs:`) must have `on:` and steps that each `run:` or `uses:`; an OpenAPI
 *   fragment (`paths:`) is parsed only; any other block is an sdkgen config, read by the config reader.
 * - `json`: parsed; an sdkgen manifest has the keys and inputs of the committed flagship's.
 * - `jsonc`: parsed without its comments; `sdkgen diff`'s JSON output has the keys a real run prints.
 * - `text`: what a command prints. The block follows `<!-- output of: <command> -->`, and this test runs that command
 *   (Smithery's spec as `openapi.yml` in a scratch git repository; the diagnostics' spec.yaml and bad.json) and
 *   compares, numbers aside (counts and timings vary with the generator and the machine). `sdkgen migrate` on a real
 *   Stainless repository is not run here (it needs a clone of one): its block says `(recorded`, and its lines are
 *   held to the shape of the report test/migrate.test.ts checks.
 *
 * A page that starts with `<!-- code blocks checked by test/<file>.test.ts -->` has its blocks checked there instead:
 * that test must exist and name the page. Every relative link must name a file or folder that exists, and a heading
 * of a Markdown file. README.md stays at most 250 lines. The reference pages written from the code
 * (scripts/reference-pages.ts) must be as committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { referencePages, configEntries } from '../scripts/reference-pages';
import { CLIENT_KEYS, CONFIG_KEYS, parseConfig } from '../generator/config';
import { COMMANDS } from '../generator/cli/main';
import { formatPython } from '../generator/format/ruff';
import type { CommandSpec } from '../generator/cli/command';
import { buildSdkgen } from './helpers/build';
import { headingAnchors, relativeLinks } from './helpers/markdown-links';
import { ROOT, TMP } from './helpers/paths';
import { runTsc } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';

const MARKER = /^<!-- code blocks checked by (test\/[\w./-]+\.test\.ts) -->/;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const PAGES = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))].map((file) => ({
  file,
  name: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

interface Block {
  page: string;
  line: number;
  lang: string;
  code: string;
  /** The `<!-- output of: … -->` comment right above it, if any. */
  outputOf: string | null;
}

function codeBlocks(page: { name: string; text: string }): Block[] {
  const blocks: Block[] = [];
  const lines = page.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith(open[1]) && l.trim() === open[1]);
    if (end < 0) throw new Error(`${page.name}:${i + 1}: a code block that never ends`);
    let above = i - 1;
    while (above >= 0 && lines[above].trim() === '') above--;
    const comment = above >= 0 ? /^<!-- output of: (.*) -->$/.exec(lines[above]) : null;
    blocks.push({
      page: page.name,
      line: i + 1,
      lang: open[2],
      code: lines.slice(i + 1, end).join('\n'),
      outputOf: comment ? comment[1] : null,
    });
    i = end;
  }
  return blocks;
}

const delegated = PAGES.filter((p) => MARKER.test(p.text));
const BLOCKS = PAGES.filter((p) => !MARKER.test(p.text)).flatMap(codeBlocks);
const where = (b: Block) => `${b.page}:${b.line}`;
const ofLang = (...langs: string[]) => BLOCKS.filter((b) => langs.includes(b.lang));

describe('documentation pages', () => {
  it('README.md is the front door: at most 250 lines, starting with the two commands that set everything up', () => {
    const readme = PAGES.find((p) => p.name === 'README.md')!.text;
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    expect(codeBlocks({ name: 'README.md', text: readme })[0].code).toMatch(
      /^npm ci && npm run generate .*\nnpm test /,
    );
  });

  it('every code block has a language this test checks', () => {
    const known = new Set(['ts', 'sh', 'yaml', 'json', 'jsonc', 'text', 'python']);
    expect(BLOCKS.filter((b) => !known.has(b.lang)).map((b) => `${where(b)}: "${b.lang}"`)).toEqual([]);
    expect(BLOCKS.length).toBeGreaterThan(30);
  });

  it('a page whose blocks another test checks names that test, and the test names the page', () => {
    for (const page of delegated) {
      const test = MARKER.exec(page.text)![1];
      expect(existsSync(path.join(ROOT, test)), `${page.name}: ${test} does not exist`).toBe(true);
      expect(readFileSync(path.join(ROOT, test), 'utf8'), `${test} does not name ${page.name}`).toContain(
        path.basename(page.name),
      );
    }
  });

  it('every relative link names a file or folder that exists, and a heading of a Markdown file', () => {
    const broken: string[] = [];
    for (const page of PAGES) {
      for (const link of relativeLinks(page.text)) {
        const [target, anchor] = link.split('#', 2) as [string, string | undefined];
        const resolved = target === '' ? page.file : path.resolve(path.dirname(page.file), decodeURIComponent(target));
        if (path.relative(ROOT, resolved).startsWith('..'))
          broken.push(`${page.name}: ${link} (outside the repository)`);
        else if (!existsSync(resolved)) broken.push(`${page.name}: ${link} (no such file)`);
        else if (
          anchor !== undefined &&
          statSync(resolved).isFile() &&
          resolved.endsWith('.md') &&
          !headingAnchors(readFileSync(resolved, 'utf8')).has(anchor)
        )
          broken.push(`${page.name}: ${link} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the reference pages written from the code', () => {
  it('are as `npm run docs:reference` writes them', async () => {
    const stale: string[] = [];
    for (const [file, text] of await referencePages(ROOT)) {
      const committed = existsSync(path.join(ROOT, file)) ? readFileSync(path.join(ROOT, file), 'utf8') : null;
      if (committed !== text) stale.push(file);
    }
    expect(stale, 'stale: run npm run docs:reference').toEqual([]);
  });

  it('document every key the config reader knows, and no other', () => {
    const keys = configEntries(ROOT).map((e) => e.key);
    expect(keys.filter((k) => !k.startsWith('client.'))).toEqual([...CONFIG_KEYS]);
    expect(keys.filter((k) => k.startsWith('client.')).map((k) => k.slice(7))).toEqual([...CLIENT_KEYS]);
  });
});

describe('ts blocks', () => {
  it('type-check with tsc --strict against the package as users install it', () => {
    buildSdkgen();
    const dir = path.join(TMP, 'docs-blocks');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = ofLang('ts').map((b, i) => {
      const file = path.join(dir, `block${i}.ts`);
      writeFileSync(file, `// ${where(b)}\n${b.code}\nexport {};\n`);
      return file;
    });
    expect(files.length).toBeGreaterThan(1);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules/@types')],
          skipLibCheck: true,
          noEmit: true,
          paths: { sdkgen: [path.join(ROOT, 'dist/types/api/index.d.ts')] },
        },
        files,
      }),
    );
    const { status, output } = runTsc(path.join(dir, 'tsconfig.json'), { only: files });
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});

/** The words of a shell command, quotes removed (enough for the commands the docs show). */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The sdkgen arguments of each command in a shell block, and `npm run` scripts. */
function shellCommands(code: string): Array<{ sdkgen?: string[]; script?: string }> {
  const found: Array<{ sdkgen?: string[]; script?: string }> = [];
  for (const raw of code.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    for (const part of line.split(/&&|\|\||;|\||>/)) {
      const w = words(part.trim());
      const at = w.findIndex((x, i) => x === 'sdkgen' || (x === 'bin/sdkgen.js' && w[i - 1] === 'node'));
      if (w[0] === 'npm' && w[1] === 'run' && w[2] === 'sdkgen') found.push({ sdkgen: w.slice(w.indexOf('--') + 1) });
      else if (w[0] === 'npm' && w[1] === 'run') found.push({ script: w[2] });
      else if (at >= 0 && (at === 0 || w[0] === 'npx' || w[0] === 'node') && !w.includes('--package'))
        found.push({ sdkgen: w.slice(at + 1) });
    }
  }
  return found;
}

/** Why `args` would not parse as the CLI parses them, or null. */
async function usageProblem(args: string[]): Promise<string | null> {
  if (args.length === 0 || ['--help', '-h', '-V', '--version', 'help'].includes(args[0])) return null;
  // Usage syntax (`[--config <file>]`, `list|eject`) belongs in prose: a block is what a reader can paste.
  const syntax = args.find((a) => /^\[|^-.*\||\]$/.test(a) || (/^[a-z]+\|[a-z]+$/.test(a) && !a.includes('/')));
  if (syntax) return `usage syntax "${syntax}" in a runnable block`;
  const load = COMMANDS[args[0]];
  if (!load) return `no command ${args[0]}`;
  let command: CommandSpec = await load();
  let rest = args.slice(1);
  if (command.subcommands) {
    const sub = command.subcommands[rest[0]];
    if (!sub) return `no subcommand ${rest[0]} of ${args[0]}`;
    command = sub;
    rest = rest.slice(1);
  }
  try {
    parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

describe('sh blocks', () => {
  it('run sdkgen commands that exist, with options the commands declare', async () => {
    const scripts = new Set([
      ...Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts),
      ...Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'generated/smithery/package.json'), 'utf8')).scripts),
    ]);
    const problems: string[] = [];
    let checked = 0;
    for (const block of ofLang('sh')) {
      for (const command of shellCommands(block.code)) {
        if (command.script !== undefined) {
          if (!scripts.has(command.script)) problems.push(`${where(block)}: npm run ${command.script}: no such script`);
          continue;
        }
        checked++;
        const problem = await usageProblem(command.sdkgen!);
        if (problem) problems.push(`${where(block)}: sdkgen ${command.sdkgen!.join(' ')}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('a mistyped option would fail this check', async () => {
    expect(await usageProblem(['generate', 'openapi.yml', '--outptu', 'sdk'])).toMatch(/Unknown option/);
    expect(await usageProblem(['templates', 'ejcet'])).toMatch(/no subcommand/);
    expect(await usageProblem(['check', '[-o', '<dir>]'])).toMatch(/usage syntax/);
    expect(shellCommands('npx sdkgen diff a b --fail-on breaking  # a comment\nnpm run corpus -- --fast')).toEqual([
      { sdkgen: ['diff', 'a', 'b', '--fail-on', 'breaking'] },
      { script: 'corpus' },
    ]);
  });
});

describe('yaml, json and jsonc blocks', () => {
  it('yaml: workflows have jobs of steps, sdkgen configs are read by the config reader', () => {
    const problems: string[] = [];
    for (const block of ofLang('yaml')) {
      const doc = yaml.load(block.code) as Record<string, unknown>;
      if ('jobs' in doc) {
        const jobs = Object.values(doc.jobs as Record<string, { steps: Array<Record<string, unknown>> }>);
        if (!('on' in doc) || jobs.length === 0) problems.push(`${where(block)}: a workflow needs on: and jobs:`);
        for (const job of jobs)
          for (const step of job.steps)
            if (!('run' in step) && !('uses' in step))
              problems.push(`${where(block)}: a step that neither runs nor uses`);
      } else if (!('paths' in doc) && !('openapi' in doc)) {
        try {
          parseConfig(doc, where(block));
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(ofLang('yaml').length).toBeGreaterThan(3);
  });

  it('json: parses; a manifest has the keys and inputs of the committed flagship', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'generated/smithery/.sdkgen/manifest.json'), 'utf8'));
    for (const block of ofLang('json')) {
      const doc = JSON.parse(block.code);
      if (doc.generator !== 'sdkgen') continue;
      expect(Object.keys(doc), where(block)).toEqual(Object.keys(manifest));
      expect(doc.inputs, where(block)).toEqual(manifest.inputs);
    }
  });
});

/** Output with what varies from run to run (counts, timings, the scratch folder) left out. */
const shape = (text: string, dir = '') =>
  text
    .split(dir || '\u0000')
    .join('<dir>')
    .replace(/\d+(\.\d+)?/g, '#')
    .trim();

describe('python blocks', () => {
  it('parse as Python (Ruff formats only what parses)', () => {
    const problems: string[] = [];
    for (const block of ofLang('python')) {
      try {
        formatPython(block.code, where(block));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    expect(problems).toEqual([]);
    expect(() => formatPython('def f(:\n', 'a broken block')).toThrow(/a broken block/);
  });
});

describe('text blocks: what commands print', () => {
  const dir = path.join(TMP, 'docs-output');
  const outputs = new Map<string, string>();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });

  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const run = (command: string, args: string[]) => {
      const result = runSdkgen(args, { cwd: dir });
      outputs.set(command, `${result.stdout}${result.stderr}`);
      return result;
    };
    // The README's paths: Smithery's spec as openapi.yml, committed as origin/main.
    writeFileSync(path.join(dir, 'openapi.yml'), readFileSync(path.join(ROOT, 'specs/smithery.openapi.yml')));
    git('init', '-q');
    git('-c', 'user.name=docs', '-c', 'user.email=docs@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
    git('add', 'openapi.yml');
    git('-c', 'user.name=docs', '-c', 'user.email=docs@example.com', 'commit', '-q', '-m', 'spec');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(run('sdkgen generate openapi.yml -o sdk', ['generate', 'openapi.yml', '-o', 'sdk']).code).toBe(0);
    expect(run('sdkgen check -o sdk', ['check', '-o', 'sdk']).code).toBe(0);
    // The change the README shows: the `from` parameter of GET /servers/{qualifiedName}/logs becomes required.
    const spec = yaml.load(readFileSync(path.join(dir, 'openapi.yml'), 'utf8')) as {
      paths: Record<string, { get: { parameters: Array<{ name: string; required?: boolean }> } }>;
    };
    spec.paths['/servers/{qualifiedName}/logs'].get.parameters.find((p) => p.name === 'from')!.required = true;
    writeFileSync(path.join(dir, 'openapi.yml'), yaml.dump(spec));
    const diff = ['diff', 'git:origin/main:openapi.yml', 'openapi.yml'];
    expect(run(`sdkgen ${[...diff, '--fail-on', 'breaking'].join(' ')}`, [...diff, '--fail-on', 'breaking']).code).toBe(
      1,
    );
    run('json', [...diff, '--format', 'json']);
    // The diagnostics page: a $ref that names nothing, a JSON file with a typo.
    writeFileSync(
      path.join(dir, 'spec.yaml'),
      [
        'openapi: 3.0.3',
        'info: { title: Pets, version: 1.0.0 }',
        'paths:',
        '  /pets/{petId}:',
        '    get:',
        '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]',
        '      responses:',
        "        '200':",
        '          description: A pet',
        '          content:',
        '            application/json:',
        "              schema: { $ref: '#/components/schemas/Nope' }",
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'bad.json'), '{\n  "openapi": "3.0.3",\n  "info": { "title": "P", }\n}\n');
    const spec1 = run('spec.yaml', ['generate', 'spec.yaml', '-o', 'pets']);
    const spec2 = run('bad.json', ['generate', 'bad.json', '-o', 'pets']);
    outputs.set(
      'sdkgen generate spec.yaml; sdkgen generate bad.json',
      `${spec1.stdout}${spec1.stderr}${spec2.stdout}${spec2.stderr}`,
    );
  }, 120_000);

  it('each follows `<!-- output of: … -->`, and is what that command prints, numbers aside', () => {
    const problems: string[] = [];
    for (const block of ofLang('text')) {
      if (block.outputOf === null) {
        problems.push(`${where(block)}: no <!-- output of: … --> above it`);
        continue;
      }
      if (block.outputOf.includes('(recorded')) continue; // below
      const printed = outputs.get(block.outputOf);
      if (printed === undefined) problems.push(`${where(block)}: this test does not run "${block.outputOf}"`);
      else if (shape(block.code) !== shape(printed, dir)) problems.push(`${where(block)}: prints\n${printed}`);
    }
    expect(problems).toEqual([]);
  });

  it("the recorded migrate report has the report's lines: where the spec, config and base are, the files, the verdict", () => {
    const recorded = ofLang('text').filter((b) => b.outputOf?.includes('(recorded'));
    expect(recorded.map((b) => b.outputOf!.split(' ')[1])).toEqual(['migrate']);
    const lines = recorded[0].code.split('\n');
    expect(lines[0]).toMatch(/^Moved \S+ from Stainless to sdkgen\.$/);
    for (const label of ['spec:', 'config:', 'base:', 'files:'])
      expect(
        lines.some((l) => l.trimStart().startsWith(label)),
        label,
      ).toBe(true);
    expect(recorded[0].code).toMatch(/^The migration is complete\./m);
  });

  it("jsonc: sdkgen diff's JSON output has the keys the documented one shows", () => {
    const real = JSON.parse(outputs.get('json')!);
    const blocks = ofLang('jsonc');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const doc = JSON.parse(block.code.replace(/\s+\/\/.*$/gm, ''));
      expect(Object.keys(doc), where(block)).toEqual(Object.keys(real));
      expect(Object.keys(doc.summary)).toEqual(Object.keys(real.summary));
      expect(Object.keys(doc.changes[0]).sort()).toEqual(Object.keys(real.changes[0]).sort());
    }
  });
});
