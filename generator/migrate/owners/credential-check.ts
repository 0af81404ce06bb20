/**
 * Owners' edits to Stainless's missing-credential check (llamacloud: `if (apiKey === undefined && !isRunningInBrowser())`,
 * the key optional in a browser, where cookies authenticate; the `apiKey` field `string | undefined`). sdkgen's client
 * checks its credentials in its core class's constructor (client-core.ts), before `super`, where no subclass can
 * reach: so the owners' condition goes there, as an edit of sdkgen's file that regenerating merges. Stainless's test
 * (`apiKey === undefined`) is read as sdkgen's (`apiKey == null`, a null given being no key there too) inside their
 * condition; the names it imports are imported there as their client.ts imports them. Their declaration of a field
 * the core class declares (the credential's) takes the place of the core's, whose assignment then gives what that
 * type holds (`apiKey ?? undefined`). Where the core has no such check, or their condition reads what it has not,
 * nothing is edited and the check stays for a person. (Another field of theirs the core declares, a setting's, is
 * declared in the client class as client-fields.ts does.)
 */
import { classFields, type CarriedField } from './client-fields';
import { identifiers } from './code-identifiers';

/** sdkgen's module of the core client class. */
export const CORE_MODULE = 'src/client-core.ts';

export interface CredentialCheck {
  /** The credential's parameter (`apiKey`). */
  option: string;
  /** Stainless's condition and the owners'. */
  stainless: string;
  theirs: string;
}

/** Stainless's test of a missing credential: `apiKey === undefined` (older SDKs: `== null`, `!apiKey`). */
const MISSING = /^(?:([\w$]+)\s*===?\s*(?:undefined|null)|!([\w$]+))$/;

/**
 * The change `change` makes to the missing-credential check of Stainless's constructor (`lines`, its body's lines
 * that are not blank), or null when it is not one: one `if (…) {` line put in place of another, before a `throw`.
 */
export function credentialCheckOf(
  change: { removed: string[]; added: string[]; at: number },
  lines: string[],
): CredentialCheck | null {
  const condition = (line: string | undefined) => /^\s*if\s*\((.+)\)\s*\{\s*$/.exec(line ?? '')?.[1].trim();
  if (change.removed.length !== 1 || change.added.length !== 1) return null;
  const [stainless, theirs] = [condition(change.removed[0]), condition(change.added[0])];
  if (stainless === undefined || theirs === undefined || !/^\s*throw\b/.test(lines[change.at] ?? '')) return null;
  const missing = MISSING.exec(stainless);
  if (missing === null) return null;
  return { option: missing[1] ?? missing[2], stainless, theirs };
}

/**
 * sdkgen's client-core.ts (`core`) with the owners' checks, the `imports` their conditions use, and `fields` (carried
 * ones) where the core class declares them; null when one check is not found in it or reads what it does not bind.
 * `parameters`: Stainless's constructor's (a condition may read the credential alone of them); `rest`: its rest
 * parameter's name, which reads sdkgen's `options`.
 */
export function withCredentialChecks(
  core: string,
  checks: CredentialCheck[],
  edits: { imports: string[]; fields: CarriedField[]; parameters: string[]; rest: string | undefined },
): string | null {
  let text = core;
  for (const check of checks) {
    const line = new RegExp(`^(\\s*)if \\(${check.option} == null\\) \\{\\n(\\s*throw\\b)`, 'm');
    if (!line.test(text)) return null;
    const others = identifiers(check.theirs).filter(
      (id) => id !== check.option && edits.parameters.includes(id) && id !== edits.rest,
    );
    if (others.length > 0) return null;
    const rest = edits.rest === undefined ? null : new RegExp(`\\b${edits.rest}\\.`, 'g');
    const theirs = check.theirs
      .split(check.stainless)
      .join(`${check.option} == null`)
      .replace(rest ?? /$^/, 'options.');
    text = text.replace(line, (_m, indent: string, then: string) => `${indent}if (${theirs}) {\n${then}`);
  }
  const coreClass = /^export class ([\w$]+) extends BaseClient\b/m.exec(text)?.[1];
  const declared = coreClass === undefined ? new Map<string, string>() : classFields(text, coreClass);
  for (const field of edits.fields) {
    const line = declared.get(field.name);
    if (line === undefined) continue;
    const indent = /^\s*/.exec(line)![0];
    const own = field.theirs.trim().replace(/\b(?:override|declare)\s+/g, '');
    text = text.replace(line, () => `${indent}${own}`);
    const type = /:\s*([^=;]+?)\s*(?:=|;)/.exec(own)?.[1] ?? '';
    const holds = (word: string) => new RegExp(`(^|\\|)\\s*${word}\\s*($|\\|)`).test(type);
    // A null given is no value: the field holds what the owners' type has for none.
    const none = holds('undefined') && !holds('null') ? 'undefined' : holds('null') ? 'null' : null;
    if (none !== null)
      text = text.replace(
        new RegExp(`^(\\s*this\\.${field.name} = )${field.name};$`, 'm'),
        (_m, lead: string) => `${lead}${field.name} ?? ${none};`,
      );
  }
  // Names the core binds already (its own `isRunningInBrowser`, where it refuses browsers) are not imported again.
  const bound = (name: string) =>
    new RegExp(`(?:function|const|let|class)\\s+${name}\\b|^import\\s[^;]*\\b${name}\\b[^;]*;`, 'm').test(text);
  const imports = edits.imports.filter((statement) => namesBound(statement).some((name) => !bound(name)));
  const lines = text.split('\n');
  const last = lines.reduce((at, line, i) => (/^(?:import\s.*|\}.*)\bfrom\s+'[^']+';\s*$/.test(line) ? i : at), -1);
  return [...lines.slice(0, last + 1), ...imports, ...lines.slice(last + 1)].join('\n');
}

/**
 * Those of the carried fields (a checked credential's) sdkgen's core class declares: they go into it
 * (withCredentialChecks), not the client class.
 */
export function coreFields(core: string | null, fields: CarriedField[]): CarriedField[] {
  const coreClass = core === null ? undefined : /^export class ([\w$]+) extends BaseClient\b/m.exec(core)?.[1];
  if (core === null || coreClass === undefined) return [];
  const declared = classFields(core, coreClass);
  return fields.filter((field) => declared.has(field.name) && !/=/.test(field.text));
}

/** The local names an import statement binds. */
function namesBound(statement: string): string[] {
  const clause = statement.replace(/^import\s+(?:type\s+)?/, '').replace(/\s+from\s+['"][^'"]*['"];?\s*$/, '');
  return [...clause.replace(/\b[\w$]+\s+as\s+/g, '').matchAll(/[A-Za-z_$][\w$]*/g)]
    .map((m) => m[0])
    .filter((name) => name !== 'type');
}
