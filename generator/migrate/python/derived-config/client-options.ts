/**
 * The client options a Stainless Python SDK's client records (`src/<package>/_client.py`), as a Stainless config's
 * `client_settings.opts`, for the config `--from-repo` writes (derived-config.ts): the attributes under the client
 * class's `# client options` comment (`api_key: str | None`: nullable), the environment variable `__init__` reads each
 * from (`api_key = os.environ.get("ACME_API_KEY")`) or the value it falls back to, and what each is for: the
 * credential a property of the client sends (`auth_headers`: `{"Authorization": f"Bearer {api_key}"}` a bearer token,
 * `{"X-Api-Key": api_key}` an API key header, `f"{self.username}:{self.password}"` Basic credentials), a header of
 * `default_headers` or a query parameter of `default_query`. A credential's security scheme is the spec's of that
 * kind (of that header), else one declared beside it (`security_schemes`, `security`), as Stainless's config did.
 */
import { words } from '../../../naming/case';
import { baseUrlVariablesOf } from '../../derived-config/base-url-variables';

/** The spec's security schemes, as the derived config's input reads them (../derived-config/input.ts). */
export interface SpecSecurityScheme {
  name: string;
  kind: 'bearer' | 'apiKey' | 'basic';
  header: string | null;
  query: string | null;
}

export interface PythonClientSettings {
  opts: Record<string, Record<string, unknown>>;
  /** Schemes the spec does not declare, which the options authenticate with. */
  schemes: Record<string, Record<string, string>>;
  /** The prefix of the client's environment variables (`ACME` of `ACME_BASE_URL`), or null. */
  envPrefix: string | null;
}

interface Option {
  name: string;
  type: string;
  nullable: boolean;
  env: string | null;
  default: string | number | boolean | null;
}

const TYPES: Record<string, string> = { str: 'string', int: 'integer', float: 'number', bool: 'boolean' };

