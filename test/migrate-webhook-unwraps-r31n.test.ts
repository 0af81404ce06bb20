/**
 * The config `sdkgen migrate` derives from a Stainless TypeScript SDK with webhooks, as newer Stainless SDKs write
 * them: `unsafeUnwrap(body)` (parses) beside `unwrap(body, { headers, key })` (verifies with the key a client option
 * holds, its signature wrapped over lines by prettier), and api.md listing both unions of events
 * (`UnsafeUnwrapWebhookEvent`, `UnwrapWebhookEvent`). Both methods are webhook_unwrap methods, the verifying one names
 * its key's client option (`webhook_key_opt`), and the unions are the methods' own types, not models the spec lacks.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deriveStainlessConfig } from '../generator/migrate/derived-config/config';
import { derivedConfigInput } from '../generator/migrate/derived-config/input';
import type { RepoFile } from '../generator/migrate/repository/checkout-files';

const API_MD = `# Webhooks

Types:

- <code><a href="./src/resources/webhooks.ts">UnsafeUnwrapWebhookEvent</a></code>
- <code><a href="./src/resources/webhooks.ts">UnwrapWebhookEvent</a></code>

Methods:

- <code>client.webhooks.<a href="./src/resources/webhooks.ts">unsafeUnwrap</a>(body) -> void</code>
- <code>client.webhooks.<a href="./src/resources/webhooks.ts">unwrap</a>(body) -> void</code>
`;

/** The parsing method alone, and its union (privy's node-sdk has this form). */
const PARSING_ONLY_API_MD = `# Webhooks

Types:

- <code><a href="./src/resources/webhooks.ts">UnsafeUnwrapWebhookEvent</a></code>

Methods:

- <code>client.webhooks.<a href="./src/resources/webhooks.ts">unsafeUnwrap</a>(body) -> void</code>
`;

const WEBHOOKS_TS = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../core/resource';
import { Webhook } from 'standardwebhooks';

export class Webhooks extends APIResource {
  unsafeUnwrap(body: string): UnsafeUnwrapWebhookEvent {
    return JSON.parse(body) as UnsafeUnwrapWebhookEvent;
  }

  unwrap(
    body: string,
    { headers, key }: { headers: Record<string, string>; key?: string },
  ): UnwrapWebhookEvent {
    if (headers !== undefined) {
      const keyStr: string | null = key === undefined ? this._client.webhookSecret : key;
      if (keyStr === null) throw new Error('Webhook key must not be null in order to unwrap');
      const wh = new Webhook(keyStr);
      wh.verify(body, headers);
    }
    return JSON.parse(body) as UnwrapWebhookEvent;
  }
}

export interface VideoReadyEvent {
  id: string;

  type: 'video.ready';
}

export interface VideoFailedEvent {
  id: string;

  type: 'video.failed';
}

export type UnsafeUnwrapWebhookEvent = VideoReadyEvent | VideoFailedEvent;

export type UnwrapWebhookEvent = VideoReadyEvent | VideoFailedEvent;
`;

const files: RepoFile[] = [
  { path: 'api.md', blob: null, text: API_MD },
  { path: 'src/resources/webhooks.ts', blob: null, text: WEBHOOKS_TS },
];

describe('a Stainless SDK with parsing and verifying webhook_unwrap methods', () => {
  it('reads both methods, the verifying one with the client property holding its key', () => {
    expect(derivedConfigInput(files, null)!.webhookUnwraps).toEqual([
      { resource: ['webhooks'], method: 'unsafeUnwrap', discriminator: 'type', keyOption: null },
      { resource: ['webhooks'], method: 'unwrap', discriminator: 'type', keyOption: 'webhookSecret' },
    ]);
  });

  it('writes both as webhook_unwrap methods and takes the unions api.md lists for theirs, not models', () => {
    const derived = deriveStainlessConfig(derivedConfigInput(files, null)!);
    const config = yaml.load(derived.text) as { resources: Record<string, { methods?: unknown; models?: unknown }> };
    expect(config.resources.webhooks.methods).toEqual({
      unsafe_unwrap: { type: 'webhook_unwrap', discriminator: 'type' },
      unwrap: { type: 'webhook_unwrap', discriminator: 'type', webhook_key_opt: 'webhook_secret' },
    });
    expect(config.resources.webhooks.models).toBeUndefined();
    expect(derived.notes.filter((note) => /match no schema/.test(note))).toEqual([]);
  });

  it("takes a parsing method's union for its own where it is the only webhook method", () => {
    const parsingOnly: RepoFile[] = [
      { path: 'api.md', blob: null, text: PARSING_ONLY_API_MD },
      { path: 'src/resources/webhooks.ts', blob: null, text: WEBHOOKS_TS },
    ];
    const derived = deriveStainlessConfig(derivedConfigInput(parsingOnly, null)!);
    expect(derived.notes.filter((note) => /match no schema/.test(note))).toEqual([]);
  });
});

/**
 * Stainless's older webhook helper (2024; metronome-node kept it as custom code): `unwrap(payload, headers, secret)`
 * beside `verifySignature(body, headers, secret): void`, which checks an HMAC and returns nothing. Read as a
 * webhook_unwrap method, the verifier became sdkgen's `verifySignature(body)` that parses the body and verifies
 * nothing. A method returning no value (`void`) unwraps no event: not a webhook_unwrap method.
 */
const OLDER_WEBHOOKS_TS = `// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { getRequiredHeader, HeadersLike } from '../internal/headers';
import { APIResource } from '../resource';

export class Webhooks extends APIResource {
  unwrap(
    payload: string,
    headers: HeadersLike,
    secret: string | undefined | null = this._client.webhookSecret,
  ): Object {
    this.verifySignature(payload, headers, secret);
    return JSON.parse(payload);
  }

  verifySignature(
    body: string,
    headers: HeadersLike,
    secret: string | undefined | null = this._client.webhookSecret,
  ): void {
    const msgDate = getRequiredHeader(headers, 'Date');
  }
}
`;

describe("Stainless's older webhook helper, a verifier returning nothing", () => {
  it('is no webhook_unwrap method', () => {
    const older: RepoFile[] = [
      { path: 'api.md', blob: null, text: '# Webhooks\n' },
      { path: 'src/resources/webhooks.ts', blob: null, text: OLDER_WEBHOOKS_TS },
    ];
    expect(derivedConfigInput(older, null)!.webhookUnwraps).toEqual([]);
  });
});
