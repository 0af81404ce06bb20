/**
 * `sdkgen diff` as CI runs it: formats, exit codes (--fail-on), usage errors, spec errors.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKDOWN_MARKER } from '../../generator/diff/report-markdown';
import { ROOT } from '../helpers/paths';
import { buildSdkgen } from '../helpers/build';
import { tempDir } from '../helpers/sdk';
import { runSdkgen } from '../helpers/sdkgen-cli';

const RULES = 'test/fixtures-diff/rules';

function sdkgen(...args: string[]) {
  return runSdkgen(args);
}
const pair = (name: string) => [`${RULES}/${name}/old.yaml`, `${RULES}/${name}/new.yaml`];

beforeAll(() => {
  buildSdkgen();
});

describe('sdkgen diff CLI', () => {
  it.each([
    [['--help'], 0, /diff <old> <new>/],
    [['diff', '--help'], 0, /--fail-on/],
    [['diff'], 2, /expected <old> and <new>, got 0 arguments/],
    [['diff', 'a.yaml'], 2, /expected <old> and <new>, got 1 argument$/m],
    [['diff', ...pair('method-added'), '--format', 'html'], 2, /--format must be text, markdown or json/],
    [['diff', ...pair('method-added'), '--fail-on', 'warn'], 2, /--fail-on must be breaking, any or none/],
    [['diff', 'git:HEAD', 'b.yaml'], 2, /expected git:<ref>:<path>/],
    [['diff', 'missing.yaml', 'b.yaml'], 1, /missing\.yaml: file not found/],
  ])('sdkgen %j exits %i', (args, code, pattern) => {
    const result = sdkgen(...args);
    expect(`${result.stdout}${result.stderr}`).toMatch(pattern);
    expect(result.code).toBe(code);
  });

  it.each([
    // [pair, --fail-on, exit code]
    ['method-removed', 'breaking', 1],
    ['method-removed', 'none', 0],
    ['method-added', 'breaking', 0],
    ['method-added', 'any', 1],
    ['docs-changed', 'breaking', 0],
    ['docs-changed', 'any', 1],
  ])('%s with --fail-on %s exits %i', (name, failOn, code) => {
    expect(sdkgen('diff', ...pair(name), '--fail-on', failOn).code).toBe(code);
  });

  it('defaults to --fail-on none', () => {
    expect(sdkgen('diff', ...pair('method-removed')).code).toBe(0);
  });

  it('prints text, Markdown and JSON', () => {
    const text = sdkgen('diff', ...pair('param-made-required'));
    expect(text.stdout).toBe(
      [
        `sdkgen diff: ${RULES}/param-made-required/old.yaml → ${RULES}/param-made-required/new.yaml`,
        '1 breaking, 0 non-breaking, 0 notes — suggested version bump: major',
        '',
        'client.pets',
        '  BREAKING      pets.list › params.limit: parameter `limit` is now required',
        '                why: calls that omit it no longer compile',
        '',
      ].join('\n'),
    );
    const markdown = sdkgen('diff', ...pair('param-made-required'), '--format', 'markdown').stdout;
    expect(
      markdown.startsWith(
        `${MARKDOWN_MARKER}\n### SDK changes: 1 breaking, 0 non-breaking, 0 notes — suggested version bump: **major**\n`,
      ),
    ).toBe(true);
    expect(markdown).toContain(
      '| 🔴 breaking | parameter `limit` is now required | `pets.list › params.limit` | calls that omit it no longer compile |',
    );
    const json = JSON.parse(sdkgen('diff', ...pair('param-made-required'), '--format', 'json').stdout);
    expect(json).toMatchObject({
      schemaVersion: 1,
      summary: { breaking: 1, nonBreaking: 0, notes: 0, semver: 'major' },
    });
    expect(Object.keys(json.changes[0])).toEqual([
      'kind',
      'classification',
      'reason',
      'message',
      'group',
      'resource',
      'method',
      'type',
      'location',
      'direction',
      'before',
      'after',
      'affects',
      'source',
    ]);
  });

  it('escapes pipes in Markdown table cells', () => {
    const markdown = sdkgen('diff', ...pair('response-enum-value-added'), '--format', 'markdown').stdout;
    const row = markdown.split('\n').find((l) => l.includes('enum value added'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(6); // 4 cells between 5 unescaped pipes
  });

  it('says so when nothing changed', () => {
    const [old] = pair('method-added');
    expect(sdkgen('diff', old, old).stdout).toContain('No changes to the SDK surface.');
    expect(sdkgen('diff', old, old, '--format', 'markdown').stdout).toContain(
      '### SDK changes: none — the generated SDK surface is identical',
    );
  });

  it('applies --old-config / --new-config to one side (a config rename is an SDK change too)', () => {
    const dir = tempDir('diff-config');
    writeFileSync(path.join(dir, 'renamed.yaml'), 'client:\n  name: PetStore\nresources:\n  pets: animals\n');
    const [old] = pair('method-added');
    const json = JSON.parse(
      sdkgen('diff', old, old, '--new-config', path.join(dir, 'renamed.yaml'), '--format', 'json').stdout,
    );
    expect(json.changes.map((c: { kind: string; location: string }) => [c.kind, c.location])).toEqual([
      ['client-renamed', 'client › class'],
      ['env-prefix-changed', 'client › env'],
      ['resource-renamed', 'animals'],
      ['params-type-renamed', 'animals.list › params'],
      ['type-renamed', 'type AnimalListResponse'],
    ]);
  });
});

describe("a Stainless config's streaming.on_event", () => {
  it('reports a change of the rules as a note, and nothing when both sides say what streams do anyway', async () => {
    const { diffSpecs } = await import('../../generator/diff/diff');
    const dir = tempDir('diff-stream-rules');
    const spec = path.join(dir, 'openapi.yaml');
    writeFileSync(
      spec,
      [
        'openapi: 3.1.0',
        'info: { title: Events, version: 1.0.0 }',
        'paths:',
        '  /events:',
        '    get:',
        '      responses:',
        "        '200':",
        '          description: ok',
        '          content:',
        '            text/event-stream: { schema: { type: object, properties: { n: { type: integer } } } }',
      ].join('\n'),
    );
    const config = (name: string, rules: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        [
          'organization: { name: acme }',
          'streaming:',
          '  on_event:',
          ...rules,
          'resources:',
          '  events:',
          '    methods:',
          '      stream: get /events',
        ].join('\n'),
      );
      return file;
    };
    const plain = config('plain.yml', ['    - { kind: fallthrough, handle: yield }']);
    const ruled = config('ruled.yml', [
      '    - { event_type: error, handle: error }',
      '    - { kind: fallthrough, handle: yield, error_property: error }',
    ]);
    const changed = await diffSpecs({ old: spec, new: spec, oldConfig: plain, newConfig: ruled });
    expect(changed.changes.map((c) => [c.kind, c.classification, c.message])).toEqual([
      [
        'stream-rules-changed',
        'note',
        'streams: `error` events → error; any event → yield, `error` property thrown (was: every event yielded)',
      ],
    ]);
    const same = await diffSpecs({ old: spec, new: spec, oldConfig: plain, newConfig: plain });
    expect(same.changes).toEqual([]);
  });
});

describe('Markdown size limit', () => {
  it('leaves rows out past the limit and says how many', async () => {
    const { diffSpecs } = await import('../../generator/diff/diff');
    const { renderMarkdown } = await import('../../generator/diff/report-markdown');
    const result = await diffSpecs({
      old: path.join(ROOT, RULES, 'pagination-scheme-changed/old.yaml'),
      new: path.join(ROOT, RULES, 'pagination-scheme-changed/new.yaml'),
    });
    const full = renderMarkdown(result);
    expect(full).not.toContain('not shown');
    const cut = renderMarkdown(result, 1400);
    expect(cut.length).toBeLessThanOrEqual(1400);
    expect(cut).toContain('| 🔴 breaking |');
    // A row never appears without its group's heading.
    expect(cut).not.toContain('pets.list › params.cursor');
    expect(cut).toMatch(/_\d+ more changes? not shown to keep this comment within GitHub's size limit/);
    expect(cut.startsWith(`${MARKDOWN_MARKER}\n### SDK changes: 4 breaking`)).toBe(true);
  });
});
