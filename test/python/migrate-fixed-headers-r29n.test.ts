/**
 * migrate --from-repo (Python): a header Stainless's client sends at a value of its own from `default_headers` (an
 * API version, `"cartesia-version": "2025-11-04"`), not read from an option, is a client option of the derived config
 * named after it, defaulting to that value and sent as that header (`send_in_header`), as the TypeScript move reads
 * it (fixed-headers.ts): sdkgen's methods then no longer ask for the header the spec declares on every operation.
 * Before, the derived config had no such option, and every method of sdkgen's package asked for `cartesia_version`
 * (the owners' code, which never passed it, failed pyright: "Argument missing for parameter").
 */
import { describe, expect, it } from 'vitest';
import { pythonClientSettings } from '../../generator/migrate/python/derived-config/client-options';

const CLIENT = `class Acme(SyncAPIClient):
    # client options
    api_key: str | None

    def __init__(self, *, api_key: str | None = None) -> None:
        if api_key is None:
            api_key = os.environ.get("ACME_API_KEY")
        self.api_key = api_key

    @property
    @override
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    @property
    @override
    def default_headers(self) -> dict[str, str | Omit]:
        return {
            **super().default_headers,
            "X-Stainless-Async": "false",
            "acme-version": "2025-11-04",
            **self._custom_headers,
        }
`;

describe("a header Stainless's client sends at a value of its own", () => {
  it('is a client option defaulting to that value, sent as that header', () => {
    const settings = pythonClientSettings(CLIENT, 'Acme', [], []);
    expect(settings?.opts.acme_version).toEqual({
      type: 'string',
      default: '2025-11-04',
      send_in_header: 'acme-version',
    });
    // Stainless's own headers are the runtime's, not options.
    expect(Object.keys(settings?.opts ?? {})).toEqual(['api_key', 'acme_version']);
  });

  it('is none where an option sends that header already, or the value is not a literal', () => {
    const sentByOption = CLIENT.replace(
      '    api_key: str | None\n',
      '    api_key: str | None\n    acme_version: str\n',
    ).replace('"acme-version": "2025-11-04"', '"acme-version": self.acme_version');
    expect(pythonClientSettings(sentByOption, 'Acme', [], [])?.opts.acme_version).toEqual({
      type: 'string',
      send_in_header: 'acme-version',
    });
    const computed = CLIENT.replace('"acme-version": "2025-11-04"', '"acme-version": version()');
    expect(pythonClientSettings(computed, 'Acme', [], [])?.opts.acme_version).toBeUndefined();
  });
});
