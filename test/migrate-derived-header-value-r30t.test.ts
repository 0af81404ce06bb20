/**
 * An option whose value only decides a header's (issue 89, turbopuffer's owners: `'Accept-Encoding':
 * this.compression ? 'gzip' : 'identity'`) is not an option sent in that header: the derived config wrote
 * `send_in_header: Accept-Encoding`, and sdkgen's client then sent `Accept-Encoding: true`. An option that is the
 * header's value (`'X-Acme-Branch': this.branch`, with a fallback `?? 'main'`) still is.
 */
import { describe, expect, it } from 'vitest';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';

const client = (headers: string) => `export interface ClientOptions {
  apiKey?: string | undefined;

  branch?: string | null | undefined;

  /**
   * Whether to compress the request body.
   */
  compression?: boolean | undefined;
}

export class Acme extends BaseClient {
  protected override defaultHeaders(opts: FinalRequestOptions): Headers {
    return buildHeaders([
      {
${headers}
      },
    ]);
  }
}
`;

function headersOf(headers: string) {
  const files = [
    { path: 'api.md', blob: null, text: '# Things\n' },
    { path: 'src/client.ts', blob: null, text: client(headers) },
  ];
  return Object.fromEntries(derivedConfigInput(files, null)!.clientOptions.map((o) => [o.name, o.header]));
}

describe("migrate: a header's value the option only decides", () => {
  it('is not the option sent in the header', () => {
    expect(
      headersOf(`        'X-Acme-Branch': this.branch,
        'Accept-Encoding': this.compression ? 'gzip' : 'identity',`),
    ).toEqual({ apiKey: null, branch: { name: 'X-Acme-Branch', auth: false }, compression: null });
  });

  it('is the option where the header’s value is the option, with or without a fallback', () => {
    expect(
      headersOf(`        'X-Acme-Branch': this.branch ?? 'main',
        'X-Compress': this.compression`),
    ).toEqual({
      apiKey: null,
      branch: { name: 'X-Acme-Branch', auth: false },
      compression: { name: 'X-Compress', auth: false },
    });
  });
});
