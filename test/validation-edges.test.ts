/**
 * `validation: true` on the shapes of test/validation/edges.yaml, each a kind of schema the validators once
 * got wrong: a schema that refers to itself (and two that refer to each other) must compile under --strict; an
 * unknown discriminator value must be forgiven (a discriminator without mapping over `allOf` variants, nullable
 * object variants, a one-variant union with null, a union whose one object has a constant tag, a union nested in
 * another), while what the spec requires (a union of `required` lists, `required` keys declared in another `allOf`
 * part or nowhere, a mapping entry naming a schema that is no variant) is checked. The SDK is compiled and run
 * against a server on 127.0.0.1.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/validation.test.ts samples validation (docs/contributing.md, "What `npm test` samples").
import { buildSync } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { ROOT } from './helpers/paths';
import { removeWhenAllPass, runTsc, sdkModuleSyntax, STRICT_OPTIONS, tempDir, writeFiles } from './helpers/sdk';
import { json, TestServer } from './runtime/helpers/server';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = path.join(ROOT, 'test/validation/edges.yaml');

interface Validator {
  '~standard': { validate(value: unknown): { issues?: unknown[] } };
}
interface Found {
  issues: Array<{ pointer: string; message: string }>;
  notices: Array<{ pointer: string; message: string }>;
}
interface Loaded {
  Frames: new (options: Record<string, unknown>) => { frames: { retrieve(): Promise<unknown> } };
  v: { check(schema: Validator, value: unknown): Found; conforms(schema: Validator, value: unknown): boolean };
  frames: Record<string, Validator>;
}

let dir = '';
removeWhenAllPass(() => dir);
beforeAll(() => {
  dir = tempDir('validation-edges');
});

/** A Stainless config naming a few of the spec's models: the others are written out where they are used. */
const STAINLESS = `organization:
  name: frames
targets:
  typescript:
    package_name: frames
resources:
  frames:
    models:
      envelope: Envelope
      call_stack: CallStack
      tree_node: TreeNode
      tree_leaf: TreeLeaf
    methods:
      retrieve: get /frames
`;

/** The fixture's SDK with `validation: true` (and `stainless`, a Stainless config) in `dir`/`name`, bundled, loaded. */
async function sdkOf(name: string, stainless: string | null): Promise<{ root: string; loaded: Loaded }> {
  const root = path.join(dir, name);
  mkdirSync(root, { recursive: true });
  if (stainless) writeFileSync(path.join(root, 'stainless.yml'), stainless);
  writeFileSync(
    path.join(root, 'sdkgen.config.yaml'),
    `${stainless ? 'stainless: ./stainless.yml\n' : ''}validation: true\n`,
  );
  const result = await generate({ spec: SPEC, config: path.join(root, 'sdkgen.config.yaml'), referenceDocs: false });
  writeFiles(root, result.files);
  const entry = path.join(root, 'entry.ts');
  writeFileSync(
    entry,
    [
      `export { Frames } from './src/index.ts';`,
      `export * as v from './src/core/schema.ts';`,
      `export * as frames from './src/schemas/frames.ts';`,
    ].join('\n'),
  );
  const outfile = path.join(root, 'entry.mjs');
  buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  return { root, loaded: (await import(pathToFileURL(outfile).href)) as Loaded };
}

