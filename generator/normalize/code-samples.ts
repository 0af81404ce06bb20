/**
 * Code samples of an operation: the TypeScript/JavaScript sources a spec documents for it, wherever the spec keeps
 * them (`x-codeSamples`, the older `x-code-samples`, `x-stainless-snippets`, OpenAI's `x-oaiMeta.examples`). Only
 * read, never evaluated.
 */

/** Languages whose samples are written against a TypeScript/JavaScript SDK. */
const TS_LANG = /^(javascript|typescript|js|ts|node|node\.?js)$/i;

/** The TypeScript/JavaScript sample sources of one operation object, in the order the spec gives them. */
export function codeSampleSources(op: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['x-codeSamples', 'x-code-samples']) {
    const list = op[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (!entry || typeof entry !== 'object') continue;
      const { lang, source } = entry as { lang?: unknown; source?: unknown };
      if (typeof source === 'string' && TS_LANG.test(String(lang ?? ''))) out.push(source);
    }
  }
  // x-stainless-snippets: source by language, `{ typescript: '…' }` or `{ node: { source: '…' } }`.
  const snippets = op['x-stainless-snippets'];
  if (snippets && typeof snippets === 'object' && !Array.isArray(snippets)) {
    for (const [lang, entry] of Object.entries(snippets as Record<string, unknown>)) {
      const source =
        typeof entry === 'string'
          ? entry
          : entry && typeof entry === 'object'
            ? (entry as { source?: unknown }).source
            : undefined;
      if (typeof source === 'string' && TS_LANG.test(lang)) out.push(source);
    }
  }
  // x-oaiMeta.examples: one `{ request: { curl, python, 'node.js', … } }` or a list of them.
  const meta = op['x-oaiMeta'];
  const examples = meta && typeof meta === 'object' ? (meta as { examples?: unknown }).examples : undefined;
  for (const example of Array.isArray(examples) ? examples : examples ? [examples] : []) {
    const request = example && typeof example === 'object' ? (example as { request?: unknown }).request : undefined;
    if (!request || typeof request !== 'object') continue;
    for (const [lang, source] of Object.entries(request as Record<string, unknown>)) {
      if (typeof source === 'string' && TS_LANG.test(lang)) out.push(source);
    }
  }
  return out;
}

/** What one TypeScript/JavaScript sample says about the SDK it was written for. */
export interface CodeSample {
  /** `client.servers.releases.get(...)` → ["servers", "releases"]. */
  resourcePath: string[];
  method: string;
  /** How many leading arguments are literals (path parameters passed positionally): `retrieve('a', 'b')` → 2. */
  positionalCount: number;
  /** Keys of the params object argument as written (`{ orgId, 'x-key': 1 }` → ["orgId", "x-key"]). */
  paramKeys: string[];
  /** The call is iterated with `for await (… of client.a.list())`: the method is auto-paginated. */
  paginated: boolean;
  clientName: string | null;
  /** `import Acme from` (default) or `import { Acme } from` (named). */
  importStyle: 'default' | 'named' | null;
  packageName: string | null;
  /**
   * The client's constructor options, with the environment variable each is read from, if any:
   * `new Acme({ bearerToken: process.env['ACME_TOKEN'] })`, or `new Acme({ bearerToken: 'My Bearer Token' })`.
   */
  envOptions: Array<{ option: string; envVar: string | null }>;
}

const IDENT = '[A-Za-z_$][\\w$]*';

/** `const client = new Acme(`: group 1 is the client's variable, group 2 its class. */
export const CLIENT_CONSTRUCTION = new RegExp(`(?:const|let|var)\\s+(${IDENT})\\s*=\\s*new\\s+(${IDENT})\\s*\\(`);

/** The source of a pattern for a call of `variable`'s methods (`client.a.b(`): group 1 is the chain, `.a.b`. */
export function clientCallSource(variable: string): string {
  return `${variable.replace(/\$/g, '\\$')}((?:\\s*\\.\\s*${IDENT})+)\\s*\\(`;
}

/** The sample of an operation: the first TypeScript/JavaScript source whose SDK call can be read. */
export function parseCodeSamples(op: Record<string, unknown>): CodeSample | null {
  for (const source of codeSampleSources(op)) {
    const sample = parseCodeSample(source);
    if (sample) return sample;
  }
  return null;
}

/**
 * Reads one sample: the client import, the options its constructor reads from the environment, and the first call
 * chain `client.a.b.method('positional', { ... })`. Comments are dropped first; nothing is evaluated.
 */
export function parseCodeSample(text: string): CodeSample | null {
  // Comments found by following string literals; when those do not balance (a sample that is not quite code), comments
  // found by their markers alone (a `//` after a line start or a space).
  return (
    readSample(stripComments(text)) ??
    readSample(text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/[^\n]*/g, '$1'))
  );
}

