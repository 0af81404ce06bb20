/**
 * Bad input through the CLI, as users meet it (`node bin/sdkgen.js generate …`). Every case must:
 *   - exit non-zero: 1 for a problem with the spec, 2 for a usage/config problem;
 *   - say what is wrong in a clear message naming the file (and the JSON pointer when there is one);
 *   - leave the output directory untouched: it holds a previous successful generation plus files of the user's,
 *     and every file is byte-identical afterwards (no file added, removed or changed, no stray temp sibling).
 * Inputs that are odd but valid (BOM, CRLF, a 50 MB spec) must generate the same SDK as their plain versions.
 * The regressions at the end each name the code that handles their case.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { buildSdkgen } from '../helpers/build';
import { removeWhenAllPass, tempDir } from '../helpers/sdk';
import { runSdkgen } from '../helpers/sdkgen-cli';
import { SLOW_FULL } from '../helpers/slow-tests';
import { petSpec } from '../helpers/pet-spec';
import { treeFingerprint as fingerprint } from '../helpers/tree-fingerprint';

const BIN = path.join(ROOT, 'bin/sdkgen.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

function sdkgen(args: string[], cwd: string, timeout = 60_000): Run {
  return runSdkgen(args, { cwd, timeout });
}

/** Async variant (does not block the worker, so vitest's own timeout can still fire). */
function sdkgenAsync(args: string[], cwd: string, timeout: number): Promise<Run & { ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, timeout, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

const MINI = petSpec('Mini API');

const MINI_OBJECT = {
  openapi: '3.1.0',
  info: { title: 'Mini API', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/pets/{petId}': {
      get: {
        operationId: 'getPet',
        parameters: [{ name: 'petId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
      },
    },
  },
  components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } },
};

const POINTER_200 = '#/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref';

let root: string;
let baseline: string;

/** A case folder with an output directory from a previous successful run plus the user's own files. */
function caseDir(name: string): { dir: string; out: string } {
  const dir = path.join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'out');
  cpSync(baseline, out, { recursive: true });
  mkdirSync(path.join(out, 'src/lib'), { recursive: true });
  writeFileSync(path.join(out, 'src/lib/custom.ts'), 'export const mine = 1;\n');
  writeFileSync(path.join(out, 'NOTES.md'), 'my notes\n');
  return { dir, out };
}

// Each case copies a whole SDK (a quarter of a gigabyte in all): kept for a look only when a case failed.
removeWhenAllPass(() => root);

beforeAll(() => {
  buildSdkgen();
  root = tempDir('bad-input');
  writeFileSync(path.join(root, 'mini.yaml'), MINI);
  baseline = path.join(root, 'baseline');
  const result = sdkgen(['generate', 'mini.yaml', '-o', baseline, '-q'], root);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});

interface Case {
  name: string;
  /** Writes the inputs into `dir`; returns the CLI arguments after `generate` (without -o). */
  setup: (dir: string) => string[];
  code: 1 | 2;
  /** Every pattern must match stderr. */
  expect: Array<RegExp | string>;
  /** Why this case cannot run here, if it cannot. */
  skip?: (dir: string) => string | null;
}

const mini =
  (edit: (text: string) => string = (t) => t) =>
  (dir: string) => {
    writeFileSync(path.join(dir, 'spec.yaml'), edit(MINI));
    return ['spec.yaml'];
  };

const file = (name: string, contents: string | Buffer) => (dir: string) => {
  writeFileSync(path.join(dir, name), contents);
  return [name];
};

const withConfig = (config: string) => (dir: string) => {
  writeFileSync(path.join(dir, 'spec.yaml'), MINI);
  writeFileSync(path.join(dir, 'sdkgen.config.yaml'), config);
  return ['spec.yaml', '--config', 'sdkgen.config.yaml'];
};

