/**
 * The async program of a Python README's section on streamed responses. From a Stainless config it has the shape of
 * Stainless's: the sync program's statements with the call awaited and the loop an `async for`, at the top level (as
 * an asyncio REPL or a notebook runs them), no `main()` and no `asyncio.run`. Without a config it stays a module that
 * runs. With SDKGEN_PYTHON_TESTS=full the top-level program type-checks under pyright as a coroutine's body.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const SPEC = path.join(FIXTURES, 'docs-sections.yaml');
/** A method that always streams, for a package made without a config. */
const EVENTS_SPEC = `openapi: 3.1.0
info: { title: Ticker, version: 1.0.0 }
servers: [{ url: https://api.ticker.test }]
paths:
  /ticks:
    get:
      operationId: streamTicks
      responses:
        '200':
          description: ticks
          content:
            text/event-stream:
              schema: { type: object, properties: { price: { type: number } } }
`;

/** The ```python programs of a README's streaming section. */
function streamingPrograms(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Streaming responses'), readme.indexOf('## Using types'));
  return [...section.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** A program that awaits at the top level as a module: its statements after the client's line in a coroutine. */
function asModule(program: string): string {
  const [head, body] = program.split(/(?<=^client = .*\n)/m);
  return `${head}\n\nasync def program() -> None:\n${body!.replace(/^(?=.)/gm, '    ')}`;
}

describe("a Python README's async streaming program", () => {
  const dir = tempDir('python-readme-streaming-async');
  const stainless = new Map<string, string>();
  let plain = '';
  beforeAll(async () => {
    const config = path.join(FIXTURES, 'docs-sections.stainless.yml');
    for (const file of (await generate({ spec: SPEC, config, target: 'python' })).files)
      stainless.set(file.path, file.contents);
    writeFileSync(path.join(dir, 'events.yml'), EVENTS_SPEC);
    const files = (await generate({ spec: path.join(dir, 'events.yml'), target: 'python' })).files;
    plain = files.find((f) => f.path === 'README.md')!.contents;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("from a Stainless config, awaits at the top level as Stainless's READMEs do", () => {
    const [sync, async] = streamingPrograms(stainless.get('README.md')!);
    expect(async).toBe(
      'from acme import AsyncAcme\n\nclient = AsyncAcme()\n\n' +
        'stream = await client.completions.create(\n    prompt="prompt",\n    stream=True,\n)\n' +
        'async for chunk in stream:\n    print(chunk.text)\n',
    );
    // The sync program's statements, awaited.
    expect(async!.slice(async!.indexOf('stream = '))).toBe(
      sync!.slice(sync!.indexOf('stream = ')).replace('= client', '= await client').replace('for ', 'async for '),
    );
  });

  it('without a config, stays a module that runs', () => {
    const [, async] = streamingPrograms(plain);
    expect(async).toMatch(/^import asyncio\n/);
    expect(async).toContain('\nasync def main() -> None:\n    stream = await client.');
    expect(async).toMatch(/\n\n\nasyncio\.run\(main\(\)\)\n$/);
  });

  it.runIf(PYTHON_FULL)(
    'type-checks as the body of a coroutine',
    async () => {
      for (const [file, contents] of stainless) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), contents);
      }
      const programs = streamingPrograms(stainless.get('README.md')!);
      mkdirSync(path.join(dir, 'readme_programs'), { recursive: true });
      writeFileSync(path.join(dir, 'readme_programs', 'stream_sync.py'), programs[0]!);
      writeFileSync(path.join(dir, 'readme_programs', 'stream_async.py'), asModule(programs[1]!));
      expect(await pyrightErrorsUnderOwnSettings(dir, ['readme_programs'], ['src'])).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`README async streaming program under pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