function readSample(source: string): CodeSample | null {
  const defaultImport = new RegExp(`import\\s+(${IDENT})\\s*(?:,\\s*\\{[^}]*\\})?\\s+from\\s+['"]([^'"]+)['"]`).exec(
    source,
  );
  const namedImport = new RegExp(`import\\s+(?:${IDENT}\\s*,\\s*)?\\{([^}]*)\\}\\s+from\\s+['"]([^'"]+)['"]`).exec(
    source,
  );
  const construct = CLIENT_CONSTRUCTION.exec(source);
  const clientVar = construct?.[1] ?? 'client';
  const constructed = construct?.[2] ?? null;
  // The client class: the import the constructor names (default or named), else the default import.
  const named = namedImport ? namedImport[1].split(',').map((s) => s.trim().split(/\s+as\s+/)) : [];
  const namedHit = named.find((parts) => (parts[1] ?? parts[0]) === constructed);
  let clientName: string | null = null;
  let importStyle: CodeSample['importStyle'] = null;
  let packageName: string | null = null;
  if (defaultImport && (constructed === null || defaultImport[1] === constructed)) {
    [clientName, importStyle, packageName] = [defaultImport[1], 'default', defaultImport[2]];
  } else if (namedImport && namedHit) {
    [clientName, importStyle, packageName] = [namedHit[0], 'named', namedImport[2]];
  } else if (defaultImport) {
    [clientName, importStyle, packageName] = [defaultImport[1], 'default', defaultImport[2]];
  }
  const envOptions: CodeSample['envOptions'] = [];
  if (construct) {
    const args = splitArguments(source, construct.index + construct[0].length);
    const options = args[0]?.trim();
    if (options?.startsWith('{')) {
      for (const [option, value] of objectEntries(options)) {
        const envVar = /^process\.env(?:\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]|\.([A-Za-z_][A-Za-z0-9_]*))/.exec(
          value.trim(),
        );
        envOptions.push({ option, envVar: envVar ? (envVar[1] ?? envVar[2]) : null });
      }
    }
  }
  const call = new RegExp(`\\b${clientCallSource(clientVar)}`, 'g');
  let match: RegExpExecArray | null;
  while ((match = call.exec(source)) !== null) {
    const chain = match[1]
      .split('.')
      .map((s) => s.trim())
      .filter(Boolean);
    if (chain.length === 0) continue;
    const args = splitArguments(source, match.index + match[0].length).map((a) => a.trim());
    let positionalCount = 0;
    while (positionalCount < args.length && /^(['"`]|-?\d)/.test(args[positionalCount])) positionalCount++;
    const params = args[positionalCount];
    const before = source.slice(Math.max(0, match.index - 200), match.index);
    return {
      resourcePath: chain.slice(0, -1),
      method: chain[chain.length - 1],
      positionalCount,
      paramKeys: params?.startsWith('{') ? objectEntries(params).map(([key]) => key) : [],
      paginated: /for\s+await\s*\(\s*(?:const|let|var)\s+[^;]*?\bof\s+(?:await\s+)?$/.test(before),
      clientName,
      importStyle,
      packageName,
      envOptions,
    };
  }
  return null;
}

/** Drops `/* … *\/` and `// …` comments, leaving string literals alone. */
export function stripComments(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = endOfString(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
      out += ' ';
    } else if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end - 1;
    } else out += c;
  }
  return out;
}

/** Index just past the string literal that starts at `start`. */
function endOfString(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote || (quote !== '`' && source[i] === '\n')) return i + 1;
  }
  return source.length;
}

/** The top-level arguments of the call whose `(` ends just before `start`, as source text. */
export function splitArguments(source: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') i = endOfString(source, i) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ')' || (c === ',' && depth === 0)) {
      if (source.slice(from, i).trim() !== '') args.push(source.slice(from, i));
      from = i + 1;
      if (c === ')') break;
    }
  }
  return args;
}

/** The top-level `key: value` entries of an object literal's source (`{ a: 1, 'b-c': x, d }`). */
export function objectEntries(literal: string): Array<[string, string]> {
  const inner = literal.trim().replace(/^\{/, '').replace(/\}$/, '');
  return splitArguments(`${inner})`, 0).flatMap((entry): Array<[string, string]> => {
    const m = new RegExp(`^\\s*(?:(${IDENT})|(['"])(.*?)\\2)\\s*(?::([\\s\\S]*))?$`).exec(entry);
    if (!m || entry.trim().startsWith('...')) return [];
    return [[m[1] ?? m[3], m[4] ?? m[1] ?? '']];
  });
}
