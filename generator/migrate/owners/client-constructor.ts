/**
 * Owners' edits to Stainless's client constructor (issue 89, turbopuffer: the base URL's `{region}` placeholder filled
 * in, or the client refused, whatever URL the caller gives; a fetch of their own made from options they added; a
 * default for such an option). sdkgen's client class constructs through its core class and BaseClient, which set the
 * base URL, the fetch, the timeout… from the options, so the owners' statements go into a constructor of sdkgen's client class:
 * those computing the base URL run before `super(…)`, on the options read as Stainless's constructor read them (its
 * parameters' defaults); a member BaseClient takes from an option that they set otherwise (another default for
 * `maxRetries` or `timeout`) is handed to `super` as that option; their fetch (BaseClient's `fetch` has a setter, as
 * Stainless's was a plain member) and a property of their own they set are set after it, as they wrote them. The options go on as the caller gave them, as Stainless's client kept them (`withOptions` makes its
 * copy from them, so a copy is checked again as the caller's was). Another edit to the constructor is not carried.
 */

import { credentialCheckOf, type CredentialCheck } from './credential-check';
import { escapeRegExp } from '../../escape-regexp';

/** The members BaseClient sets from the options of the same name: the owners' value of one is handed on as that option. */
const OPTION_MEMBERS = ['timeout', 'maxRetries', 'logger', 'fetchOptions'];
/** The members BaseClient lets a subclass set (a setter, as Stainless's plain member): the owners' statement is kept. */
const SETTABLE_MEMBERS = ['fetch'];
/** The other members BaseClient sets: an owners' statement setting one is not carried. */
const BASE_MEMBERS = ['baseURL', 'logLevel', 'options', ...OPTION_MEMBERS];
/**
 * The members BaseClient gives from sdkgen's core class's settings, read-only (a getter): a subclass cannot set one
 * (TS2540; a TypeError when run). The owners' statement setting one to what the core class sets it to is done by
 * sdkgen (arcade's `this.idempotencyHeader = 'Idempotency-Key'`, which the config's `idempotency.header` says); to
 * another value, the constructor is left for a person.
 */
const CORE_SETTINGS = ['idempotencyHeader'];

