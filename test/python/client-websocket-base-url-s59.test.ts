/**
 * Stainless's `websocket_base_url` (SDKs with WebSocket resources; openai's and cartesia's clients, which
 * `migrate --from-repo` reads as a client option): declared after the other options with Stainless's docstring, typed
 * `str | httpx.URL`, taken after `base_url` in `__init__`, kept by `copy()` and never read from the environment. The
 * owners' WebSocket code reads `client.websocket_base_url`; the package is generated and run.
 */
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';
import { PYTHON_FULL } from '../helpers/python';

const SPEC = `
openapi: 3.0.3
info: { title: Talk, version: '1' }
servers: [{ url: 'https://api.talk.example/v1' }]
paths:
  /sessions:
    post:
      operationId: createSession
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const CONFIG = `
organization: { name: talk }
targets:
  python: { package_name: talk_sdk }
client_settings:
  opts:
    api_key: { type: string, nullable: true, read_env: TALK_API_KEY }
    websocket_base_url: { type: string, nullable: true }
    region: { type: string, nullable: true }
resources:
  sessions:
    methods:
      create: post /sessions
`;

const CHECK = `
import os
os.environ["WEBSOCKET_BASE_URL"] = "wss://from-env"
from talk_sdk import Talk, AsyncTalk

client = Talk(api_key="k", websocket_base_url="wss://realtime.example/v1")
copied = client.copy(region="eu")
print(client.websocket_base_url, copied.websocket_base_url, copied.region)
print(client.copy(websocket_base_url="wss://other").websocket_base_url)
print(Talk(api_key="k").websocket_base_url, AsyncTalk(api_key="k", websocket_base_url="wss://a").websocket_base_url)
`;

describe.runIf(PYTHON_FULL)("Stainless's websocket_base_url option", () => {
  const sdk = pythonSdk('py-websocket-base-url', {
    spec: { name: 'talk.yaml', text: SPEC },
    config: { name: 'stainless.yml', text: CONFIG },
  });

  it("is declared, taken and copied in Stainless's form", () => {
    const client = sdk.read('src/talk_sdk/_client.py');
    expect(client).toContain(
      [
        '    api_key: str | None',
        '    region: str | None',
        '',
        '    websocket_base_url: str | httpx.URL | None',
        '    """Base URL for WebSocket connections.',
        '',
        "    If not specified, the default base URL will be used, with 'wss://' replacing the",
        "    'http://' or 'https://' scheme. For example: 'http://example.com' becomes",
        "    'wss://example.com'",
        '    """',
        '',
        '    def __init__(',
      ].join('\n'),
    );
    expect(client).toContain(
      '        base_url: str | httpx.URL | None = None,\n        websocket_base_url: str | httpx.URL | None = None,\n        timeout:',
    );
    expect(client).toContain('        self.websocket_base_url = websocket_base_url\n\n        if base_url is None:');
    expect(client).toContain(
      '        websocket_base_url: str | httpx.URL | None = None,\n        base_url: str | httpx.URL | None = None,\n',
    );
    expect(client).toContain(
      '            websocket_base_url=websocket_base_url or self.websocket_base_url,\n            base_url=base_url or self.base_url,\n',
    );
  });

  it('holds what the caller gave, through copy(), and nothing from the environment', async () => {
    const result = await sdk.run(CHECK);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'wss://realtime.example/v1 wss://realtime.example/v1 eu',
      'wss://other',
      'None wss://a',
    ]);
  }, 120_000);
});
