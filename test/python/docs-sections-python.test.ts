/**
 * api.md and README.md of a Python package in Stainless's layout (issue 91): api.md's headings name a resource by its
 * config key as `custom_casings` write it (`v1`, `ILGS`), without what keeps its class apart from a model
 * (`UserResourceResource`: "User"); a `standalone_api` resource under a resource with no method links its api.md
 * from the folder above (Stainless gives the method-less parent no package). The README has the sections a
 * Stainless README has for the same features, in its order: the MCP server, documentation (with no docs site too),
 * streaming. With SDKGEN_PYTHON_TESTS=full the streaming programs type-check under pyright against the package.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe('api.md and README.md of a Python package from a Stainless config', () => {
  const files = new Map<string, string>();
  const dir = tempDir('python-docs-sections');
  beforeAll(async () => {
    const result = await generate({
      spec: path.join(FIXTURES, 'docs-sections.yaml'),
      config: path.join(FIXTURES, 'docs-sections.stainless.yml'),
      target: 'python',
    });
    for (const file of result.files) files.set(file.path, file.contents);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const headings = (markdown: string) => {
    let fenced = false;
    return markdown.split('\n').filter((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && /^#{1,4} /.test(line);
    });
  };

  it("heads api.md's sections with the resources' names as the config cases them", () => {
    const apiMd = files.get('api.md')!;
    expect(headings(apiMd)).toEqual(['# User', '# Completions', '# ILGS', '## [v1](src/acme/resources/api.md)']);
    expect(files.get('src/acme/resources/ilgs/v1/api.md')!.startsWith('# v1\n')).toBe(true);
  });

  it("has the README sections of Stainless's, in their order", () => {
    const readme = files.get('README.md')!;
    expect(headings(readme).slice(0, 8)).toEqual([
      '# Acme Python API library',
      '## MCP Server',
      '## Documentation',
      '## Installation',
      '## Usage',
      '## Async usage',
      '### With aiohttp',
      '## Streaming responses',
    ]);
    expect(readme).toContain('`npx -y acme-mcp`');
    // No documentation site: the section points at api.md alone.
    const docs = readme.slice(readme.indexOf('## Documentation'), readme.indexOf('## Installation'));
    expect(docs).toBe('## Documentation\n\nEvery method of this library is listed in [api.md](api.md).\n\n');
    const streaming = readme.slice(readme.indexOf('## Streaming responses'), readme.indexOf('## Using types'));
    expect(streaming).toContain(
      'stream = client.completions.create(\n    prompt="prompt",\n    stream=True,\n)\nfor chunk in stream:\n    print(chunk.text)\n',
    );
    // (The async program awaits at the top level, as Stainless's do: readme-streaming-async-python.test.ts.)
    expect(streaming).toContain('\nstream = await client.completions.create(');
    expect(streaming).toContain('\nasync for chunk in stream:\n');
  });

  it.runIf(PYTHON_FULL)(
    'has streaming programs that type-check against the package',
    async () => {
      for (const [file, contents] of files) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), contents);
      }
      const readme = files.get('README.md')!;
      const streaming = readme.slice(readme.indexOf('## Streaming responses'), readme.indexOf('## Using types'));
      const programs = [...streaming.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(programs).toHaveLength(2);
      mkdirSync(path.join(dir, 'readme_programs'), { recursive: true });
      // (The async one awaits at the top level: readme-streaming-async-python.test.ts checks it as a coroutine's body.)
      writeFileSync(path.join(dir, 'readme_programs', 'stream_0.py'), programs[0]!);
      expect(await pyrightErrorsUnderOwnSettings(dir, ['readme_programs'], ['src'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`README streaming programs under pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
