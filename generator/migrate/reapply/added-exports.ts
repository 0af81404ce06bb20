/**
 * The owners' export statements added to a module of Stainless's that is export statements alone (its entry,
 * `src/index.ts`): privy's owners put their own client and helpers first (`export { PrivyClient, … } from
 * './public-api/PrivyClient'`) in place of Stainless's banner and default export. sdkgen's entry has neither line as
 * Stainless wrote it (its banner, `export { PrivyAPI as default, PrivyAPI } from './client.js'`), so the hunk found no
 * place and the owners' package no longer exported what their code and tests import. The statements they added go
 * into sdkgen's module after its banner, where they put them; their other edits (the exports they took out) are placed
 * as any others, or left for a person.
 */
import { rewrittenModule } from '../owners/rewritten-module';
import type { Reapplied } from './hunks';
import { hasBannerAtTop } from './stainless-banner';

/** A module's top-level statements of code, each whole (a statement spans lines to its `;`); comments left out. */
function statements(text: string): string[] | null {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (current.length === 0 && (trimmed === '' || /^(?:\/\/|\/\*|\*)/.test(trimmed))) continue;
    current.push(line);
    if (/;\s*(?:\/\/.*)?$/.test(trimmed)) {
      out.push(current.join('\n'));
      current = [];
    }
  }
  return current.length === 0 ? out : null;
}

const comparable = (statement: string) => statement.replace(/\s+/g, ' ').replace(/,\s*}/, ' }').trim();
const isExport = (statement: string) => /^\s*export\s/.test(statement);

/** The names a `export { a, type B as C } from '…'` statement exports (`a`, `C`); empty for any other. */
function exportedNames(statement: string): string[] {
  const list = /^\s*export\s+(?:type\s+)?\{([^}]*)\}/.exec(statement);
  if (list === null) return [];
  return list[1]
    .split(',')
    .map((item) => item.trim().replace(/^type\s+/, ''))
    .filter((item) => item !== '')
    .map((item) =>
      item
        .split(/\s+as\s+/)
        .pop()!
        .trim(),
    );
}

/** `export { a, type B } from '…'` without the entries whose exported name `names` holds, laid out as it was. */
function withoutNames(statement: string, names: ReadonlySet<string>): string {
  const list = /^(\s*export\s+(?:type\s+)?\{)([^}]*)(\}[\s\S]*)$/.exec(statement);
  if (list === null) return statement;
  const [, head, inner, tail] = list;
  const entries = inner
    .split(',')
    .map((item) => item.trim())
    .filter(
      (item) =>
        item !== '' &&
        !names.has(
          item
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        ),
    );
  const indent = /\n([ \t]*)\S/.exec(inner)?.[1];
  return indent === undefined
    ? `${head} ${entries.join(', ')} ${tail}`
    : `${head}\n${entries.map((entry) => `${indent}${entry},\n`).join('')}${tail}`;
}

/**
 * Where `pristine` and `edited` are export statements alone and the owners added some: `rest` (the usual placing of
 * the edits) run on their edits without those statements where it cannot place them all, and the statements put
 * after the banner of its result (or at its end, where the owners added them after Stainless's statements). Null where
 * this is not such a module or they added none.
 */
export function withAddedExports(
  pristine: string,
  edited: string,
  rest: (edited: string) => Reapplied,
): Reapplied | null {
  const before = statements(pristine);
  const after = statements(edited);
  if (before === null || after === null || before.length === 0 || ![...before, ...after].every(isExport)) return null;
  const known = new Set(before.map(comparable));
  // A statement of Stainless's the owners extended (one more type from './tts') is an edit of it, not one they added.
  const stainlessNames = new Set(before.flatMap(exportedNames));
  const added = after.filter(
    (statement) =>
      !known.has(comparable(statement)) && !exportedNames(statement).some((name) => stainlessNames.has(name)),
  );
  if (added.length === 0) return null;
  // Where the hunks place them (exports added after Stainless's go at the end of sdkgen's module), they stay so.
  const plain = rest(edited);
  if (plain.rejected.length === 0) return plain;
  let withoutAdded = edited;
  for (const statement of added) withoutAdded = withoutAdded.replace(`${statement}\n`, '');
  // Stainless's banner, which they took out with it, is sdkgen's to write: its own stands in its place.
  const banner = pristine.slice(0, pristine.indexOf(before[0]));
  // (Not where their module has a banner still: a later form of Stainless's, or their rewrite of its attribution.)
  if (banner.trim() !== '' && !edited.startsWith(banner) && !hasBannerAtTop(edited))
    withoutAdded = `${banner}${withoutAdded.trimStart()}`;
  const placed = rest(withoutAdded);
  const lines = placed.text.split('\n');
  // What sdkgen's module already exports by name is not exported twice: of a statement they added, the names it
  // exports already are left out (a resource's statement from a base older than Stainless's later names).
  const exported = new Set((statements(placed.text) ?? []).flatMap(exportedNames));
  const needed = added.flatMap((statement) => {
    const names = exportedNames(statement);
    if (names.length === 0) return [statement];
    return names.some((name) => !exported.has(name)) ? [withoutNames(statement, exported)] : [];
  });
  if (needed.length === 0) return placed;
  // First where the owners put them before Stainless's statements, else last.
  const first = after.findIndex((statement) => known.has(comparable(statement)));
  let code = lines.findIndex((line) => line.trim() !== '' && !/^\s*(?:\/\/|\/\*|\*)/.test(line));
  if (code < 0 || after.indexOf(added[0]) > first) code = lines.length;
  const text = [...lines.slice(0, code), ...needed, '', ...lines.slice(code)].join('\n');
  return { ...placed, text, applied: placed.applied + 1 };
}

/**
 * A module's edits: placed whole where that is how they go (a module of code the owners rewrote, keeping nothing of
 * Stainless's code, owners/rewritten-module.ts; or export statements they added to one of export statements alone),
 * else by `rest`, hunk by hunk.
 */
export function moduleEdits(
  code: boolean,
  pristine: string,
  edited: string,
  target: string,
  rest: (edited: string) => Reapplied,
): Reapplied {
  const whole = code ? (rewrittenModule(pristine, edited, target) ?? withAddedExports(pristine, edited, rest)) : null;
  return whole ?? rest(edited);
}
