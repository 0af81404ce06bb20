/**
 * migrate (Python): the owners' patch of Stainless's `Stream.__stream__` that ends a stream at `[DONE]` and raises an
 * `APIError` for an event whose data has an `error` (Stainless's loop without a `streaming:` config only yielded each
 * event's data). sdkgen's `_streaming.py` does that from the config's `streaming.on_event` rules (stream-events.ts):
 * the config `--from-repo` derives writes the rules the repository's `__stream__` shows, and each edit of the patch is
 * Stainless's lines back, reported done by sdkgen's runtime, not left to a person. Before, the derived config had no
 * `streaming:` and the patch's hunks were left to a person (and its imports carried into sdkgen's module).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import {
  configuredStreamEventRules,
  onEventEntries,
  streamEventRulesOf,
  withStreamEventsDone,
} from '../../generator/migrate/python/derived-config/stream-events';
import { writeFile } from '../helpers/files';
import { commitAll, commitGenerationThenMain } from '../helpers/git-history';
import { sdkgen } from '../helpers/git-repo';
import { tempDir } from '../helpers/sdk';
import { SLOW_FULL } from '../helpers/slow-tests';
import { PETS_CONFIG, PETSTORE_SPEC, STAINLESS_PY_HEADER, stainlessPythonGeneration } from '../helpers/python-migrate';

// Stainless's `_streaming.py` in its shape (written for this test): its loop yields each event's data.
const loop = (keyword: string, close: string) => `        try:
            ${keyword}for sse in iterator:
                yield process_data(data=sse.json(), cast_to=cast_to, response=response)
        finally:
            # Ensure the response is closed even if the consumer doesn't read all data
            ${close}
`;
const streamClass = (name: string, keyword: string, close: string, body: string) => `class ${name}(Generic[_T]):
    response: httpx.Response

    ${keyword === '' ? '' : 'async '}def __stream__(self) -> Iterator[_T]:
        cast_to = cast(Any, self._cast_to)
        response = self.response
        process_data = self._client._process_response_data
        iterator = self._iter_events()

${body}
    def close(self) -> None:
        self.response.close()
`;
const STAINLESS = `${STAINLESS_PY_HEADER}from __future__ import annotations

import httpx

from ._utils import extract_type_var_from_base


${streamClass('Stream', '', 'response.close()', loop('', 'response.close()'))}

${streamClass('AsyncStream', 'async ', 'await response.aclose()', loop('async ', 'await response.aclose()'))}`;

const raiseError = (indent: string) =>
  [
    'message = None',
    'error = data.get("error")',
    'if is_mapping(error):',
    '    message = error.get("message")',
    'if not message or not isinstance(message, str):',
    '    message = "An error occurred during streaming"',
    '',
    'raise APIError(',
    '    message=message,',
    '    request=self.response.request,',
    '    body=data["error"],',
    ')',
  ]
    .map((line) => (line === '' ? '' : indent + line))
    .join('\n');
// The owners' patch (the handling Stainless writes for a `streaming:` config, copied in by hand).
const handling = (keyword: string) => `        ${keyword}for sse in iterator:
            if sse.data.startswith("[DONE]"):
                break

            if sse.event is None:
                data = sse.json()
                if is_mapping(data) and data.get("error"):
${raiseError('                    ')}

                yield process_data(data=data, cast_to=cast_to, response=response)

            else:
                data = sse.json()

                if sse.event == "error" and is_mapping(data) and data.get("error"):
${raiseError('                    ')}

                yield process_data(data={"data": data, "event": sse.event}, cast_to=cast_to, response=response)
        # The stream needs to be fully consumed to close the response
        ${keyword}for _sse in iterator:
            ...
`;
const PATCHED = STAINLESS.replace(
  'from ._utils import extract_type_var_from_base\n',
  'from ._utils import is_mapping, extract_type_var_from_base\nfrom ._exceptions import APIError\n',
)
  .replace(loop('', 'response.close()'), handling(''))
  .replace(loop('async ', 'await response.aclose()'), handling('async '));

const API_MD = `# Pets

Methods:

- <code title="get /pets">client.pets.<a href="./src/acme/resources/pets.py">list</a>() -> object</code>
`;

const RULES = [
  { data_starts_with: '[DONE]', handle: 'done' },
  { event_type: null, handle: 'yield', error_property: 'error' },
  { event_type: 'error', handle: 'yield', error_property: 'error' },
  { kind: 'fallthrough', handle: 'yield' },
];

describe("the owners' event handling patched into Stainless's stream", () => {
  it('is written into the derived config as streaming.on_event rules', () => {
    const derived = derivePythonConfig(
      [
        { path: 'api.md', text: API_MD },
        { path: 'src/acme/_streaming.py', text: PATCHED },
      ] as never,
      'acme',
    );
    expect((yaml.load(derived!.text) as { streaming?: unknown }).streaming).toEqual({ on_event: RULES });
    // Stainless's loop that only yields each event says nothing a config need say.
    const plain = derivePythonConfig(
      [
        { path: 'api.md', text: API_MD },
        { path: 'src/acme/_streaming.py', text: STAINLESS },
      ] as never,
      'acme',
    );
    expect((yaml.load(plain!.text) as { streaming?: unknown }).streaming).toBeUndefined();
  });

  it("reads Stainless's own handling of a streaming: config (named events, the client's status error) back", () => {
    const statusError = `                if sse.event == "error":
                    body = sse.json()
                    raise self._client._make_status_error(
                        f"{body}",
                        body=body,
                        response=self.response,
                    )
`;
    const named = STAINLESS.replace(
      loop('', 'response.close()'),
      `        try:
            for sse in iterator:
${statusError}
                if (
                    sse.event == "starting"
                    or sse.event == "finished"
                ):
                    yield process_data(data=sse.json(), cast_to=cast_to, response=response)
        finally:
            response.close()
`,
    );
    // (The shape of browserbase/stagehand's module; its config says these two rules.)
    expect(onEventEntries(configuredStreamEventRules(named))).toEqual([
      { event_type: 'error', handle: 'error' },
      { event_type: ['starting', 'finished'], handle: 'yield' },
    ]);
    const unnamed = STAINLESS.replace(
      loop('', 'response.close()'),
      `        try:
            for sse in iterator:
                if sse.data.startswith("[DONE]"):
                    break

${statusError}
                if sse.event is None:
                    yield process_data(data=sse.json(), cast_to=cast_to, response=response)
        finally:
            response.close()
`,
    );
    expect(onEventEntries(configuredStreamEventRules(unnamed))).toEqual([
      { data_starts_with: '[DONE]', handle: 'done' },
      { event_type: 'error', handle: 'error' },
      { event_type: null, handle: 'yield' },
    ]);
  });

  it("is Stainless's lines back where sdkgen's runtime does it, and the owners' other edits stay", () => {
    const rules = streamEventRulesOf(PATCHED);
    const done = withStreamEventsDone('src/acme/_streaming.py', STAINLESS, PATCHED, rules, 'acme');
    expect(done?.text).toBe(STAINLESS);
    expect(done?.done.length).toBe(3);
    // Without the config's rules, sdkgen's stream still ends at [DONE] and raises an `error` property.
    expect(withStreamEventsDone('src/acme/_streaming.py', STAINLESS, PATCHED, [], 'acme')?.text).toBe(STAINLESS);
    // A line of the owners' in the loop that is not event handling keeps that edit theirs.
    const logged = PATCHED.replace(
      '            if sse.data.startswith("[DONE]"):\n',
      '            log.debug("event %s", sse.event)\n            if sse.data.startswith("[DONE]"):\n',
    );
    expect(withStreamEventsDone('src/acme/_streaming.py', STAINLESS, logged, rules, 'acme')?.text).toContain(
      'log.debug(',
    );
    // Rules sdkgen's runtime would not follow (the config's differ) leave the patch to be carried.
    const other = [{ events: null, dataStartsWith: '[END]', handle: 'done' as const, errorProperty: null }];
    expect(withStreamEventsDone('src/acme/_streaming.py', STAINLESS, PATCHED, other, 'acme')).toBeNull();
  });

  it('is done in a package of a dotted name (`cerebras.cloud.sdk`, its modules under src/cerebras/cloud/sdk/)', () => {
    const rules = streamEventRulesOf(PATCHED);
    const nested = 'src/cerebras/cloud/sdk/_streaming.py';
    expect(withStreamEventsDone(nested, STAINLESS, PATCHED, rules, 'cerebras.cloud.sdk')?.text).toBe(STAINLESS);
    // (Another package's module of that name is not this package's runtime.)
    expect(withStreamEventsDone('src/other/_streaming.py', STAINLESS, PATCHED, rules, 'cerebras.cloud.sdk')).toBeNull();
  });

  // A whole migrate (over a minute on a loaded machine): SDKGEN_SLOW_TESTS=full's, which CI runs.
  it.runIf(SLOW_FULL)(
    'moves clean with migrate --from-repo: rules in stainless.yml, nothing of the patch left to a person',
    () => {
      const work = tempDir('migrate-stream-events');
      const { repo } = stainlessPythonGeneration(work, PETS_CONFIG, PETSTORE_SPEC, 'inputs/generation.yml');
      writeFile(repo, 'src/acme/_streaming.py', STAINLESS);
      writeFile(repo, '.stats.yml', 'configured_endpoints: 2\n');
      commitGenerationThenMain(repo);
      writeFile(repo, 'src/acme/_streaming.py', PATCHED);
      commitAll(repo, 'stop streams at [DONE], raise stream errors', 'Owner <owner@example.com>');
      const run = sdkgen(repo, 'migrate', '--from-repo', '--spec', PETSTORE_SPEC);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const config = yaml.load(readFileSync(path.join(repo, 'stainless.yml'), 'utf8')) as { streaming?: unknown };
      expect(config.streaming).toEqual({ on_event: RULES });
      const migrated = readFileSync(path.join(repo, 'src/acme/_streaming.py'), 'utf8');
      expect(migrated).not.toMatch(/is_mapping|An error occurred during streaming"\n\n\s+raise APIError\(\n/);
      expect(migrated).toMatch(/^_EVENT_RULES: Tuple\[_EventRule, \.\.\.\] = \(\n/m);
      expect(run.stdout).not.toMatch(/needs? a hand[^\n]*_streaming\.py|_streaming\.py[^\n]*(?:rejected|by hand)/i);
    },
  );
});