const CASES: Case[] = [
  {
    name: 'missing file',
    setup: () => ['does-not-exist.yaml'],
    code: 1,
    expect: ['error: does-not-exist.yaml: file not found', 'hint: check the path'],
  },
  {
    name: 'unreadable file (chmod 000)',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'locked.yaml'), MINI);
      chmodSync(path.join(dir, 'locked.yaml'), 0o000);
      return ['locked.yaml'];
    },
    skip: (dir) => {
      const target = path.join(dir, 'probe.yaml');
      writeFileSync(target, 'x');
      chmodSync(target, 0o000);
      try {
        readFileSync(target);
        return 'running as root: a chmod 000 file is still readable';
      } catch {
        return null;
      } finally {
        chmodSync(target, 0o600);
      }
    },
    code: 1,
    expect: ['error: locked.yaml: cannot read file (EACCES)', 'check the file permissions'],
  },
  {
    name: 'a directory instead of a file',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'folder.yaml'));
      return ['folder.yaml'];
    },
    code: 1,
    expect: ['error: folder.yaml: is a directory, not a file'],
  },
  { name: 'empty file', setup: file('empty.yaml', ''), code: 1, expect: ['error: empty.yaml: file is empty'] },
  {
    name: 'whitespace-only file',
    setup: file('blank.json', '\n  \r\n\t\n'),
    code: 1,
    expect: ['error: blank.json: file is empty'],
  },
  {
    name: 'malformed YAML (line and column)',
    setup: file('bad.yaml', 'openapi: 3.1.0\ninfo:\n  title: "unterminated\n  version: 1\npaths: {}\n'),
    code: 1,
    expect: [/error: bad\.yaml:\d+:\d+: malformed YAML: /],
  },
  {
    name: 'malformed YAML: bad indentation (line and column)',
    setup: file('indent.yaml', 'openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\npaths: {}\n'),
    code: 1,
    expect: ['error: indent.yaml:4:', 'malformed YAML: bad indentation'],
  },
  {
    name: 'malformed JSON (line and column)',
    setup: file('bad.json', '{\n  "openapi": "3.1.0",\n  "info": { "title": "x", }\n}\n'),
    code: 1,
    expect: ['error: bad.json:3:27: malformed JSON: '],
  },
  {
    name: 'malformed JSON: truncated (line and column)',
    setup: file('cut.json', JSON.stringify(MINI_OBJECT, null, 2).slice(0, 200)),
    code: 1,
    expect: [/error: cut\.json:\d+:\d+: malformed JSON: /],
  },
  {
    name: 'not an OpenAPI document (a mapping)',
    setup: file('notes.yaml', 'name: my notes\nitems: [a, b]\n'),
    code: 1,
    expect: ['error: notes.yaml #: not an OpenAPI document: it has neither an `openapi` nor a `swagger` field'],
  },
  {
    name: 'not an OpenAPI document (a list)',
    setup: file('list.json', '[1, 2, 3]'),
    code: 1,
    expect: ['error: list.json #: not an OpenAPI document: the top level is not an object'],
  },
  {
    name: 'unsupported OpenAPI version',
    setup: mini((t) => t.replace('openapi: 3.1.0', 'openapi: 4.0.0')),
    code: 1,
    expect: [
      'error: spec.yaml #/openapi: unsupported OpenAPI version "4.0.0"',
      'sdkgen reads OpenAPI 3.0.x, 3.1.x, 3.2.x and Swagger 2.0',
    ],
  },
  {
    name: 'unsupported Swagger version',
    setup: file('old.json', JSON.stringify({ swagger: '1.2', info: { title: 'x', version: '1' }, apis: [] })),
    code: 1,
    expect: ['error: old.json #/swagger: unsupported Swagger version "1.2"'],
  },
  {
    name: 'dangling $ref (pointer of the $ref and its target)',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'#/components/schemas/Nope'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref "#/components/schemas/Nope" does not resolve: nothing at #/components/schemas/Nope in spec.yaml`,
    ],
  },
  {
    name: '$ref to a file that does not exist',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'./schemas/pet.yaml#/Pet'")),
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref points at a file that does not exist: schemas/pet.yaml`],
  },
  {
    name: '$ref to a remote URL',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'https://example.com/pet.yaml#/Pet'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref to a remote URL is not supported: https://example.com/pet.yaml#/Pet`,
    ],
  },
  {
    name: '$ref to a remote http URL (no fragment)',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'http://example.com/pet.yaml'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref to a remote URL is not supported: http://example.com/pet.yaml`,
      'hint: download the referenced document',
    ],
  },
  {
    name: '$ref to a file: URL',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'file:///etc/passwd'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref with a file: URL is not supported: file:///etc/passwd`,
      'hint: point the $ref at a local file by relative path',
    ],
  },
  {
    name: '$ref with a malformed %-escape in the file part',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'./pet%ZZ.yaml#/Pet'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref "./pet%ZZ.yaml#/Pet" has a malformed %-escape`,
      'hint: a $ref is a URI: write % as %25',
    ],
  },
  {
    name: '$ref with a malformed %-escape in the fragment',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'#/components/schemas/P%E0%A4et'")),
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref "#/components/schemas/P%E0%A4et" has a malformed %-escape`],
  },
  {
    name: '$ref with a plain-name fragment ($anchor)',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'#Pet'")),
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref "#Pet" names a plain-name fragment ($anchor), which sdkgen does not resolve`,
    ],
  },
  {
    name: '$ref to a directory',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'schemas'));
      return mini((t) => t.replace("'#/components/schemas/Pet'", "'./schemas#/Pet'"))(dir);
    },
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref target schemas is a directory, not a file`],
  },
  {
    name: "$ref to a character device (/dev/zero): outside the spec's folder, not opened",
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'/dev/zero#/Pet'")),
    skip: () => (existsSync('/dev/zero') ? null : 'no /dev/zero here'),
    code: 1,
    expect: [
      new RegExp(
        `error: spec\\.yaml ${POINTER_200.replace(/[$.{}]/g, '\\$&')}: ` +
          `\\$ref "/dev/zero#/Pet" points outside the folder sdkgen may read \\(.*\\): /dev/zero\\n`,
      ),
      'hint: keep the files a spec refers to in its folder, or widen the folder with --allow-ref-root <dir> (allowRefRoot: in the config)',
    ],
  },
  {
    name: '$ref to a character device (/dev/zero) inside --allow-ref-root /: still not a regular file',
    setup: (dir) => [
      ...mini((t) => t.replace("'#/components/schemas/Pet'", "'/dev/zero#/Pet'"))(dir),
      '--allow-ref-root',
      '/',
    ],
    skip: () => (existsSync('/dev/zero') ? null : 'no /dev/zero here'),
    code: 1,
    expect: [
      new RegExp(
        `error: spec\\.yaml ${POINTER_200.replace(/[$.{}]/g, '\\$&')}: \\$ref target (\\.\\./)*dev/zero is a character device, not a regular file`,
      ),
      'hint: sdkgen reads specs from regular files only',
    ],
  },
  {
    name: '$ref to /etc/passwd',
    setup: mini((t) => t.replace("'#/components/schemas/Pet'", "'/etc/passwd#/Pet'")),
    skip: () => (existsSync('/etc/passwd') ? null : 'no /etc/passwd here'),
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref "/etc/passwd#/Pet" points outside the folder sdkgen may read`],
  },
  {
    name: "$ref to a file beside the spec's folder (../secret.yaml)",
    setup: (dir) => {
      writeFileSync(path.join(dir, '..', 'secret.yaml'), 'Pet: { type: object, description: "a secret" }\n');
      return mini((t) => t.replace("'#/components/schemas/Pet'", "'../secret.yaml#/Pet'"))(dir);
    },
    code: 1,
    expect: [
      new RegExp(
        `error: spec\\.yaml ${POINTER_200.replace(/[$.{}]/g, '\\$&')}: ` +
          `\\$ref "\\.\\./secret\\.yaml#/Pet" points outside the folder sdkgen may read \\(.*\\): .*secret\\.yaml\\n`,
      ),
    ],
  },
  {
    name: "$ref through a symlink in the spec's folder to a file outside it",
    setup: (dir) => {
      writeFileSync(path.join(dir, '..', 'secret.yaml'), 'Pet: { type: object, description: "a secret" }\n');
      symlinkSync(path.join('..', 'secret.yaml'), path.join(dir, 'pet.yaml'));
      return mini((t) => t.replace("'#/components/schemas/Pet'", "'./pet.yaml#/Pet'"))(dir);
    },
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref "./pet.yaml#/Pet" points outside the folder sdkgen may read`],
  },
  {
    name: "$ref through a symlinked folder in the spec's folder to a file outside it",
    setup: (dir) => {
      writeFileSync(path.join(dir, '..', 'secret.yaml'), 'Pet: { type: object, description: "a secret" }\n');
      symlinkSync('..', path.join(dir, 'up'));
      return mini((t) => t.replace("'#/components/schemas/Pet'", "'up/secret.yaml#/Pet'"))(dir);
    },
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref "up/secret.yaml#/Pet" points outside the folder sdkgen may read`],
  },
  {
    name: 'every broken $ref at once, each with its file and pointer',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'other.yaml'), "Toy: { $ref: '#/Nope' }\nBall: { $ref: 'missing.yaml#/Ball' }\n");
      writeFileSync(path.join(dir, '..', 'secret.yaml'), 'Pet: { type: object, description: "a secret" }\n');
      return mini((t) =>
        t
          .replace("'#/components/schemas/Pet'", "'#/components/schemas/Pett'")
          .replace(
            '    Pet: { type: object, properties: { name: { type: string } }, required: [name] }',
            "    Pet: { type: object, properties: { toy: { $ref: 'other.yaml#/Toy' }, ball: { $ref: 'other.yaml#/Ball' }, " +
              "up: { $ref: '../secret.yaml' } } }\n" +
              "    Loop: { $ref: '#/components/schemas/Loop' }",
          ),
      )(dir);
    },
    code: 1,
    expect: [
      `error: spec.yaml ${POINTER_200}: $ref "#/components/schemas/Pett" does not resolve: nothing at #/components/schemas/Pett in spec.yaml`,
      'error: spec.yaml #/components/schemas/Pet/properties/up/$ref: $ref "../secret.yaml" points outside the folder sdkgen may read',
      'error: spec.yaml #/components/schemas/Loop: this $ref cycle never reaches a schema: #/components/schemas/Loop → #/components/schemas/Loop',
      'error: other.yaml #/Toy/$ref: $ref "#/Nope" does not resolve: nothing at #/Nope in other.yaml',
      'error: other.yaml #/Ball/$ref: $ref points at a file that does not exist: missing.yaml',
    ],
  },
  {
    name: 'the spec is a character device (/dev/zero)',
    setup: () => ['/dev/zero'],
    skip: () => (existsSync('/dev/zero') ? null : 'no /dev/zero here'),
    code: 1,
    expect: ['error: /dev/zero: is a character device, not a regular file'],
  },
  {
    name: 'the spec is a named pipe (FIFO), read without waiting for a writer',
    setup: (dir) => {
      spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
      return ['pipe.yaml'];
    },
    skip: (dir) =>
      spawnSync('mkfifo', [path.join(dir, 'probe-fifo')]).status === 0 ? null : 'mkfifo is not available',
    code: 1,
    expect: ['error: pipe.yaml: is a named pipe (FIFO), not a regular file'],
  },
  {
    name: '$ref to a named pipe (FIFO)',
    setup: (dir) => {
      spawnSync('mkfifo', [path.join(dir, 'pet.yaml')]);
      return mini((t) => t.replace("'#/components/schemas/Pet'", "'./pet.yaml#/Pet'"))(dir);
    },
    skip: (dir) =>
      spawnSync('mkfifo', [path.join(dir, 'probe-fifo')]).status === 0 ? null : 'mkfifo is not available',
    code: 1,
    expect: [`error: spec.yaml ${POINTER_200}: $ref target pet.yaml is a named pipe (FIFO), not a regular file`],
  },
  {
    name: '$ref cycle of request bodies',
    setup: mini((t) =>
      t
        .replace(
          '    get:\n      operationId: getPet',
          "    get:\n      operationId: getPet\n      requestBody: { $ref: '#/components/requestBodies/A' }",
        )
        .replace(
          'components:\n',
          "components:\n  requestBodies:\n    A: { $ref: '#/components/requestBodies/B' }\n    B: { $ref: '#/components/requestBodies/A' }\n",
        ),
    ),
    code: 1,
    expect: [
      'error: spec.yaml #/components/requestBodies/A: this $ref cycle never reaches a request body: ' +
        '#/components/requestBodies/A → #/components/requestBodies/B → #/components/requestBodies/A',
    ],
  },
  {
    name: '$ref cycle of responses',
    setup: mini((t) =>
      t
        .replace(
          "'200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }",
          "'200': { $ref: '#/components/responses/Ok' }",
        )
        .replace('components:\n', "components:\n  responses:\n    Ok: { $ref: '#/components/responses/Ok' }\n"),
    ),
    code: 1,
    expect: [
      'error: spec.yaml #/components/responses/Ok: this $ref cycle never reaches a response: #/components/responses/Ok → #/components/responses/Ok',
    ],
  },
  {
    name: '$ref cycle with no schema in it',
    setup: mini((t) =>
      t.replace(
        '    Pet: { type: object, properties: { name: { type: string } }, required: [name] }',
        "    Pet: { $ref: '#/components/schemas/Animal' }\n    Animal: { $ref: '#/components/schemas/Creature' }\n" +
          "    Creature: { $ref: '#/components/schemas/Pet' }",
      ),
    ),
    code: 1,
    expect: [
      /error: spec\.yaml #\/components\/schemas\/(Pet|Animal|Creature): this \$ref cycle never reaches a schema/,
    ],
  },
  {
    name: 'path template uses a parameter the operation does not declare',
    setup: mini((t) => t.replace('  /pets/{petId}:', '  /pets/{petId}/toys/{toyId}:')),
    code: 1,
    expect: [
      'error: spec.yaml #/paths/~1pets~1{petId}~1toys~1{toyId}/get: ' +
        'path /pets/{petId}/toys/{toyId} uses {toyId} but the operation declares no path parameter "toyId"',
    ],
  },
  {
    name: 'config: two methods entries map to the same target',
    setup: withConfig("methods:\n  getPet: pets.fetch\n  'GET /pets/{petId}': pets.fetch\n"),
    code: 2,
    expect: [
      'sdkgen generate: config file sdkgen.config.yaml: methods["GET /pets/{petId}"] and methods["getPet"] both map to pets.fetch',
    ],
  },
  {
    name: 'config: unknown top-level key',
    setup: withConfig('clients:\n  name: Pets\n'),
    code: 2,
    expect: [
      'config file sdkgen.config.yaml: unknown key "clients" (known: client, resources, methods, templates, formatter, stainless, allowRefRoot, mcp, funcs, referenceDocs, treeShaking, workflows, tanstackQuery, mockTests, packageManager, validation)',
    ],
  },
  {
    name: 'config: client.name is not a PascalCase identifier',
    setup: withConfig('client:\n  name: my-client\n'),
    code: 2,
    expect: ['config file sdkgen.config.yaml: client.name must be a PascalCase identifier, got "my-client"'],
  },
  {
    name: 'config: methods target is not resource.method',
    setup: withConfig('methods:\n  getPet: fetch\n'),
    code: 2,
    expect: ['config file sdkgen.config.yaml: methods["getPet"] must be resource.path.method, got "fetch"'],
  },
  {
    name: 'config: not valid YAML',
    setup: withConfig('client: [unclosed\n'),
    code: 2,
    // The line of the YAML error is named: `sdkgen.config.yaml:2`.
    expect: [/config file sdkgen\.config\.yaml:\d+ is not valid YAML/],
  },
  {
    name: 'config: file missing',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'spec.yaml'), MINI);
      return ['spec.yaml', '--config', 'nope.yaml'];
    },
    code: 2,
    expect: ['cannot read config file nope.yaml: ENOENT'],
  },
];

