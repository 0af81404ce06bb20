/**
 * A method streaming on a body flag, whose path has two params (the first taken by keyword): as in Stainless's Python
 * SDKs (llama-stack-client-python's `turn.create(session_id, *, agent_id, messages, ...)`),
 * - `@required_args` names, in alphabetical order, every argument a call of each overload must give, the path params
 *   taken by keyword included: `(["agent_id", "messages"], ["agent_id", "messages", "stream"])`, so a call without
 *   `agent_id` is refused by name before any request;
 * - the stream flag keeps its place among the params: with the optional ones in the non-streaming overload and the
 *   implementation (`documents`, `stream`, `tool_config`), with the required ones where it is required.
 * With SDKGEN_PYTHON_TESTS=full, pyright strict checks the package and a call without `agent_id` is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';
import {
  FULL_ONLY_NOTICE,
  PYTHON_FULL,
  pyrightErrorsUnderOwnSettings,
  runProcess,
  venvPython,
} from '../helpers/python';

const CALL_WITHOUT_AGENT = `
from turns import Turns

client = Turns(base_url="http://127.0.0.1:9", max_retries=0)
try:
    client.turns.create("s1", messages=["hi"])  # type: ignore[call-overload]
except TypeError as error:
    print(error)
`;

/** The keyword params of each `def create(` of the module, in order (overloads first, then the implementation). */
function keywordParams(module: string): string[][] {
  return [...module.matchAll(/def create\(\n([^]*?)\n\s+# Headers/g)].map((match) =>
    match[1]
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== 'self,' && line !== '*,')
      .map((line) => line.replace(/,$/, '')),
  );
}

describe('required args and the stream flag of a streaming method with a keyword path param', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const resource = () => readFileSync(path.join(out, 'src/turns/resources/turns.py'), 'utf8');
  const { out } = pythonSdk(
    'py-stream-required-args',
    { spec: fixture('stream-required-args.yaml'), config: fixture('stream-required-args.stainless.yml') },
    { timeout: 300_000 },
  );

  it('lists the keyword path param in @required_args, every group in alphabetical order', () => {
    const decorators = resource().match(/@required_args\(.*\)/g);
    expect(decorators).toEqual([
      '@required_args(["agent_id", "messages"], ["agent_id", "messages", "stream"])',
      '@required_args(["agent_id", "messages"], ["agent_id", "messages", "stream"])',
    ]);
  });

  it('keeps the stream flag in its place among the required or the optional params', () => {
    const sync = keywordParams(resource()).slice(0, 4);
    expect(sync.map((params) => params.map((param) => param.split(':')[0]))).toEqual([
      ['session_id', 'agent_id', 'messages', 'documents', 'stream', 'tool_config'],
      ['session_id', 'agent_id', 'messages', 'stream', 'documents', 'tool_config'],
      ['session_id', 'agent_id', 'messages', 'stream', 'documents', 'tool_config'],
      ['session_id', 'agent_id', 'messages', 'documents', 'stream', 'tool_config'],
    ]);
    expect(sync[0][4]).toBe('stream: Literal[False] | Omit = omit');
    expect(sync[1][3]).toBe('stream: Literal[True]');
    expect(sync[3][4]).toBe('stream: Literal[False] | Literal[True] | Omit = omit');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict, and a call without the keyword path param is refused by name',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/turns'])).toEqual([]);
      const result = await runProcess(venvPython(), ['-c', CALL_WITHOUT_AGENT], {
        env: { ...process.env, PYTHONPATH: path.join(out, 'src'), PYTHONDONTWRITEBYTECODE: '1' },
        timeout: 60_000,
      });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(
        "Missing required arguments; Expected either ('agent_id' and 'messages') or ('agent_id', 'messages' and 'stream') arguments to be given",
      );
    },
    120_000,
  );
  it.skipIf(PYTHON_FULL)(`pyright and the call: ${FULL_ONLY_NOTICE}`, () => {});
});
