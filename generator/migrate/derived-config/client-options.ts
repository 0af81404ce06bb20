/**
 * The client's options as a Stainless SDK's client module declares and uses them (`ClientOptions`, the environment
 * variable each reads, the header or query parameter it is sent as), and the message its client throws in a browser:
 * read for `derivedConfigInput` (input.ts).
 */
import { escapeRegExp } from '../../escape-regexp';
import type { ClientOptionUse } from './config';
import type { RepoFile } from '../repository/checkout-files';

/**
 * The message a Stainless client throws when constructed in a browser without `dangerouslyAllowBrowser`
 * (`if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) { throw new Errors.AcmeError("…") }`), or null.
 */
export function browserRefusalOf(client: string | null): string | null {
  const check =
    /if \(!options\.dangerouslyAllowBrowser && isRunningInBrowser\w*\(\)\) \{\s*throw new [\w.]+\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/.exec(
      client ?? '',
    );
  if (!check) return null;
  // The literal's escapes, read (never evaluated): `\n`, `\t`, and a character after `\` as itself.
  return check[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/**
 * The runtime's options, which every client has (Stainless's and sdkgen's): not the config's to say. (sdkgen's
 * clients have `dangerouslyAllowBrowser` where the config disallows browsers: browserRefusalOf reads that.)
 */
const RUNTIME_OPTIONS = new Set([
  'baseURL',
  'environment',
  'timeout',
  'fetchOptions',
  'fetch',
  'httpAgent',
  'maxRetries',
  'defaultHeaders',
  'defaultQuery',
  'logLevel',
  'logger',
  'dangerouslyAllowBrowser',
]);

/**
 * The client's own options, read from `export interface ClientOptions` and the client's code: the environment
 * variable each defaults to (`apiKey = readEnv('ACME_API_KEY')`), and where it is sent (`Bearer ${this.apiKey}`,
 * `'X-Acme-Branch': this.branch`, a method's `{ project = this._client.project }`).
 */
export function clientOptionUses(client: string | null, files: RepoFile[]): ClientOptionUse[] {
  if (client === null) return [];
  const declared = /^export interface ClientOptions \{\n([\s\S]*?)^\}/m.exec(client)?.[1] ?? '';
  const lines = client.split('\n');
  /** The method a line of the client is in. */
  const methodAt = (index: number) => {
    for (let i = index; i >= 0; i--) {
      const m = /^ {2}(?:(?:protected|private|public|override|async|static) )*([\w$]+)\s*[(<]/.exec(lines[i]);
      if (m) return m[1];
    }
    return '';
  };
  return [...declared.matchAll(/^ {2}([\w$]+)\?: ([^;]+);/gm)]
    .filter((m) => !RUNTIME_OPTIONS.has(m[1]))
    .map(([, name, type]) => {
      const option = escapeRegExp(name);
      const env = new RegExp(`\\b${option} = (?:Core\\.)?readEnv\\('([A-Z][A-Z0-9_]*)'\\)`).exec(client)?.[1] ?? null;
      // `password = readEnv('ACME_PASSWORD') ?? 'do_not_set'` (or `= 'do_not_set'`): the config's `default:`.
      const fallback = new RegExp(
        `^\\s+${option} = (?:(?:Core\\.)?readEnv\\('[A-Z][A-Z0-9_]*'\\) \\?\\? )?'((?:[^'\\\\\\n]|\\\\.)*)',?$`,
        'm',
      ).exec(client)?.[1];
      // `'X-Acme-Branch': this.branch`, or an unquoted name where the client builds headers (`{ Authorization:
      // this.apiKey }` in authHeaders): an unquoted key elsewhere is the option copied (`apiKey: this.apiKey`).
      // The header's value is the option itself (or with a fallback, `?? 'x'`): one it only decides
      // (`'Accept-Encoding': this.compression ? 'gzip' : 'identity'`, the owners' code) is not sent as the option.
      const valueIsOption = `this\\.${option}\\b!?(?:\\s+as\\s+[\\w$]+)?\\s*(?:\\?\\?[^,}?:]*)?\\s*(?:[,}]|$)`;
      const headerLine = lines.findIndex(
        (line, i) =>
          new RegExp(`['"][\\w-]+['"]\\s*:\\s*${valueIsOption}`).test(line) ||
          (new RegExp(`(?:^|[{,])\\s*[A-Za-z][\\w$]*\\s*:\\s*${valueIsOption}`).test(line) &&
            /Auth|Headers$/.test(methodAt(i))),
      );
      const headerName =
        headerLine < 0
          ? null
          : (/['"]([\w-]+)['"]\s*:\s*this\./.exec(lines[headerLine])?.[1] ??
            new RegExp(`(?:^|[{,])\\s*([A-Za-z][\\w$]*)\\s*:\\s*this\\.${option}\\b`).exec(lines[headerLine])![1]);
      const inMethod = headerLine < 0 ? '' : methodAt(headerLine);
      // `key: this.apiKey` in `defaultQuery()`: a query parameter.
      const queryAt = lines.findIndex(
        (line, i) =>
          new RegExp(`^\\s*['"]?[\\w-]+['"]?\\s*:\\s*this\\.${option}\\b`).test(line) && methodAt(i) === 'defaultQuery',
      );
      const query = queryAt < 0 ? null : /^\s*['"]?([\w-]+)['"]?\s*:/.exec(lines[queryAt])![1];
      const basic = new RegExp(`\\$\\{this\\.([\\w$]+)\\}:\\$\\{this\\.([\\w$]+)\\}`).exec(client);
      // The two are sent as Basic credentials only to the token URL, for an access token (OAuth2 client credentials).
      const exchange = basic !== null && /grant_type=client_credentials/.test(client);
      const role = basic?.[1] === name ? 'username' : basic?.[2] === name ? 'password' : null;
      const param = files
        .filter((f) => f.path.startsWith('src/resources/') && f.text !== null)
        .map((f) => new RegExp(`\\b([\\w$]+) = this\\._client\\.${option}\\b`).exec(f.text!)?.[1])
        .find((p) => p !== undefined);
      return {
        name,
        type: /\bnumber\b/.test(type) ? 'number' : /\bboolean\b/.test(type) ? 'boolean' : 'string',
        env,
        nullable: /\bnull\b/.test(type),
        default: fallback === undefined ? null : fallback.replace(/\\(.)/g, '$1'),
        bearer: new RegExp(`Bearer \\$\\{this\\.${option}\\}`).test(client),
        basic: exchange ? null : role,
        clientCredentials:
          exchange && role !== null
            ? { role: role === 'username' ? 'client_id' : 'client_secret', tokenUrl: tokenUrlOf(client) }
            : null,
        // (The exchange's own code copies the two, `clientID: this.clientID`: no header.)
        header:
          headerName === null || inMethod === 'defaultQuery' || (exchange && role !== null)
            ? null
            : { name: headerName, auth: inMethod === 'authHeaders' || /Auth$/.test(inMethod) },
        query,
        param: param ?? null,
        description: optionDescription(declared, name),
      } satisfies ClientOptionUse;
    });
}

/**
 * The URL an OAuth2 client-credentials exchange posts to (`this.fetch(this.buildURL('https://…/token', {}), {`), or
 * null.
 */
function tokenUrlOf(client: string): string | null {
  return /\bthis\.fetch\(\s*this\.buildURL\(\s*(['"`])([^'"`$]+)\1/.exec(client)?.[2] ?? null;
}

/** The doc comment above option `name` in the ClientOptions interface, without its "Defaults to" line. */
function optionDescription(declared: string, name: string): string | null {
  const comment = new RegExp(`/\\*\\*\\n((?:[ \\t]*\\*(?!/).*\\n)*?)[ \\t]*\\*/\\n {2}${escapeRegExp(name)}\\?:`).exec(
    declared,
  )?.[1];
  if (!comment) return null;
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .filter((line) => !/^Defaults to process\.env\[/.test(line))
    .join('\n')
    .trim();
  return text || null;
}