for (const [name, stainless] of [
  ['plain', null],
  ['stainless', STAINLESS],
] as const)
  describe.runIf(SLOW_FULL)(`${name === 'plain' ? 'without' : 'with'} a Stainless config`, () => {
    let root = '';
    let loaded: Loaded;
    beforeAll(async () => {
      ({ root, loaded } = await sdkOf(name, stainless));
    });

    /** What the response's validator finds in a valid envelope with `extra` set. */
    function envelope(extra: Record<string, unknown>) {
      const value = { stack: { description: 'main', parent: { description: 'caller' } }, events: [], ...extra };
      const validator = loaded.frames.framesRetrieveResponse!;
      const found = loaded.v.check(validator, value);
      const at = (list: Found['issues']) => list.map((i) => i.pointer);
      return { issues: at(found.issues), notices: at(found.notices), conforms: loaded.v.conforms(validator, value) };
    }
    it('a schema that refers to itself, and two that refer to each other, compile under --strict', () => {
      const tsconfig = path.join(root, 'tsconfig.check.json');
      writeFileSync(
        tsconfig,
        JSON.stringify({
          compilerOptions: { ...STRICT_OPTIONS, ...sdkModuleSyntax(root), types: [] },
          files: ['src/schemas/frames.ts'],
        }),
      );
      const { status, output } = runTsc(tsconfig, { only: [path.join(root, 'src/schemas/frames.ts')] });
      expect(output).toBe('');
      expect(status).toBe(0);
      // And it checks the nested frames.
      expect(envelope({ stack: { description: 'main', parent: { description: 7 } } }).issues).toEqual([
        '/stack/parent/description',
      ]);
    });

    describe('an unknown discriminator value is forgiven (a notice), a known one checked', () => {
      it('a discriminator without mapping over variants some of which are allOf', () => {
        const events = [
          { type: 'click', x: 1 },
          { type: 'key', key: 'k', at: 1 },
          { type: 'scroll', at: 2 },
          { type: 'swipe', dx: 1 },
        ];
        expect(envelope({ events })).toEqual({ issues: [], notices: ['/events/3/type'], conforms: false });
        expect(envelope({ events: [{ type: 'key', at: 1 }] }).issues).toEqual(['/events/0/key']);
        expect(envelope({ events: [{ type: 'scroll' }] }).issues).toEqual(['/events/0/at']);
      });

      it('variants that are nullable objects', () => {
        expect(envelope({ nullable_variant: { kind: 'image', url: 'u' } })).toMatchObject({
          issues: [],
          notices: ['/nullable_variant/kind'],
        });
        expect(envelope({ nullable_variant: { kind: 'number', value: 'one' } }).issues).not.toEqual([]);
      });

      it('a one-variant discriminated union inside an anyOf with null, and a union whose one object has a constant tag', () => {
        expect(envelope({ single: { type: 'other', name: 'n' } })).toMatchObject({
          issues: [],
          notices: ['/single/type'],
        });
        expect(envelope({ single: { type: 'only' } }).issues).toEqual(['/single/id']);
        expect(envelope({ const_single: { type: 'other' } })).toMatchObject({
          issues: [],
          notices: ['/const_single/type'],
        });
        expect(envelope({ const_single: { type: 'constant', label: 3 } }).issues).toEqual(['/const_single/label']);
      });

      it('inside a union nested in another, reported with its parent path', () => {
        const input = [
          { type: 'message', role: 'user', content: 'short' },
          { type: 'message', role: 'user', content: ['parts'] },
          { type: 'reasoning', at: 1 },
          { type: 'web_search', query: 'q' },
        ];
        expect(envelope({ request: { input } })).toEqual({
          issues: [],
          notices: ['/request/input/3/type'],
          conforms: false,
        });
        // A known item that lacks what it requires: the union it is in takes no variant.
        expect(envelope({ request: { input: [{ type: 'function_call' }] } }).issues).toEqual(['/request/input']);
      });
    });

    it("checks a union made only of `required` lists (the type stays the object's)", () => {
      expect(envelope({ attachment: {} }).issues).toEqual(['/attachment']);
      expect(envelope({ attachment: { file_id: 'f' } })).toEqual({ issues: [], notices: [], conforms: true });
      expect(envelope({ attachment: { image_url: 'u' } }).issues).toEqual([]);
    });

    // With a Stainless config, a schema no model names and no variant is is declared nowhere: nothing to check against.
    if (!stainless)
      it('checks a value whose tag a mapping entry gives to a schema that is no variant against that schema', () => {
        expect(envelope({ shape: { kind: 'triangle', sides: [3, 4, 5] } })).toEqual({
          issues: [],
          notices: [],
          conforms: true,
        });
        expect(envelope({ shape: { kind: 'triangle', sides: 'three' } }).issues).toEqual(['/shape/sides']);
      });

    it('checks `required` keys declared in another allOf part, or by no property', () => {
      expect(envelope({ named: { size: 1 } }).issues).toEqual(['/named/name']);
      expect(envelope({ named: { name: 'n' } }).issues).toEqual([]);
      expect(envelope({ partial: { declared: 'd' } }).issues).toEqual(['/partial/undeclared']);
      expect(envelope({ partial: { declared: 'd', undeclared: 0 } }).issues).toEqual([]);
    });
  });

describe.runIf(SLOW_FULL)('the client', () => {
  const server = new TestServer();
  let loaded: Loaded;
  beforeAll(async () => {
    ({ loaded } = await sdkOf('client', null));
    await server.start();
  });
  afterAll(() => server.stop());

  it('in strict mode returns an envelope whose items are of new types, and warn logs them', async () => {
    const body = {
      stack: { description: 'main' },
      events: [{ type: 'swipe' }],
      nullable_variant: { kind: 'image' },
      single: { type: 'other' },
      request: { input: [{ type: 'web_search' }] },
    };
    server.on('GET /frames', json(200, body));
    const warnings: unknown[][] = [];
    const logger = { error() {}, info() {}, debug() {}, warn: (...args: unknown[]) => warnings.push(args) };
    const options = { baseURL: server.url, maxRetries: 0, logger };
    const strict = new loaded.Frames({ ...options, validateResponses: 'strict' });
    expect(await strict.frames.retrieve()).toEqual(body);
    const notices = warnings.flatMap((w) => (w[1] as { issues: Array<{ pointer: string }> }).issues);
    expect(notices.map((n) => n.pointer)).toEqual([
      '/events/0/type',
      '/nullable_variant/kind',
      '/single/type',
      '/request/input/0/type',
    ]);
    // Refused where a required key is missing.
    server.on('GET /frames', json(200, { ...body, attachment: {} }));
    await expect(strict.frames.retrieve()).rejects.toMatchObject({ issues: [{ pointer: '/attachment' }] });
  });
});
