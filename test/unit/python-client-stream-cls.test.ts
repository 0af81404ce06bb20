/**
 * `_client.py`'s `self._default_stream_cls = Stream|AsyncStream`: Stainless writes it when the SDK streams and its config
 * has a top-level `streaming:` section (`on_event` rules: letta, llama-stack, opencode), and not when the SDK streams
 * without one (agentex, kernel, casedev). Without a Stainless config sdkgen keeps saying it whenever a method streams.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIr } from '../../generator/api/analyze';
import { buildPythonModel } from '../../generator/emit/python/types/build-model';
import { printClient } from '../../generator/emit/python/client/print-client';
import { tempDir } from '../helpers/sdk';

const fixtures = path.resolve(__dirname, '../python/fixtures');
const SPEC = path.join(fixtures, 'sessions.yaml');
const CONFIG = readFileSync(path.join(fixtures, 'sessions.stainless.yml'), 'utf8');
const SYNC_LINE = '        self._default_stream_cls = Stream\n';
const ASYNC_LINE = '        self._default_stream_cls = AsyncStream\n';

/** `_client.py` of the sessions spec (an SSE method), with `config` (null: none). */
async function clientOf(config: string | null): Promise<string> {
  let configFile: string | undefined;
  if (config !== null) {
    configFile = path.join(tempDir('python-client-stream-cls'), 'stainless.yml');
    writeFileSync(configFile, config);
  }
  const { api } = await loadIr({ spec: SPEC, ...(configFile ? { config: configFile } : {}) });
  return printClient(buildPythonModel(api, { fromStainlessConfig: config !== null })).contents;
}

describe('_client.py: the default stream class', () => {
  test('a config with a streaming section: said, sync and async', async () => {
    const text = await clientOf(`${CONFIG}streaming:\n  on_event:\n    - { event_type: error, handle: error }\n`);
    expect(text).toContain(SYNC_LINE);
    expect(text).toContain(ASYNC_LINE);
  });

  test('a config whose SDK streams without a streaming section: not said', async () => {
    const text = await clientOf(CONFIG);
    // (The method streams: its resource passes its stream class.)
    expect(text).not.toContain('_default_stream_cls');
  });

  test('no Stainless config: said whenever a method streams', async () => {
    const text = await clientOf(null);
    expect(text).toContain(SYNC_LINE);
    expect(text).toContain(ASYNC_LINE);
  });
});