describe('bad input: clear message, exit code, output directory untouched', () => {
  it.for(CASES)('$name → exit $code', (c, ctx) => {
    const { dir, out } = caseDir(c.name.replace(/[^a-z0-9]+/gi, '-'));
    const reason = c.skip?.(dir);
    if (reason) ctx.skip(reason);
    const args = c.setup(dir);
    const before = fingerprint(out);
    const result = sdkgen(['generate', ...args, '-o', 'out'], dir);
    expect(result.stdout).toBe('');
    for (const pattern of c.expect) {
      if (typeof pattern === 'string') expect(result.stderr).toContain(pattern);
      else expect(result.stderr).toMatch(pattern);
    }
    // Ours, not a crash: no "internal error", no stack trace.
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    if (c.code === 2) expect(result.stderr).toContain('Usage: sdkgen generate');
    expect(result.code).toBe(c.code);
    expect(fingerprint(out)).toEqual(before);
    expect(Object.keys(before.files)).toContain('src/lib/custom.ts');
  });
});

/**
 * The size of the two large specs below, in MB: 50 with SDKGEN_SLOW_TESTS=full (CI), 5 in `npm test`, where the
 * same path (a spec read whole, an SDK generated from it) runs on a tenth of the bytes for the padded spec alone.
 */
const BIG_MB = SLOW_FULL ? 50 : 5;
/**
 * How long each may run before it counts as hung and is killed: a minute at 5 MB; four at 50 MB, whose generation of
 * 15,000 schemas took more than the 45 s it once had on a loaded 2-core machine (speed itself is for `npm run bench`).
 */