/** The client's options, or null when the module declares no client class. */
export function pythonClientSettings(
  client: string,
  clientClass: string,
  specSchemes: readonly SpecSecurityScheme[],
  notes: string[],
  resources: readonly string[] = [],
): PythonClientSettings | null {
  const lines = client.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`class ${clientClass}(SyncAPIClient)`));
  if (start < 0) return null;
  const body = blockAt(lines, start);
  const options = optionsOf(body);
  const init = methodBody(body, '__init__');
  for (const option of options) {
    const name = option.name;
    const env = new RegExp(`^\\s+${name} = os\\.environ\\.get\\("([A-Za-z0-9_]+)"\\)(?: or (.+))?$`, 'm').exec(init);
    option.env = env?.[1] ?? null;
    const fallback =
      env?.[2] ?? new RegExp(`^\\s+if ${name} is None:\\n\\s+${name} = (.+)$`, 'm').exec(init)?.[1] ?? null;
    option.default = fallback === null ? null : literal(fallback);
  }
  const opts: Record<string, Record<string, unknown>> = {};
  const schemes: Record<string, Record<string, string>> = {};
  const scheme = (kind: SpecSecurityScheme['kind'], header: string | null, fallback: string) => {
    const found = specSchemes.find(
      (s) => s.kind === kind && (header === null || s.header?.toLowerCase() === header.toLowerCase()),
    );
    if (found) return found.name;
    schemes[fallback] =
      kind === 'bearer'
        ? { type: 'http', scheme: 'bearer' }
        : kind === 'basic'
          ? { type: 'http', scheme: 'basic' }
          : { type: 'apiKey', in: 'header', name: header! };
    return fallback;
  };
  const uses = new Map<string, Record<string, unknown>>();
  for (const property of properties(body)) {
    const unread = new Set<string>(); // the options an entry sends in a form not read
    const read = options.filter((o) => new RegExp(`\\bself\\.${o.name}\\b`).test(property.body));
    if (read.length === 0) continue;
    // Each `"Header": value` entry of the dict it returns, and the options its value reads (itself, or a local
    // bound to it: `api_key = self.api_key`).
    const locals = [...property.body.matchAll(/^\s+(\w+) = self\.(\w+)$/gm)].map((m) => [m[1], m[2]] as const);
    for (const [, key, value] of property.body.matchAll(/"([^"]+)":\s*(f"[^"]*"|str\(self\.\w+\)|(?:self\.)?\w+)/g)) {
      const names = new Set([
        ...[...value.matchAll(/\bself\.(\w+)/g)].map((m) => m[1]),
        ...locals.filter(([local]) => new RegExp(`(?<!\\.)\\b${local}\\b`).test(value)).map(([, option]) => option),
      ]);
      const used = read.filter((o) => names.has(o.name));
      if (property.name === 'default_headers' || property.name === 'default_query') {
        const inQuery = property.name === 'default_query';
        // The spec's API key scheme of that header or query parameter: the option is its credential too, as
        // Stainless's config says it (onebusaway's `api_key`: `auth` and `send_as_query_param: key`; its client
        // sends a query API key from `default_query`, with `auth_headers` empty).
        const credential =
          used.length === 1
            ? specSchemes.find(
                (s) =>
                  s.kind === 'apiKey' && (inQuery ? s.query === key : s.header?.toLowerCase() === key.toLowerCase()),
              )
            : undefined;
        const sent = inQuery ? 'send_as_query_param' : 'send_in_header';
        for (const option of used)
          uses.set(option.name, {
            ...(credential ? { auth: { security_scheme: credential.name } } : {}),
            ...uses.get(option.name),
            [sent]: key,
          });
      } else if (/^f"Basic \{/.test(value)) {
        // `f"{self.username}:{self.password}"`: the first the user name, the second the password.
        const name = scheme('basic', null, 'basicAuth');
        const pair = /f"\{self\.(\w+)\}:\{self\.(\w+)\}"/.exec(property.body);
        const [user, password] = pair ? [pair[1], pair[2]] : read.map((o) => o.name);
        if (user) uses.set(user, { auth: { security_scheme: name, role: 'username' } });
        if (password) uses.set(password, { auth: { security_scheme: name, role: 'password' } });
      } else if (used.length !== 1) continue;
      else if (/^f"Bearer \{/.test(value))
        uses.set(used[0].name, {
          auth: { security_scheme: namedBearer(specSchemes, property.name) ?? scheme('bearer', null, 'bearerAuth') },
        });
      else if (key.toLowerCase() !== 'authorization' && !value.startsWith('f"'))
        uses.set(used[0].name, { auth: { security_scheme: scheme('apiKey', key, `${used[0].name}Auth`) } });
      else if (headerApiKey(specSchemes, key))
        // The spec's API key of that header, `Authorization` too (`{"Authorization": api_key}`), or written with
        // words around it (`f"ApiKey {api_key}"`, an owners' edit the migration carries): that scheme's credential,
        // and its only one, as Stainless's config says (`auth: { security_scheme: … }`), so the spec's other
        // schemes (an API key in the query too) are no options of the client, as they were not of Stainless's.
        uses.set(used[0].name, { auth: { security_scheme: headerApiKey(specSchemes, key)!.name } });
      else unread.add(used[0].name);
    }
    // A form not read is left to the spec only where no other entry (another branch: `if …: return {…} else: …`)
    // sent that option in a form read.
    for (const name of unread)
      if (!uses.get(name)?.auth)
        notes.push(`_client.py: ${property.name} sends ${name} in a way not read: left to the spec`);
  }
  for (const option of fixedHeaderOptions(properties(body), options, uses)) {
    options.push(option);
    uses.set(option.name, { send_in_header: option.header });
  }
  // An option filling a path parameter a call leaves out: resources call the client's `_get_<option>_path_param()`.
  for (const option of options) {
    const filling = new RegExp(`^\\s+(\\w+) = self\\._client\\._get_${option.name}_path_param\\(\\)`, 'm');
    const param = resources.map((text) => filling.exec(text)?.[1]).find((p) => p !== undefined);
    if (param !== undefined) uses.set(option.name, { ...uses.get(option.name), send_as_path_param: param });
  }
  // An option the constructor fills a variable of the base URL with (`f"https://{region}.acme.com"`).
  const baseUrlVariables = baseUrlVariablesOf(init);
  for (const option of options)
    opts[option.name] = {
      type: option.type,
      ...(option.env ? { read_env: option.env } : {}),
      ...(option.nullable ? { nullable: true } : {}),
      ...(option.default !== null ? { default: option.default } : {}),
      ...uses.get(option.name),
      ...(baseUrlVariables.has(option.name) ? { server_variable: baseUrlVariables.get(option.name) } : {}),
    };
  const envPrefix = /\bos\.environ\.get\("([A-Z][A-Z0-9_]*)_BASE_URL"\)/.exec(init)?.[1] ?? null;
  return { opts, schemes, envPrefix };
}

/**
 * The spec's bearer scheme a property of Stainless's client is named after (`_api_key_auth` sends `APIKeyAuth`'s
 * credential, `_token_auth` `TokenAuth`'s): of several bearer schemes, the one that property sends.
 */
function namedBearer(specSchemes: readonly SpecSecurityScheme[], property: string): string | undefined {
  const snake = (name: string) =>
    words(name)
      .map((w) => w.toLowerCase())
      .join('_');
  return specSchemes.find((s) => s.kind === 'bearer' && `_${snake(s.name)}` === property)?.name;
}

/** The spec's API key scheme sent in that header (its name as HTTP compares it), if any. */
function headerApiKey(specSchemes: readonly SpecSecurityScheme[], header: string): SpecSecurityScheme | undefined {
  return specSchemes.find((s) => s.kind === 'apiKey' && s.header?.toLowerCase() === header.toLowerCase());
}

