/**
 * The endpoint tests of a resource's webhook unwraps that verify a signature (`unwrap(payload, *, headers, key)`), as
 * Stainless's Python tests write them: the first event of the union written as JSON (`data = """{…}"""`, the values
 * its other tests would pass), signed by `standardwebhooks`, unwrapped, then refused with a wrong signature, id and
 * timestamp. Neither marked `@parametrize` nor skipped with the mock server tests: no request is made. Both classes
 * hold it; the async class's is no coroutine (the method awaits nothing). Until WEBHOOK_OPTIONS_TESTS_SINCE it signs
 * with `key = b"secret"` and passes it, and the async class's calls the sync `client` (imagekit-python's of 2025-09 to
 * 2025-12); from then on the key comes from the client's option or the call, each of five ways (whopsdk-python's
 * "chore(tests): update webhook tests" of 2026-03-03).
 */
import type { TypeRef, WebhookUnwrap } from '../../../ir/types';
import { pyIdentifier, pyMemberName } from '../../../naming/python';
import { inStainlessOrder } from '../../../stainless/plan';
import { layoutDef } from '../py-layout';
import { pyStr, type PyValue } from '../types/py-literal';
import type { PyPackage, PyResource } from '../types/model';
import type { ExampleValues } from './example-values';

/** An unwrap's test in each class, and where it goes: before the resource's `at`th method's tests. */
export interface UnwrapTest {
  at: number;
  sync: string;
  async: string;
}

/** The unwraps of `resource` that get a test: those verifying with a key option. */
export function verifyingUnwraps(resource: PyResource): WebhookUnwrap[] {
  return resource.ir.webhookUnwraps.filter((unwrap) => unwrap.keyOption !== null && unwrap.event.kind === 'ref');
}

/** The tests of `resource`'s verifying unwraps; one whose event cannot be written as JSON has none. */
export function unwrapTests(
  pkg: PyPackage,
  resource: PyResource,
  values: ExampleValues,
  viaOptions: boolean,
): UnwrapTest[] {
  const tests: UnwrapTest[] = [];
  for (const unwrap of verifyingUnwraps(resource)) {
    const data = eventJson(values, unwrap.event);
    if (data === null) continue;
    const name = pyMemberName(unwrap.name);
    // In Stainless's order of the resource's methods (create, retrieve, update, list, delete, then by name).
    const keys = resource.methods.map((m) => ({ key: m.ir.configKey ?? m.name }));
    const own = { key: name };
    const at = inStainlessOrder([...keys, own]).indexOf(own);
    const print = (isAsync: boolean) => {
      const client = viaOptions && isAsync ? 'async_client' : 'client';
      const call = `${[client, ...resource.chain].join('.')}.${name}`;
      const option = pyIdentifier(unwrap.keyOption!);
      return unwrapTest(`test_method_${name}`, client, pkg.clientName, call, data, viaOptions ? option : null);
    };
    tests.push({ at, sync: print(false), async: print(true) });
  }
  return tests;
}

/**
 * The JSON of the event (of a union, its first that can be written), as a Python string literal: triple-quoted where
 * that holds it as it is.
 */
function eventJson(values: ExampleValues, event: TypeRef): string | null {
  const value = values.eventValue(event);
  const json = value === undefined ? undefined : jsonOf(value);
  if (json === undefined) return null;
  const text = JSON.stringify(json);
  return /\\|"""|"$/.test(text) ? pyStr(text) : `"""${text}"""`;
}

/** A built value as JSON: a date as its text, the untyped empty value as `{}`; undefined for a file's bytes. */
function jsonOf(value: PyValue): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value.kind === 'list') {
    const items = value.items.map(jsonOf);
    return items.includes(undefined) ? undefined : items;
  }
  if (value.kind === 'dict') {
    const entries = value.entries.map(([key, entry]) => [key, jsonOf(entry)] as const);
    return entries.some(([, entry]) => entry === undefined) ? undefined : Object.fromEntries(entries);
  }
  const date = /^parse_date(?:time)?\(("[^"\\]*")\)$/.exec(value.text);
  if (date) return JSON.parse(date[1]) as string;
  return value.text === 'cast(Any, {})' ? {} : undefined;
}

/** The five ways a key reaches the method: the client's option, the call's (bytes, or Standard Webhooks' text). */
const KEY_WAYS = [
  '("whsec_c2VjcmV0Cg==", None)',
  '("wrong", b"secret\\n")',
  '("wrong", "whsec_c2VjcmV0Cg==")',
  '(None, b"secret\\n")',
  '(None, "whsec_c2VjcmV0Cg==")',
];

function unwrapTest(
  name: string,
  client: string,
  clientClass: string,
  call: string,
  data: string,
  option: string | null,
): string {
  const key = option === null ? 'key' : 'method_opt';
  const params = ['self', `${client}: ${clientClass}`];
  if (option !== null) params.push('client_opt: str | None', 'method_opt: str | bytes | None');
  const def = layoutDef('    ', `def ${name}`, params, 'None') ?? `    def ${name}(${params.join(', ')}) -> None:`;
  const head =
    option === null
      ? [def, '        key = b"secret"', '        hook = standardwebhooks.Webhook(key)']
      : [
          '    @pytest.mark.parametrize(',
          '        "client_opt,method_opt",',
          '        [',
          ...KEY_WAYS.map((way) => `            ${way},`),
          '        ],',
          '    )',
          def,
          '        hook = standardwebhooks.Webhook(b"secret\\n")',
          '',
          `        ${client} = ${client}.with_options(${option}=client_opt)`,
        ];
  return [
    ...head,
    '',
    `        data = ${data}`,
    '        msg_id = "1"',
    '        timestamp = datetime.now(tz=timezone.utc)',
    '        sig = hook.sign(msg_id=msg_id, timestamp=timestamp, data=data)',
    '        headers = {',
    '            "webhook-id": msg_id,',
    '            "webhook-timestamp": str(int(timestamp.timestamp())),',
    '            "webhook-signature": sig,',
    '        }',
    '',
    '        try:',
    `            _ = ${call}(data, headers=headers, key=${key})`,
    '        except standardwebhooks.WebhookVerificationError as e:',
    '            raise AssertionError("Failed to unwrap valid webhook") from e',
    '',
    '        bad_headers = [',
    '            {**headers, "webhook-signature": hook.sign(msg_id=msg_id, timestamp=timestamp, data="xxx")},',
    '            {**headers, "webhook-id": "bad"},',
    '            {**headers, "webhook-timestamp": "0"},',
    '        ]',
    '        for bad_header in bad_headers:',
    '            with pytest.raises(standardwebhooks.WebhookVerificationError):',
    `                _ = ${call}(data, headers=bad_header, key=${key})`,
  ].join('\n');
}
