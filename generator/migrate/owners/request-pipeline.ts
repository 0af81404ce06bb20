/**
 * Owners' statements added to Stainless's `makeRequest` (issue 89, turbopuffer: a request clock started before the
 * request is built, handed to their `buildRequest`, read once the response has come). sdkgen's BaseClient has a
 * `makeRequest` of the same role (one call, its attempts and retries), which builds each attempt through a
 * subclass's `buildRequest` with the arguments a subclass's `makeRequest` hands it (`buildArgs`), as Stainless's
 * called its own. So their statements go into an override of it, each where they wrote it: those before Stainless's
 * first statement before `super.makeRequest(…)`, the arguments they added to its `this.buildRequest(…)` call into
 * `buildArgs`, those before its successful `return` after it. (Stainless's makeRequest ran once an attempt, sdkgen's
 * once a call: what they start before the first attempt is not started again for a retry.) Other edits, or added
 * lines that read Stainless's locals, are not carried: the method stays for a person.
 */
import { bodyChanges } from './client-constructor';
import { identifiers } from './code-identifiers';

/** sdkgen's `makeRequest` parameters, and the names of the override's own locals. */
const OWN_NAMES = ['call', 'given', 'buildArgs', 'props'];

/**
 * An override of sdkgen's `makeRequest` doing what the owners added to Stainless's (`stainless` → `theirs`, each
 * the method's text), or null when they added nothing, or something of another kind.
 */
export function carriedMakeRequest(stainless: string, theirs: string): string | null {
  const [ours, their] = [signature(stainless), signature(theirs)];
  if (ours === null || their === null || ours.parameters !== their.parameters) return null;
  const lines = nonBlank(ours.body);
  const changes = bodyChanges(ours.body, their.body);
  if (changes.length === 0) return null;
  const call = lines.findIndex((line) => /\bthis\.buildRequest\s*\(/.test(line));
  const callEnd = lines.findIndex((line, i) => i > call && /^\s*\}\s*\)\s*;\s*$/.test(line));
  const last = lines.length - 1 - [...lines].reverse().findIndex((line) => /^\s*return\b/.test(line));
  const before: string[] = [];
  const args: string[] = [];
  const after: string[] = [];
  for (const { removed, added, at } of changes) {
    if (removed.length > 0) return null;
    if (at === 0) before.push(...added);
    else if (call >= 0 && at === callEnd && added.every((line) => /^\s*[\w$]+(?:\s*:\s*[^,]+)?,\s*$/.test(line)))
      args.push(...added);
    else if (at === last && last > 0) after.push(...added);
    else return null;
  }
  // What they added may read what it declares, but none of Stainless's parameters and locals (nor the override's).
  const declared = new Set([...declaredNames(ours.parameters + '\n' + ours.body.join('\n')), ...OWN_NAMES]);
  const own = new Set(declaredNames([...before, ...after].join('\n')));
  const reads = identifiers([...before, ...args, ...after].join('\n'));
  if (reads.some((id) => declared.has(id) && !own.has(id))) return null;
  // Their lines as they wrote them: the override's body and the call's argument are at Stainless's indentation.
  return [
    '  override async makeRequest(',
    '    call: APIRequest,',
    '    given: PromiseOrValue<RequestOptions> = {},',
    '    buildArgs: object = {},',
    '  ): Promise<APIResponseProps> {',
    ...before,
    ...(args.length === 0
      ? ['    const props = await super.makeRequest(call, given, buildArgs);']
      : ['    const props = await super.makeRequest(call, given, {', '      ...buildArgs,', ...args, '    });']),
    ...after,
    '    return props;',
    '  }',
  ].join('\n');
}

/**
 * The imports the override's signature needs, from sdkgen's modules (client.ts's own, `./core/…`): one a name, so
 * that one client.ts has already is left out.
 */
export const MAKE_REQUEST_IMPORTS = [
  "import type { APIRequest } from './core/base-client.js';",
  "import type { PromiseOrValue } from './core/base-client.js';",
  "import type { RequestOptions } from './core/base-client.js';",
  "import type { APIResponseProps } from './core/api-promise.js';",
];

/** The method's parameter list (normalised) and its body's lines; null when it is not a method. */
function signature(text: string): { parameters: string; body: string[] } | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /\bmakeRequest\s*\(/.test(line));
  const open = lines.findIndex((line, i) => i >= at && /\{\s*$/.test(line) && /\)\s*(?::[^{]+)?\{\s*$/.test(line));
  if (at < 0 || open < 0) return null;
  return {
    parameters: lines
      .slice(at, open + 1)
      .join(' ')
      .replace(/^[^(]*\(/, '')
      .replace(/\s+/g, ' '),
    body: lines.slice(open + 1, -1),
  };
}

function nonBlank(lines: string[]): string[] {
  return lines.filter((line) => line.trim() !== '');
}

/** The names code declares: `const`/`let`/`var` bindings (destructured too) and parameters (`name:` at a line's start). */
function declaredNames(code: string): string[] {
  const names: string[] = [];
  for (const [, binding] of code.matchAll(/\b(?:const|let|var)\s+(\{[^}]*\}|\[[^\]]*\]|[\w$]+)/g))
    names.push(...(binding.match(/[A-Za-z_$][\w$]*/g) ?? []));
  for (const [, name] of code.matchAll(/(?:^|[(,])\s*([A-Za-z_$][\w$]*)\s*[?]?:/gm)) names.push(name);
  return names;
}