/** Stainless's own headers, and those its runtime sends: not the config's to say. */
const RUNTIME_HEADER = /^(?:accept|content-type|user-agent|idempotency-key|x-stainless-[\w-]+)$/i;

/**
 * The headers `default_headers` sets to a string literal (an API version: `"acme-version": "2025-01-01"`), not read
 * from an option: as a client option named after the header (`acme_version`) defaulting to that value and sent as that
 * header (`send_in_header`), which is how a config says it (as the TypeScript move does, fixed-headers.ts). The header is
 * then sent with every request, a caller may change it, and the methods no longer ask for it as a parameter, which a
 * spec declaring it on every operation would otherwise make them do. None for a header an option sends already.
 */
function fixedHeaderOptions(
  properties: Array<{ name: string; body: string }>,
  options: readonly Option[],
  uses: ReadonlyMap<string, Record<string, unknown>>,
): Array<Option & { header: string }> {
  const body = properties.find((p) => p.name === 'default_headers')?.body ?? '';
  const sent = new Set([...uses.values()].map((use) => String(use.send_in_header ?? '').toLowerCase()));
  const names = new Set(options.map((o) => o.name));
  const found: Array<Option & { header: string }> = [];
  for (const [, header, value] of body.matchAll(/^\s+"([\w-]+)":\s*"((?:[^"\\\n])*)",?\s*$/gm)) {
    const name = header.toLowerCase().replace(/-/g, '_');
    if (RUNTIME_HEADER.test(header) || sent.has(header.toLowerCase()) || !/^[a-z]\w*$/.test(name) || names.has(name))
      continue;
    sent.add(header.toLowerCase());
    names.add(name);
    found.push({ name, type: 'string', nullable: false, env: null, default: value, header });
  }
  return found;
}

/**
 * The attributes under `# client options`: the first run of them, and those after it that a blank line sets apart
 * with their docstrings (Stainless's `websocket_base_url: str | httpx.URL | None` and its `"""Base URL for WebSocket
 * connections…"""`), up to the first line that is neither (a run opened by a private attribute, Stainless's
 * `_environment`; a `def`). A private attribute inside a run is the owners' (openai's `_workload_identity_auth` among
 * its options, Stainless's `websocket_base_url` after them): passed over.
 */
function optionsOf(body: string[]): Option[] {
  const at = body.findIndex((line) => /^ {4}# client options\s*$/.test(line));
  if (at < 0) return [];
  const options: Option[] = [];
  let docstring = false;
  let runOpen = false;
  for (const line of body.slice(at + 1)) {
    // (A docstring's lines, the line opening it and the one closing it; one on a line of its own opens nothing.)
    const quotes = (line.match(/"""/g) ?? []).length;
    if (docstring || /^ {4}"""/.test(line)) {
      if (quotes % 2 === 1) docstring = !docstring;
      continue;
    }
    if (line.trim() === '' && options.length > 0) {
      runOpen = false;
      continue;
    }
    if (runOpen && /^ {4}_\w*: .+$/.test(line)) continue;
    const field = /^ {4}([a-z]\w*): (.+)$/.exec(line);
    if (!field) break;
    runOpen = true;
    const parts = field[2].split('|').map((p) => p.trim());
    const type = TYPES[parts.find((p) => p !== 'None') ?? ''];
    if (type === undefined) continue;
    options.push({ name: field[1], type, nullable: parts.includes('None'), env: null, default: null });
  }
  return options;
}

/** A Python literal as YAML's value: a string, number or boolean; null for anything else. */
function literal(text: string): string | number | boolean | null {
  const value = text.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(value) ?? /^'((?:[^'\\]|\\.)*)'$/.exec(value);
  if (quoted) return quoted[1];
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  if (value === 'True' || value === 'False') return value === 'True';
  return null;
}

/** The class's `@property` methods: name and body. */
function properties(body: string[]): Array<{ name: string; body: string }> {
  const out: Array<{ name: string; body: string }> = [];
  for (const [i, line] of body.entries()) {
    if (!/^ {4}@property\s*$/.test(line)) continue;
    let j = i + 1;
    while (j < body.length && /^ {4}@/.test(body[j])) j++;
    const def = /^ {4}def (\w+)\(self\)/.exec(body[j] ?? '');
    if (def) out.push({ name: def[1], body: blockAt(body, j).join('\n') });
  }
  return out;
}

function methodBody(body: string[], name: string): string {
  const index = body.findIndex((line) => new RegExp(`^ {4}def ${name}\\(`).test(line));
  return index < 0 ? '' : blockAt(body, index).join('\n');
}

/** The lines of the block a `class`/`def` line opens (a signature over lines included). */
function blockAt(lines: string[], index: number): string[] {
  const indent = /^ */.exec(lines[index])![0].length;
  const out: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i];
    // (A signature's closing `) -> None:` is at the def's own indentation.)
    if (line.trim() !== '' && /^ */.exec(line)![0].length <= indent && !/^\s*\)/.test(line)) break;
    out.push(line);
  }
  return out;
}
