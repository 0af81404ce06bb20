/**
 * Header params and a method that streams on a body flag, as Stainless's Python SDKs write them: a method whose only
 * params besides the path's are scalar headers takes them by keyword but has no params TypedDict (api.md: `end(id)`);
 * a dual-mode method's params module is named after the method (`session_act_params`) whatever
 * `streaming.params_type_name` says, so no module shares a name with the discriminator's argument. With
 * SDKGEN_PYTHON_TESTS=full the SDK calls a local server both ways and pyright strict checks it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pyrightErrorsUnderOwnSettings, FULL_ONLY_NOTICE, PYTHON_FULL } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const CALL_CHECK = `${LOCAL_SERVER}
from browsing import Browsing

client = Browsing(base_url=serve(lambda request: {"ok": request.headers.get("x-stream-response") == "false"}), max_retries=0)
acted = client.sessions.act("s1", input="click", options={"timeout": 1}, stream_response=False, x_stream_response="false")
ended = client.sessions.end("s1", x_stream_response="false")
print(acted.ok, ended.ok)
`;

describe('scalar header params alone, and a dual-mode method named by params_type_name', () => {
  const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);
  const sdk = pythonSdk('py-streaming-header-params', {
    spec: fixture('header-only-params.yaml'),
    config: fixture('header-only-params.stainless.yml'),
  });

  it('lists the header-only method without params, and the dual-mode one with its own params module', () => {
    const apiMd = sdk.read('api.md');
    expect(apiMd).toContain('">end</a>(id) -> <a href="./src/browsing/types/session_end_response.py">');
    expect(apiMd).toContain('">act</a>(id, \\*\\*<a href="src/browsing/types/session_act_params.py">params</a>)');
    expect(existsSync(path.join(sdk.out, 'src/browsing/types/session_end_params.py'))).toBe(false);
    expect(existsSync(path.join(sdk.out, 'src/browsing/types/stream_response.py'))).toBe(false);
    const resource = sdk.read('src/browsing/resources/sessions.py');
    expect(resource).toMatch(
      /def end\(\n\s+self,\n\s+id: str,\n\s+\*,\n\s+x_stream_response: Literal\["true", "false"\]/,
    );
    expect(resource).toContain('options: session_act_params.Options | Omit = omit,');
    // A header naming a model, with no params module to import it: the resource module imports it.
    expect(resource).toContain('x_pause_mode: PauseMode | Omit = omit,');
    expect(resource).toContain('from ..types.pause_mode import PauseMode');
  });

  it.runIf(PYTHON_FULL)(
    'sends the header both ways and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(CALL_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe('True True');
      expect(
        await pyrightErrorsUnderOwnSettings(sdk.out, ['src/browsing/resources', 'tests/api_resources'], ['src', '.']),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
