/**
 * Stainless's webhook_unwrap methods, read from the resources' modules of a Stainless TypeScript SDK for the config
 * `sdkgen migrate` derives. Stainless writes two forms, the second wrapped by prettier once it verifies:
 *
 *   unsafeUnwrap(body: string): UnsafeUnwrapWebhookEvent {
 *
 *   unwrap(
 *     body: string,
 *     { headers, key }: { headers: Record<string, string>; key?: string },
 *   ): UnwrapWebhookEvent {
 *     …
 *       const keyStr: string | null = key === undefined ? this._client.webhookSecret : key;
 *
 * The second verifies the request's signature with the key the client option holds (`webhook_key_opt`).
 */
import { escapeRegExp } from '../../escape-regexp';
import { resourcePathOf } from './config';
import type { DerivedConfigInput } from './input-types';
import type { RepoFile } from '../repository/checkout-files';

/**
 * A method of a resource's class taking the webhook's body first (its parameters may span lines: none has a `)`),
 * returning the events' union type.
 */
const UNWRAP_METHOD = /^ {2}([\w$]+)\(\s*body: string(?:,[^)]*)?\): ([\w$]+) \{$/gm;

/** A return type that is no union of events. */
const NO_EVENT = /^(?:void|undefined|never)$/;

/**
 * Each webhook_unwrap method of the resources' modules, with the property every event of its union has as a literal or
 * a union of literals (`type: 'INCOMING_PAYMENT'`), `type` first where several are, and the client property holding
 * its verifying key where it verifies.
 */
export function webhookUnwraps(files: RepoFile[], sharedResource: boolean): DerivedConfigInput['webhookUnwraps'] {
  return files.flatMap((file) => {
    const resource = resourcePathOf(file.path, sharedResource);
    if (!file.path.startsWith('src/resources/') || resource === null || file.text === null) return [];
    const source = file.text;
    // (A method returning nothing verifies and unwraps no event: Stainless's older `verifySignature(body, headers,
    // secret): void`.)
    return [...source.matchAll(UNWRAP_METHOD)]
      .filter((match) => !NO_EVENT.test(match[2]))
      .map((match) => {
        const union = match[2];
        const members =
          new RegExp(`^export type ${escapeRegExp(union)} =([^;]*);`, 'm').exec(source)?.[1].match(/[\w$.]+/g) ?? [];
        const literalKeys = members.map((member) => {
          const body =
            new RegExp(`^export interface ${escapeRegExp(member)} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(source)?.[1] ?? '';
          return new Set(
            [...body.matchAll(/^ {2}['"]?([\w$.-]+)['"]?:\s*((?:\|?\s*'[^']*'\s*)+);/gm)].map((m) => m[1]),
          );
        });
        const common = [...(literalKeys[0] ?? [])].filter((key) => literalKeys.every((keys) => keys.has(key)));
        const discriminator = members.length > 0 ? (common.includes('type') ? 'type' : (common[0] ?? null)) : null;
        return {
          resource: resource.filter((key) => key !== '$shared'),
          method: match[1],
          discriminator,
          keyOption: /\bkey\b/.test(match[0]) ? verifyingKeyOption(source, (match.index ?? 0) + match[0].length) : null,
        };
      });
  });
}

/**
 * The client property a method taking a `key` falls back to (`key === undefined ? this._client.webhookSecret : key`),
 * read from the method's body (up to the end of the method); null when the body reads none.
 */
function verifyingKeyOption(source: string, bodyStart: number): string | null {
  const end = source.slice(bodyStart).search(/^ {2}\}$/m);
  const body = source.slice(bodyStart, end < 0 ? undefined : bodyStart + end);
  return /\bthis\._client\.([\w$]+)/.exec(body)?.[1] ?? null;
}