/** Stainless's constructor's parameters: `constructor({ baseURL = readEnv('…'), apiKey, ...opts }: ClientOptions = {})`. */
const SIGNATURE = /constructor\s*\(\s*\{([\s\S]*?)\}\s*:\s*([\w$.]+)\s*=\s*\{\s*\}\s*,?\s*\)\s*\{/;

interface Parameter {
  name: string;
  /** Its default, as written (undefined: none). */
  fallback: string | undefined;
}

/** What the owners changed in one place of the constructor's body: the lines taken out and put in. */
export interface Change {
  removed: string[];
  added: string[];
  /** Where it is: the index, among Stainless's lines that are not blank, of the first after it. */
  at: number;
}

/**
 * sdkgen's client constructor doing what the owners' edits to Stainless's constructor (`stainless` → `theirs`, each
 * the method's text) do, or null when they made none, or one of another kind. `optionsType` is the name of the
 * options' type in sdkgen's client.ts; `declaresBaseURL`: the class declares `baseURL` itself (client-fields.ts), so
 * that its constructor sets it as the owners' did.
 */
export function carriedConstructor(
  stainless: string,
  theirs: string,
  optionsType = 'ClientOptions',
  declaresBaseURL = false,
  checksInCore = false,
  core: string | null = null,
): string | null {
  const [ours, their] = [SIGNATURE.exec(stainless), SIGNATURE.exec(theirs)];
  if (ours === null || their === null || normal(ours[1]) !== normal(their[1])) return null;
  const parameters = parametersOf(their[1]);
  if (parameters === null) return null;
  const rest = parameters.find((p) => p.name.startsWith('...'))?.name.slice(3);
  const lines = bodyLines(stainless).filter((line) => line.trim() !== '');
  const changes = bodyChanges(bodyLines(stainless), bodyLines(theirs));
  if (changes.length === 0) return null;
  const before: string[] = [];
  // Statements they added after Stainless's `const options = {…}` and before its first `this.` member set.
  const onOptions: string[] = [];
  const [optionsEnd, firstMember] = optionsPlace(lines);
  const after: string[] = [];
  let baseURL: string | null = null;
  const handedOn = new Map<string, string[]>();
  for (const change of changes) {
    const { removed, added, at } = change;
    // Their missing-credential check, carried into sdkgen's core class (credential-check.ts).
    if (checksInCore && credentialCheckOf(change, lines) !== null) continue;
    const put = added.map((line) => line.trim());
    const taken = removed.map((line) => line.trim());
    const setting = CORE_SETTINGS.includes(memberSet(put[0]) ?? '') && statements(put) === 1;
    if (setting && taken.length === 0) {
      if (core !== null && coreSets(core, memberSet(put[0])!, put.join(' '))) continue;
      return null;
    }
    const last = /^this\.baseURL\s*=\s*([\w$]+);$/.exec(put.at(-1) ?? '');
    // The options object Stainless's constructor keeps: the caller's base URL kept in it as given, as sdkgen's are.
    if (taken.every((l) => /^baseURL\s*:/.test(l)) && put.length === 1 && put[0] === 'baseURL,') continue;
    if (last !== null && taken.every((l) => /^this\.baseURL\s*=/.test(l))) {
      before.push(...added.slice(0, -1));
      baseURL = last[1];
    } else if (
      settable(put[0]) &&
      /;$/.test(put.at(-1)!) &&
      statements(put) === 1 &&
      taken.every((l) => settable(l) && memberSet(l) === memberSet(put[0]))
    ) {
      // Set after `super(…)` as they wrote it: it replaces what BaseClient set from the options.
      after.push(...added);
    } else if (optionMember(put[0]) !== null && /;$/.test(put.at(-1)!) && statements(put) === 1) {
      const member = optionMember(put[0])!;
      if (!taken.every((l) => optionMember(l) === member) || handedOn.has(member)) return null;
      handedOn.set(member, added);
    } else if (taken.length === 0 && at > optionsEnd && at <= firstMember && !put.some((l) => /\bthis\b/.test(l))) {
      onOptions.push(...added);
    } else if (taken.length === 0 && statements(put) === 1) {
      const member = /^this\.([\w$]+)\s*=/.exec(put[0])?.[1];
      if (member === undefined || BASE_MEMBERS.includes(member)) return null;
      after.push(...added);
    } else return null;
  }
  const code = [...before, ...onOptions, ...[...handedOn.values()].flat(), ...after, baseURL ?? ''].join('\n');
  const own = (line: string) =>
    rest === undefined ? line : line.replace(new RegExp(`\\b${rest}\\.`, 'g'), 'options.');
  const read = parameters.filter((p) => !p.name.startsWith('...') && new RegExp(`\\b${p.name}\\b`).test(code));
  const declarations = read.map((p) => {
    const assigned = new RegExp(`(?<![.\\w$])${p.name}\\s*=(?!=)`).test(before.join('\n'));
    const binding = p.fallback === undefined ? p.name : `${p.name} = ${p.fallback}`;
    return `    ${assigned ? 'let' : 'const'} { ${binding} } = options;`;
  });
  return [
    `  constructor(options: ${optionsType} = {}) {`,
    ...declarations,
    ...before.map(own),
    // Stainless's constructor changed an options object of its own, not the caller's.
    ...(onOptions.length === 0 ? [] : ['    options = { ...options };', ...onOptions.map(own)]),
    ...(handedOn.size === 0
      ? ['    super(options);']
      : [
          '    super({',
          '      ...options,',
          ...[...handedOn].flatMap(([member, lines]) => asOption(member, lines.map(own))),
          '    });',
        ]),
    ...after.map(own),
    ...(baseURL === null
      ? []
      : declaresBaseURL
        ? [`    this.baseURL = ${baseURL};`]
        : [
            "    // Set as the owners' constructor sets it (BaseClient's is read-only to a subclass).",
            `    (this as { baseURL: string }).baseURL = ${baseURL};`,
          ]),
    '  }',
  ].join('\n');
}

/**
 * The owners' changes to the missing-credential checks of Stainless's constructor (`stainless` → `theirs`), with the
 * names of its parameters and of its rest parameter; null when a constructor's parameters are not Stainless's form.
 */
export function credentialChecks(
  stainless: string,
  theirs: string,
): { checks: CredentialCheck[]; parameters: string[]; rest: string | undefined } | null {
  const [ours, their] = [SIGNATURE.exec(stainless), SIGNATURE.exec(theirs)];
  if (ours === null || their === null || normal(ours[1]) !== normal(their[1])) return null;
  const parameters = parametersOf(their[1]);
  if (parameters === null) return null;
  const lines = bodyLines(stainless).filter((line) => line.trim() !== '');
  const checks = bodyChanges(bodyLines(stainless), bodyLines(theirs)).flatMap((change) => {
    const check = credentialCheckOf(change, lines);
    return check === null ? [] : [check];
  });
  return {
    checks,
    parameters: parameters.map((p) => p.name.replace(/^\.\.\./, '')),
    rest: parameters.find((p) => p.name.startsWith('...'))?.name.slice(3),
  };
}

/**
 * Where Stainless's `const options = {…}` statement ends among the body's `lines` (their index; -1: none), and the
 * first line after it that sets a member (`this.baseURL = …`).
 */
function optionsPlace(lines: string[]): [number, number] {
  const start = lines.findIndex((line) => /^\s*const options\b/.test(line));
  if (start < 0) return [-1, -1];
  let end = start;
  while (end < lines.length - 1 && statements(lines.slice(start, end + 1)) === 0) end++;
  const member = lines.findIndex((line, i) => i > end && /^\s*this\./.test(line));
  return [end, member < 0 ? lines.length : member];
}

/** What the report says an owners' statement setting one of CORE_SETTINGS does, and the test that shows it. */
export const CORE_SETTING_DONE = {
  does: "sets what sdkgen's core class sets from the config (the client's idempotency header): done by sdkgen",
  test:
    "test/migrate-client-constructor-r33t.test.ts › a setting of sdkgen's core class (read-only in BaseClient): done " +
    'where the core sets it so, else for a person',
};

/**
 * The owners' statements added to Stainless's constructor (`stainless` → `theirs`) that set one of CORE_SETTINGS to
 * what sdkgen's core class (`core`) sets it to: done by sdkgen (carriedConstructor leaves them out).
 */
export function coreSettingsDone(stainless: string, theirs: string, core: string | null): string[] {
  if (core === null) return [];
  return bodyChanges(bodyLines(stainless), bodyLines(theirs)).flatMap(({ removed, added }) => {
    const put = added.map((line) => line.trim());
    const member = memberSet(put[0]);
    const done =
      removed.length === 0 &&
      member !== undefined &&
      CORE_SETTINGS.includes(member) &&
      statements(put) === 1 &&
      coreSets(core, member, put.join(' '));
    return done ? [put.join(' ')] : [];
  });
}

/** Whether sdkgen's core class text sets `member` to the value the statement `this.<member> = <value>;` gives it. */
function coreSets(core: string, member: string, statement: string): boolean {
  const value = /=\s*(['"])([^'"]*)\1\s*;$/.exec(statement)?.[2];
  if (value === undefined) return false;
  return new RegExp(`\\b${member}\\s*:\\s*(['"])${escapeRegExp(value)}\\1`).test(core);
}

/** The member a line sets (`this.timeout =`), or undefined. */
function memberSet(line: string | undefined): string | undefined {
  return /^\s*this\.([\w$]+)\s*=(?!=)/.exec(line ?? '')?.[1];
}

/** The member of OPTION_MEMBERS a line sets (`this.timeout =`), or null. */
function optionMember(line: string | undefined): string | null {
  const member = memberSet(line);
  return member !== undefined && OPTION_MEMBERS.includes(member) ? member : null;
}

/** Whether a line sets one of SETTABLE_MEMBERS (`this.fetch =`). */
function settable(line: string | undefined): boolean {
  const member = memberSet(line);
  return member !== undefined && SETTABLE_MEMBERS.includes(member);
}

/** `this.timeout = <expression>;` as the `timeout` member of super's options (`member`), one level deeper. */
function asOption(member: string, lines: string[]): string[] {
  return lines.map((line, i) => {
    const deeper = i === 0 ? line.replace(/^(\s*)this\.[\w$]+\s*=/, `$1  ${member}:`) : `  ${line}`;
    return i === lines.length - 1 ? deeper.replace(/;\s*$/, ',') : deeper;
  });
}

/** The parameters of the destructuring pattern, split at its top-level commas; null when one is not `name[ = …]`. */
function parametersOf(pattern: string): Parameter[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  const parameters: Parameter[] = [];
  for (const part of parts.map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(\.\.\.[\w$]+|[\w$]+)(?:\s*=\s*([\s\S]+))?$/.exec(part);
    if (match === null) return null;
    parameters.push({ name: match[1], fallback: match[2]?.trim() });
  }
  return parameters;
}

/** The lines of the constructor's body, between the line its parameters close on and its closing `}`. */
function bodyLines(text: string): string[] {
  const lines = text.split('\n');
  const open = lines.findIndex((line) => /\)\s*\{\s*$/.test(line));
  return lines.slice(open + 1, -1);
}

/** The places where `theirs` differs from `ours`, line by line (blank lines aside). */
export function bodyChanges(ours: string[], theirs: string[]): Change[] {
  const a = ours.filter((line) => line.trim() !== '');
  const b = theirs.filter((line) => line.trim() !== '');
  // Longest common subsequence of the trimmed lines (a constructor is a few dozen lines).
  const same = (i: number, j: number) => a[i].trim() === b[j].trim();
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = same(i, j) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const changes: Change[] = [];
  let current: Change = { removed: [], added: [], at: 0 };
  const flush = () => {
    if (current.removed.length > 0 || current.added.length > 0) changes.push(current);
    current = { removed: [], added: [], at: 0 };
  };
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(i, j)) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || table[i][j + 1] >= table[i + 1][j])) current.added.push(b[j++]);
    else current.removed.push(a[i++]);
    current.at = i;
  }
  flush();
  return changes;
}

/** How many statements lines hold: those ending with `;` at bracket depth 0. */
function statements(lines: string[]): number {
  let depth = 0;
  let count = 0;
  for (const line of lines) {
    for (const c of line.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""')) {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
    }
    if (depth === 0 && /;\s*$/.test(line)) count++;
  }
  return count;
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
