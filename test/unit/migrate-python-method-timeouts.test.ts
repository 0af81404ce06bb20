/**
 * A method Stainless's Python SDK gives a timeout of its own (its config's `default_request_options.timeout`: the
 * module's `if not is_given(timeout) and self._client.timeout == DEFAULT_TIMEOUT:` / `timeout = 600`) keeps it in the
 * config a migration writes, read from the module as Stainless's generation wrote it: anthropic's owners replaced those
 * lines in `messages.create` with their own computation, and sdkgen's method, without them, gave their edit no place.
 */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';
import { methodTimeoutMs } from '../../generator/migrate/python/derived-config/method-timeouts';

const API_MD = [
  '# Messages',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">create</a>(\\*\\*<a href="src/acme/types/message_create_params.py">params</a>) -> None</code>',
  '- <code title="get /v1/messages">client.messages.<a href="./src/acme/resources/messages.py">list</a>() -> None</code>',
  '',
].join('\n');

const module = (setTimeout: string) =>
  [
    'class Messages(SyncAPIResource):',
    '    @overload',
    '    def create(self, *, stream: Literal[True]) -> Stream[Event]:',
    '        ...',
    '',
    '    def create(',
    '        self,',
    '        *,',
    '        stream: bool | Omit = omit,',
    '        timeout: float | httpx.Timeout | None | NotGiven = not_given,',
    '    ) -> Message:',
    setTimeout,
    '        return self._post("/v1/messages", cast_to=Message)',
    '',
    '    def list(self) -> None:',
    '        return self._get("/v1/messages", cast_to=NoneType)',
    '',
  ].join('\n');

const STAINLESS = module(
  '        if not is_given(timeout) and self._client.timeout == DEFAULT_TIMEOUT:\n            timeout = 600\n',
);
const OWNERS = module(
  '        if not stream and not is_given(timeout) and self._client.timeout == DEFAULT_TIMEOUT:\n' +
    '            timeout = self._client._calculate_nonstreaming_timeout(max_tokens)\n',
);

function methods(stainlessText?: (path: string) => string | undefined) {
  const files = [
    { path: 'api.md', text: API_MD },
    { path: 'src/acme/resources/messages.py', text: OWNERS },
  ];
  const config = derivePythonConfig(files as never, 'acme', null, undefined, stainlessText)!;
  return (yaml.load(config.text) as { resources: { messages: { methods: Record<string, unknown> } } }).resources
    .messages.methods;
}

describe('Python migration: a method’s own timeout', () => {
  it("is the config's default_request_options.timeout, in milliseconds, as Stainless's generation wrote it", () => {
    const found = methods((path) => (path === 'src/acme/resources/messages.py' ? STAINLESS : undefined));
    expect(found.create).toEqual({ endpoint: 'post /v1/messages', default_request_options: { timeout: 600_000 } });
    expect(found.list).toBe('get /v1/messages');
  });

  it('is read from the method that sets it alone, in seconds whole or not', () => {
    expect(methodTimeoutMs(STAINLESS, 'create')).toBe(600_000);
    expect(methodTimeoutMs(STAINLESS.replace('timeout = 600', 'timeout = 1.5'), 'create')).toBe(1_500);
    expect(methodTimeoutMs(STAINLESS, 'list')).toBeNull();
    expect(methodTimeoutMs(OWNERS, 'create')).toBeNull();
  });
});
