/**
 * A method streaming on a body flag that needs no other argument (stagehand's `sessions.observe(id, *, instruction,
 * stream_response, ...)`): Stainless writes no `@required_args` over its implementation, since a first group of none
 * would let every call through; one that needs an argument keeps it (stream-required-args.test.ts). With
 * SDKGEN_PYTHON_TESTS=full, pyright strict checks the resource.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

describe('a streaming method whose only required argument is the stream flag', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const resource = () => readFileSync(path.join(out, 'src/observer/resources/sessions.py'), 'utf8');
  const { out } = pythonSdk(
    'py-stream-flag-alone',
    { spec: fixture('stream-flag-alone.yaml'), config: fixture('stream-flag-alone.stainless.yml') },
    { timeout: 300_000 },
  );

  it('writes its three overloads and an implementation with no @required_args, nor its import', () => {
    const module = resource();
    expect(module.match(/@overload\n\s+def observe\(/g)).toHaveLength(3);
    expect(module.match(/^\s+def observe\(/gm)).toHaveLength(4);
    expect(module).not.toContain('required_args');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(out, ['src/observer'])).toEqual([]);
    },
    120_000,
  );
  it.skipIf(PYTHON_FULL)(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