const HUNG_MS = SLOW_FULL ? 240_000 : 60_000;

describe('odd but valid input', () => {
  /** Generates `args` into a fresh output and returns path → contents (minus the manifest, which names the spec). */
  function generated(dir: string, spec: string, timeout?: number): Record<string, string> {
    const out = path.join(dir, `out-${path.basename(spec)}`);
    const result = sdkgen(['generate', spec, '-o', out, '-q'], dir, timeout);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files: Record<string, string> = {};
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const full = path.join(d, name);
        if (statSync(full).isDirectory()) walk(full);
        // mock/ is the spec itself, as read, under its own file name (which the mock script and package.json name).
        else if (!full.endsWith('manifest.json') && !path.relative(out, full).startsWith(`mock${path.sep}`)) {
          files[path.relative(out, full)] = readFileSync(full, 'utf8')
            .split(`mock/${path.basename(spec)}`)
            .join('mock/<spec>');
        }
      }
    };
    walk(out);
    return files;
  }

  let reference: Record<string, string>;
  let dir: string;
  beforeAll(() => {
    dir = path.join(root, 'valid');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'plain.yaml'), MINI);
    reference = generated(dir, 'plain.yaml');
    expect(Object.keys(reference)).toContain('src/resources/pets.ts');
  });

  // Stainless generated SDKs from specs like this one (a path parameter left over from a renamed path): it left the
  // parameter out of the method. So does sdkgen, with a warning at the parameter.
  it('a declared path parameter the path has no place for: a warning, and the method leaves it out', () => {
    writeFileSync(path.join(dir, 'unused-path-param.yaml'), MINI.replace('  /pets/{petId}:', '  /pets:'));
    const out = path.join(dir, 'out-unused-path-param');
    const result = sdkgen(['generate', 'unused-path-param.yaml', '-o', out], dir);
    expect(result.stderr).toContain(
      'warning: unused-path-param.yaml #/paths/~1pets/get/parameters/0: path parameter "petId" does not appear in ' +
        'the path /pets; the method leaves it out',
    );
    expect(result.code).toBe(0);
    const resource = readFileSync(path.join(out, 'src/resources/pets.ts'), 'utf8');
    expect(resource).toMatch(/retrieve\(options\?: RequestOptions\)/);
    expect(resource).not.toContain('petId');
    // Nor does the package's mock, which would refuse every request without it.
    const mock = JSON.parse(readFileSync(path.join(out, 'mock/unused-path-param.yaml'), 'utf8')) as {
      paths: Record<string, { get: { parameters: unknown[] } }>;
    };
    expect(mock.paths['/pets'].get.parameters).toEqual([]);
  });

  it.each([
    ['YAML with a BOM', 'bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINI)])],
    ['YAML with CRLF line endings', 'crlf.yaml', Buffer.from(MINI.replace(/\n/g, '\r\n'))],
    [
      'YAML with a BOM and CRLF line endings',
      'bom-crlf.yaml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINI.replace(/\n/g, '\r\n'))]),
    ],
    [
      'JSON with a BOM',
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(MINI_OBJECT))]),
    ],
    [
      'JSON with CRLF line endings',
      'crlf.json',
      Buffer.from(JSON.stringify(MINI_OBJECT, null, 2).replace(/\n/g, '\r\n')),
    ],
  ])('%s generates the same SDK as the plain spec', (_label, name, contents) => {
    writeFileSync(path.join(dir, name), contents);
    expect(generated(dir, name)).toEqual(reference);
  });

  it(
    `a ${BIG_MB} MB spec (valid, padded with a vendor extension) generates the same SDK (killed as hung after ${HUNG_MS / 1000} s)`,
    () => {
      const padded = {
        ...MINI_OBJECT,
        'x-padding': Array.from({ length: BIG_MB }, (_, i) => `${i}`.padEnd(1024 * 1024, 'lorem ipsum ')),
      };
      const target = path.join(dir, 'big.json');
      writeFileSync(target, JSON.stringify(padded));
      expect(statSync(target).size).toBeGreaterThan(BIG_MB * 1024 * 1024);
      expect(generated(dir, 'big.json', HUNG_MS)).toEqual(reference);
    },
    HUNG_MS + 60_000,
  );

  // The SDK's shared.ts is 47 MB: the whole pipeline, formatter included, must cope with a file that size. (Long
  // descriptions make the size: the same bytes in 60,000 schemas took twice the CPU, 12 s on a 2-core machine.)
  // SDKGEN_SLOW_TESTS=full's (CI's): `npm test`'s large spec is the padded one above.
  it.runIf(SLOW_FULL)(
    `a ${BIG_MB} MB spec of ${BIG_MB * 300} schemas generates (killed as hung after ${HUNG_MS / 1000} s)`,
    async () => {
      const { dir, out } = caseDir('big-spec-of-schemas');
      const spec = JSON.parse(JSON.stringify(MINI_OBJECT));
      for (let i = 0; i < BIG_MB * 300; i++) {
        spec.components.schemas[`Schema${i}`] = {
          type: 'object',
          description: `schema ${i} ${'y'.repeat(3100)}`,
          properties: { a: { type: 'string' }, b: { type: 'integer' } },
        };
      }
      writeFileSync(path.join(dir, 'huge.json'), JSON.stringify(spec));
      expect(statSync(path.join(dir, 'huge.json')).size).toBeGreaterThan(BIG_MB * 0.9 * 1024 * 1024);
      const before = fingerprint(out);
      const result = await sdkgenAsync(['generate', 'huge.json', '-o', 'out', '--force'], dir, HUNG_MS);
      // Whatever happened, the output directory is untouched unless the run succeeded.
      if (result.code !== 0) expect(fingerprint(out)).toEqual(before);
      expect(result.signal).toBeNull(); // not killed as hung
      expect(result.code, result.stderr).toBe(0);
      expect(statSync(path.join(out, 'src/resources/shared.ts')).size).toBeGreaterThan(BIG_MB * 0.9 * 1024 * 1024);
    },
    HUNG_MS + 60_000,
  );
});

