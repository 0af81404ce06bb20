/**
 * The client options a Stainless client's module builds its default base URL from (the config's `server_variable`),
 * each with the variable of the spec's server it fills in, in the forms a client module has them:
 *
 * - Stainless's TypeScript constructor, `baseURL: baseURL || \`https://${region}.acme.com\``: the variable is the one
 *   at the option's place in the URL its doc comment gives (`[opts.baseURL=… ?? https://{region}.acme.com]`), else
 *   the option's own name;
 * - Stainless's Python constructor, `base_url = f"https://{region}.acme.com"`;
 * - a client (owners' code, in either language) that puts the option into the `{name}` placeholder of a base URL it
 *   holds (`baseURL.replace('{region}', region)`, `str(base_url).replace("{region}", self.region)`): the URL keeps
 *   `{region}` literally, so without the variable sdkgen's client would request the host `{region}.acme.com`.
 */
import { escapeRegExp } from '../../escape-regexp';

export function baseUrlVariablesOf(source: string | null): Map<string, string> {
  if (!source) return new Map();
  const found = new Map([...stainlessTypeScript(source), ...stainlessPython(source)]);
  for (const [option, variable] of placeholderReplacements(source)) if (!found.has(option)) found.set(option, variable);
  return found;
}

function stainlessTypeScript(source: string): Array<[string, string]> {
  const template = /\bbaseURL: baseURL \|\| `([^`]*\$\{[^`]*)`/.exec(source)?.[1];
  if (!template) return [];
  const parts = template.split(/\$\{\s*([\w$]+)\s*\}/);
  const names = parts.filter((_, i) => i % 2 === 1);
  const pattern = parts.map((part, i) => (i % 2 === 1 ? '\\{([\\w-]+)\\}' : escapeRegExp(part))).join('');
  const documented = /\[opts\.baseURL=[^\n]*?\?\?\s*([^\]\s]+)\]/.exec(source)?.[1];
  const variables = documented ? new RegExp(`^${pattern}$`).exec(documented)?.slice(1) : undefined;
  return names.map((name, i) => [name, variables?.[i] ?? name]);
}

function stainlessPython(source: string): Array<[string, string]> {
  const template = /^\s*base_url = f"(https?:\/\/[^"]*)"/m.exec(source)?.[1];
  if (!template) return [];
  return [...template.matchAll(/(?<!\{)\{\s*(?:self\.)?(\w+)\s*\}(?!\})/g)].map((m) => [m[1], m[1]]);
}

/**
 * `.replace('{region}', region)` (Python's `str(base_url).replace("{region}", region)`), where an http(s) URL the
 * module writes has that placeholder.
 */
function placeholderReplacements(source: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // (The option, or it with a fallback: `region ?? ''`, `region or ""`.)
  const replace =
    /\.replace(?:All)?\(\s*(['"])\{([\w-]+)\}\1\s*,\s*(?:this\.|self\.)?([A-Za-z_$][\w$]*)\s*(?:(?:\?\?|\|\||\bor\b)[^,()]*)?\)/g;
  for (const [, , variable, option] of source.matchAll(replace)) {
    const inUrl = new RegExp(`(['"\`])https?://[^'"\`\\s]*\\{${escapeRegExp(variable)}\\}[^'"\`\\s]*\\1`);
    if (inUrl.test(source)) out.push([option, variable]);
  }
  return out;
}
