/**
 * migrate --from-repo (Python): a client option Stainless's client declares after a blank line, with its docstring
 * (`websocket_base_url: str | httpx.URL | None` and `"""Base URL for WebSocket connections…"""`), is an option of the
 * derived config as those before it are: sdkgen's client then holds it, and the owners' code reading
 * `client.websocket_base_url` (their WebSocket clients) still finds it. Before, the options ended at the first blank
 * line: pyright's "Cannot access attribute websocket_base_url" in every module of theirs using it (cartesia-python).
 */
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../../generator/migrate/python/derived-config/client-options';

const CLIENT = `class Acme(SyncAPIClient):
    # client options
    api_key: str | None

    websocket_base_url: str | httpx.URL | None
    """Base URL for WebSocket connections.

    If not specified, the default base URL will be used.
    """

    region: str
    """Where requests go."""

    _environment: Literal["production", "staging"] | NotGiven

    def __init__(self, *, api_key: str | None = None) -> None:
        self.api_key = api_key
`;

describe('client options declared after a blank line, with their docstrings', () => {
  it('are options as those before them; a private attribute ends them', () => {
    const settings = pythonClientSettings(CLIENT, 'Acme', [], []);
    expect(settings?.opts).toEqual({
      api_key: { type: 'string', nullable: true },
      websocket_base_url: { type: 'string', nullable: true },
      region: { type: 'string' },
    });
  });

  // openai-python: the owners added attributes, private ones among them, to Stainless's first run; Stainless's
  // `websocket_base_url` after it is still an option (the owners' realtime code reads it on the client).
  it('pass over a private attribute the owners put inside a run', () => {
    const owners = CLIENT.replace(
      '    api_key: str | None\n',
      '    api_key: str | None\n    identity: Identity | None\n    _identity_auth: IdentityAuth | None\n    organization: str | None\n',
    );
    expect(pythonClientSettings(owners, 'Acme', [], [])?.opts).toEqual({
      api_key: { type: 'string', nullable: true },
      organization: { type: 'string', nullable: true },
      websocket_base_url: { type: 'string', nullable: true },
      region: { type: 'string' },
    });
  });
});