describe("$refs outside the spec's folder, allowed by --allow-ref-root or allowRefRoot:", () => {
  const setup = (name: string) => {
    const dir = path.join(root, name, 'api');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, '..', 'shared.yaml'),
      'Pet: { type: object, properties: { nickname: { type: string } }, required: [nickname] }\n',
    );
    writeFileSync(path.join(dir, 'spec.yaml'), MINI.replace("'#/components/schemas/Pet'", "'../shared.yaml#/Pet'"));
    return dir;
  };
  const pets = (dir: string) => readFileSync(path.join(dir, 'out/src/resources/pets.ts'), 'utf8');

  it('--allow-ref-root <dir> lets a $ref read files under <dir>', () => {
    const dir = setup('allow-ref-root-flag');
    expect(sdkgen(['generate', 'spec.yaml', '-o', 'out', '-q'], dir).stderr).toMatch(
      /points outside the folder sdkgen may read/,
    );
    const result = sdkgen(['generate', 'spec.yaml', '-o', 'out', '-q', '--allow-ref-root', '..'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(pets(dir)).toContain('nickname: string');
    // `sdkgen check` regenerates with the same root (the manifest records it).
    expect(JSON.parse(readFileSync(path.join(dir, 'out/.sdkgen/manifest.json'), 'utf8')).inputs.allowRefRoot).toBe(
      '../..',
    );
    const check = sdkgen(['check', '-o', 'out'], dir);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('allowRefRoot: in the config, relative to the config file', () => {
    const dir = setup('allow-ref-root-config');
    writeFileSync(path.join(dir, 'sdkgen.config.yaml'), 'allowRefRoot: ..\n');
    const result = sdkgen(['generate', 'spec.yaml', '-o', 'out', '-q', '--config', 'sdkgen.config.yaml'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(pets(dir)).toContain('nickname: string');
  });
});

describe('regressions', () => {
  // Parameters, path items, request bodies and responses are resolved through whole $ref chains (load.ts
  // followRefs()): a cycle is an error naming the pointer, and a chain P → Q → real parameter keeps the parameter
  // (request body and response cycles: the table above).
  it('a $ref cycle of parameters is an error naming the pointer (operations.ts readParameters)', () => {
    const { dir, out } = caseDir('parameter-cycle');
    writeFileSync(
      path.join(dir, 'spec.yaml'),
      MINI.replace(
        '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]',
        "      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }, { $ref: '#/components/parameters/P' }]",
      ).replace(
        'components:\n',
        "components:\n  parameters:\n    P: { $ref: '#/components/parameters/Q' }\n    Q: { $ref: '#/components/parameters/P' }\n",
      ),
    );
    const before = fingerprint(out);
    const result = sdkgen(['generate', 'spec.yaml', '-o', 'out'], dir);
    expect(fingerprint(out)).toEqual(before);
    expect(result.stderr).toMatch(/error: spec\.yaml #\/components\/parameters\/[PQ]: .*cycle/);
    expect(result.code).toBe(1);
  });

  it('a parameter reached through a chain of $refs is kept (operations.ts readParameters)', () => {
    const dir = path.join(root, 'parameter-chain');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'spec.yaml'),
      MINI.replace(
        '      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]',
        "      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }, { $ref: '#/components/parameters/Limit' }]",
      ).replace(
        'components:\n',
        "components:\n  parameters:\n    Limit: { $ref: '#/components/parameters/LimitParam' }\n" +
          '    LimitParam: { name: limit, in: query, schema: { type: integer } }\n',
      ),
    );
    const result = sdkgen(['generate', 'spec.yaml', '-o', 'out'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'out/src/resources/pets.ts'), 'utf8')).toContain('limit?: number');
  });

  it('a $ref cycle of path items is an error, not an SDK without methods (operations.ts collectOperations)', () => {
    const { dir, out } = caseDir('path-item-cycle');
    writeFileSync(
      path.join(dir, 'spec.yaml'),
      "openapi: 3.1.0\ninfo: { title: Cyc, version: '1' }\npaths:\n  /a: { $ref: '#/paths/~1b' }\n  /b: { $ref: '#/paths/~1a' }\n",
    );
    const before = fingerprint(out);
    const result = sdkgen(['generate', 'spec.yaml', '-o', 'out', '--force'], dir);
    expect(fingerprint(out)).toEqual(before);
    expect(result.stderr).toMatch(/error: spec\.yaml #\/paths\/~1[ab].*cycle/);
    expect(result.code).toBe(1);
  });

  // Nested config keys are checked too (generator/config.ts parseConfig()): a typo such as `client.nmae` is not ignored.
  it('config: an unknown key under client is a usage error (config.ts parseConfig)', () => {
    const { dir, out } = caseDir('config-unknown-nested');
    writeFileSync(path.join(dir, 'spec.yaml'), MINI);
    writeFileSync(path.join(dir, 'c.yaml'), 'client:\n  nmae: Pets\n');
    const before = fingerprint(out);
    const result = sdkgen(['generate', 'spec.yaml', '--config', 'c.yaml', '-o', 'out'], dir);
    expect(fingerprint(out)).toEqual(before);
    expect(result.stderr).toContain('client.nmae');
    expect(result.code).toBe(2);
  });

  // client.version and client.envPrefix are printed inside quotes by the templates (client.ts.hbs '…',
  // package.json.hbs "…"): a value with a quote would break the generated code or write code into it, so the config
  // rejects it before anything is generated.
  it('config: a client.version that is not a version is a usage error (config.ts parseConfig)', () => {
    const { dir, out } = caseDir('config-version');
    writeFileSync(path.join(dir, 'spec.yaml'), MINI);
    writeFileSync(path.join(dir, 'c.yaml'), 'client:\n  version: "1.0.0\'; x"\n');
    const before = fingerprint(out);
    const result = sdkgen(['generate', 'spec.yaml', '--config', 'c.yaml', '-o', 'out'], dir);
    expect(fingerprint(out)).toEqual(before);
    expect(result.stderr).toContain('client.version');
    expect(result.code).toBe(2);
  });

  it('config: a client.envPrefix that is not an identifier is a usage error (config.ts parseConfig)', () => {
    const { dir } = caseDir('config-env-prefix');
    writeFileSync(path.join(dir, 'spec.yaml'), MINI);
    writeFileSync(path.join(dir, 'c.yaml'), 'client:\n  envPrefix: "X\', y: (globalThis.pwned = 1) as never, z: \'"\n');
    const result = sdkgen(['generate', 'spec.yaml', '--config', 'c.yaml', '-o', 'fresh'], dir);
    expect(
      existsSync(path.join(dir, 'fresh/src/client.ts'))
        ? readFileSync(path.join(dir, 'fresh/src/client.ts'), 'utf8')
        : '',
    ).not.toContain('globalThis.pwned = 1) as never,');
    expect(result.stderr).toContain('client.envPrefix');
    expect(result.code).toBe(2);
  });

  // A config.methods entry that matches no operation (a typo in an operationId) is reported by
  // generator/ir/resource-tree.ts placeOperations(): a warning with a did-you-mean hint, since the config outlives
  // spec versions; --strict makes it fatal.
  it('config: a methods entry that matches no operation is reported (resource-tree.ts placeOperations)', () => {
    const { dir } = caseDir('config-unmatched-method');
    writeFileSync(path.join(dir, 'spec.yaml'), MINI);
    writeFileSync(path.join(dir, 'c.yaml'), "methods:\n  getPett: pets.fetch\n  'GET /pet/{petId}': pets.other\n");
    const result = sdkgen(['generate', 'spec.yaml', '--config', 'c.yaml', '-o', 'fresh'], dir);
    expect(result.stderr).toContain('warning: c.yaml #/methods/getPett: methods entry "getPett" matches no operation');
    expect(result.stderr).toContain('hint: did you mean "getPet"?');
    expect(result.stderr).toContain(
      'warning: c.yaml #/methods/GET ~1pet~1{petId}: methods entry "GET /pet/{petId}" matches no operation',
    );
    expect(result.stderr).toContain('hint: did you mean "GET /pets/{petId}"?');
    expect(result.code).toBe(0);
    const strict = sdkgen(['generate', 'spec.yaml', '--config', 'c.yaml', '-o', 'strict', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(existsSync(path.join(dir, 'strict'))).toBe(false);
  });
});
