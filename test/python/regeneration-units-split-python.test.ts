/**
 * A Python regeneration that takes modules of two kinds from the last run (types-reuse.ts) writes what a cold
 * generation writes: a params module split on a streaming param (`XParamsBase`, `…NonStreaming`, `…Streaming` and
 * `XParams = Union[…]`), whose `types/__init__.py` line re-exports the `Union` alias, not the base class (before:
 * `ChatCreateParamsBase as ChatCreateParamsBase`, stagehand-python's `sdkgen update`); and a method's response of one
 * object or null, declared as the object's class (nullable-response.ts), whose stand-in has no class part (before: the
 * regeneration stopped with "Cannot read properties of null (reading 'kind')", agentex-python's `sdkgen update`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/api/generate';
import { generate as runPipeline, type GenerateResult } from '../../generator/generate';
import { manifestText } from '../../generator/write/manifest';
import { tempDir } from '../helpers/sdk';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

// The streaming fixture with a method answering a chat or null (an inline object, `nullable`).
const SPEC = readFileSync(fixture('stream-split.yaml'), 'utf8').replace(
  /\ncomponents:\n/,
  `
  /v1/chats/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The chat, or null where there is none.
          content:
            application/json:
              schema:
                type: object
                nullable: true
                required: [id]
                properties: { id: { type: string }, title: { type: string } }
components:
`,
);
const CONFIG = readFileSync(fixture('stream-split.stainless.yml'), 'utf8').replace(
  '    methods:\n',
  '    methods:\n      retrieve: get /v1/chats/{id}\n',
);

const contents = (result: GenerateResult) => Object.fromEntries(result.files.map((f) => [f.path, f.contents]));
const takenUnits = (result: GenerateResult) =>
  new Set(result.files.filter((f) => f.reused?.unit !== undefined).map((f) => f.unit!.id));

describe('a Python regeneration taking a split params module and a nullable response’s module', () => {
  it('writes what a cold generation writes', async () => {
    const root = tempDir('py-regen-split');
    const spec = path.join(root, 'openapi.yaml');
    const config = path.join(root, 'stainless.yml');
    const output = path.join(root, 'sdk');
    writeFileSync(spec, SPEC);
    writeFileSync(config, CONFIG);
    expect(SPEC).toContain('/v1/chats/{id}:');
    expect(CONFIG).toContain('retrieve: get /v1/chats/{id}');
    const options = { spec, config, target: 'python' as const };
    await generate({ ...options, output, cwd: root });
    const written = readFileSync(path.join(output, 'src/chatter/types/__init__.py'), 'utf8');
    expect(written).toContain('from .chat_create_params import ChatCreateParams as ChatCreateParams\n');
    expect(written).not.toContain('ChatCreateParamsBase');
    expect(readFileSync(path.join(output, 'src/chatter/types/chat_retrieve_response.py'), 'utf8')).toContain(
      'class ChatRetrieveResponse(BaseModel):',
    );

    const warm = await runPipeline({ ...options, previousOutput: output });
    const cold = await runPipeline(options);
    // The two modules were taken, not printed.
    const taken = takenUnits(warm);
    expect(taken).toContain('py:params:types/chat_create_params');
    expect(taken).toContain('py:type:types/chat_retrieve_response');
    expect(contents(warm)).toEqual(contents(cold));
    const manifest = (result: GenerateResult) => manifestText(result.files, null, undefined, result.formatKey);
    expect(manifest(warm)).toBe(manifest(cold));
  }, 120_000);
});
