/**
 * The reference docs switch and what the pages are made of: `referenceDocs: false` (config) and `--no-reference-docs`
 * (CLI, recorded for `sdkgen check`) leave no docs/ and no README links and change nothing else; spec text in a table
 * cell, code span or type stays text; the link checker the docs tests rely on finds what it looks for. The pages
 * themselves (one per resource, every method, examples that compile, links that resolve) are checked for every
 * fixture in doc-examples.test.ts, and one fixture's pages are snapshotted in output.test.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseConfig } from '../generator/config';
import { UsageError } from '../generator/diagnostics';
import { githubSlug } from '../generator/emit/typescript/plan-docs';
import { markdownCell, markdownCode, markdownLiteral } from '../generator/emit/typescript/print-doc';
import { generate } from '../generator/generate';
import { brokenLinks, headingAnchors, relativeLinks } from './helpers/markdown-links';
import { ROOT } from './helpers/paths';
import { buildSdkgen } from './helpers/build';
import { tempDir } from './helpers/sdk';
import { runSdkgen } from './helpers/sdkgen-cli';

const SPEC = path.join(ROOT, 'test/fixtures/reference-docs.yaml');

function sdkgen(...args: string[]) {
  return runSdkgen(args);
}

let dir: string;
beforeAll(() => {
  buildSdkgen();
  dir = tempDir('reference-docs');
});

describe('referenceDocs: false', () => {
  it('leaves out docs/ and the README links, and changes no other file', async () => {
    const config = path.join(dir, 'off.sdkgen.yaml');
    writeFileSync(config, 'referenceDocs: false\n');
    const on = await generate({ spec: SPEC, config: null });
    const off = await generate({ spec: SPEC, config });
    const docs = on.files.filter((f) => f.path.startsWith('docs/'));
    expect(docs.map((f) => f.path)).toContain('docs/sdks/books/reviews/README.md');
    expect(docs.map((f) => f.path)).toContain('docs/models/Book.md');
    expect(off.files.filter((f) => f.path.startsWith('docs/'))).toEqual([]);
    const byPath = (files: typeof on.files) => new Map(files.map((f) => [f.path, f.contents]));
    const onFiles = byPath(on.files.filter((f) => !f.path.startsWith('docs/')));
    const offFiles = byPath(off.files);
    expect([...offFiles.keys()]).toEqual([...onFiles.keys()]);
    for (const [file, contents] of offFiles) if (file !== 'README.md') expect(contents, file).toBe(onFiles.get(file));
    // The README differs by its Reference section only.
    const readmeOn = onFiles.get('README.md')!;
    const readmeOff = offFiles.get('README.md')!;
    expect(readmeOn).toContain('## Reference\n');
    expect(readmeOff).not.toContain('## Reference');
    expect(readmeOff).not.toContain('](docs/');
    expect(readmeOn.replace(/## Reference\n[\s\S]*?\n(?=## )/, '')).toBe(readmeOff);
  });

  it('must be a boolean in the config; on by default, also for a Stainless config', () => {
    expect(EMPTY_CONFIG.referenceDocs).toBe(true);
    expect(parseConfig({}, 'c.yaml').referenceDocs).toBe(true);
    expect(parseConfig({ referenceDocs: false }, 'c.yaml').referenceDocs).toBe(false);
    expect(parseConfig({ referenceDocs: true }, 'c.yaml').referenceDocs).toBe(true);
    expect(() => parseConfig({ referenceDocs: 'no' }, 'c.yaml')).toThrow(UsageError);
    expect(() => parseConfig({ referenceDocs: 'no' }, 'c.yaml')).toThrow(/referenceDocs must be true or false/);
  });

  it('--no-reference-docs deletes the pages a previous run wrote, and sdkgen check replays it', () => {
    const out = path.join(dir, 'cli-out');
    mkdirSync(out, { recursive: true });
    const first = sdkgen('generate', SPEC, '-o', out, '--no-config');
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(path.join(out, 'docs/sdks/books/README.md'))).toBe(true);
    const second = sdkgen('generate', SPEC, '-o', out, '--no-config', '--no-reference-docs');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/\b1[0-9] deleted\b/);
    expect(existsSync(path.join(out, 'docs'))).toBe(false);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).not.toContain('## Reference');
    const manifest = JSON.parse(readFileSync(path.join(out, '.sdkgen/manifest.json'), 'utf8')) as {
      inputs: { referenceDocs?: boolean };
      files: Record<string, string>;
    };
    expect(manifest.inputs.referenceDocs).toBe(false);
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('docs/'))).toEqual([]);
    const check = sdkgen('check', '-o', out);
    expect(check.code, `${check.stdout}${check.stderr}`).toBe(0);
  });
});

describe('spec text in the pages', () => {
  it('a table cell keeps one line and one cell, and shows no HTML', () => {
    expect(markdownCell('a | b\n\nc <b onclick="x">d</b>')).toBe(
      'a \\| b c &lt;b onclick=&quot;x&quot;&gt;d&lt;/b&gt;',
    );
    expect(markdownCell('```\nfence')).toBe('\\``` fence');
    expect(markdownCell('x\\|y')).toBe('x\\\\|y');
  });

  it('inline code holds any text: backticks, pipes (in tables), line breaks', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`a')).toBe('`` `a ``');
    expect(markdownCode("'a' | 'b'", { inTable: true })).toBe("`'a' \\| 'b'`");
    expect(markdownCode("'a' | 'b'")).toBe("`'a' | 'b'`");
    expect(markdownCode('a\nb')).toBe('`a b`');
  });

  it('literal text beside links shows as written', () => {
    expect(markdownLiteral("Array<'*[x](y)*' | `z`>")).toBe("Array&lt;'\\*\\[x\\]\\(y\\)\\*' \\| \\`z\\`&gt;");
  });

  it("a method's anchor is GitHub's slug of its heading", () => {
    expect(githubSlug('servers.releases.get')).toBe('serversreleasesget');
    expect(githubSlug('a.$b_c')).toBe('ab_c');
  });
});

describe('the link checker', () => {
  it('reads headings as GitHub anchors them, numbering repeats', () => {
    expect([
      ...headingAnchors('# Books\n## books.list\n### Example\n### Example\n```\n# not a heading\n```\n'),
    ]).toEqual(['books', 'bookslist', 'example', 'example-1']);
  });

  it('finds relative links outside code only', () => {
    expect(
      relativeLinks('[a](x.md) [b](https://e.com) `[c](code.md)`\n```\n[d](fenced.md)\n```\n[e](y.md#top)'),
    ).toEqual(['x.md', 'y.md#top']);
  });

  it('reports a missing file, a missing heading and a link out of the package', () => {
    const root = path.join(dir, 'links');
    mkdirSync(path.join(root, 'docs'), { recursive: true });
    writeFileSync(path.join(root, 'README.md'), '# Title\n\n## Part two\n\n[ok](docs/a.md) [gone](docs/b.md)\n');
    writeFileSync(
      path.join(root, 'docs/a.md'),
      '[up](../README.md#part-two) [bad](../README.md#part-three) [out](../../elsewhere.md) [self](#here)\n',
    );
    expect(brokenLinks(root, [path.join(root, 'README.md'), path.join(root, 'docs/a.md')])).toEqual([
      'README.md: docs/b.md (no such file)',
      'docs/a.md: ../README.md#part-three (no such heading)',
      'docs/a.md: ../../elsewhere.md (outside the package)',
      'docs/a.md: #here (no such heading)',
    ]);
  });
});

describe('a method whose body is one of several objects', () => {
  it("lists every variant's fields once, typed as the union of their types, required where every variant says so", async () => {
    const { files } = await generate({
      spec: path.join(ROOT, 'test/fixtures/discriminated-unions.yaml'),
      format: false,
    });
    const page = files.find((f) => f.path === 'docs/sdks/pets/README.md')!.contents;
    const section = page.slice(page.indexOf('## pets.create'));
    const rows = section
      .slice(0, section.indexOf('\n## ') === -1 ? undefined : section.indexOf('\n## '))
      .split('\n')
      .filter((line) => line.startsWith('| `params.'))
      .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], cells[2], cells[3]])).toEqual([
      ['`params.petType`', "`'cat' \\| 'dog' \\| 'lizard'`", '✔'],
      ['`params.livesLeft`', '`number`', ''],
      ['`params.goodBoy`', '`boolean`', ''],
      ['`params.scales`', '`string`', ''],
    ]);
  });
});
