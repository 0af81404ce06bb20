/**
 * Owners' statements added around the JSON parse of Stainless's `defaultParseResponse` (issue 89, turbopuffer: a
 * request clock merged into the body, `mergeClockIntoResponse(json, (response as any).clock)` after `const json =
 * await response.json()`). sdkgen's runtime has no such module; its BaseClient (in an SDK made from a Stainless
 * config) parses every method's and page's JSON body through `parseJSON(text, response)`. So their statements go
 * into an override of it, each where they wrote it: those before Stainless's `const json = …` before the parse, those
 * after it before `return json`, reading the body as `json` and the response as `response`, as they did. Another
 * edit to the function, or added lines that read another of its locals (`props`, `contentType`, …), is not carried:
 * it stays for a person, as before.
 */
import path from 'node:path';
import { bodyChanges } from './client-constructor';
import { identifiers } from './code-identifiers';
import { escapeRegExp } from '../../escape-regexp';

/** Stainless's parse function, and its line that parses the body. */
const FUNCTION = /^(?:export\s+)?async\s+function\s+defaultParseResponse\b/m;
const PARSE_LINE = /^\s*const\s+json\s*=\s*await\s+response\.json\(\)\s*;\s*$/;
/** The names the override gives their lines: the response, and (after the parse) the body. */
const GIVEN_BEFORE = ['response'];
const GIVEN_AFTER = ['response', 'json'];

export interface CarriedParse {
  /** Stainless's module the function is in (`src/internal/parse.ts`). */
  module: string;
  /** The override of BaseClient's `parseJSON`, for the client class. */
  method: string;
  /** The import statements the carried lines read, as the client module (`src/client.ts`) imports them. */
  imports: string[];
  /** The owners' module with the function and the imports that moved restored to Stainless's: what is left to re-apply. */
  editedRest: string;
}

/**
 * The owners' lines around the JSON parse of `defaultParseResponse` in `module` (`stainless` → `theirs`, the module's
 * texts) as an override of `parseJSON` for the client in `clientModule`, or null when they added none there, or
 * changed the function otherwise.
 */
export function carriedParse(
  module: string,
  stainless: string,
  theirs: string,
  clientModule: string,
): CarriedParse | null {
  const [ours, their] = [functionOf(stainless), functionOf(theirs)];
  if (ours === null || their === null || ours.text === their.text) return null;
  const lines = ours.body.filter((line) => line.trim() !== '');
  const parse = lines.findIndex((line) => PARSE_LINE.test(line));
  // (Stainless's `core.ts` of before 2025 logs the body between the two: sdkgen's client logs it itself.)
  const end = lines.findIndex((line, i) => i > parse && /^\s*return\s+json\b/.test(line));
  if (parse < 0 || end < 0 || lines.slice(parse + 1, end).some((line) => !/^\s*debug\(/.test(line))) return null;
  const before: string[] = [];
  const after: string[] = [];
  for (const { removed, added, at } of bodyChanges(ours.body, their.body)) {
    if (removed.length > 0) return null;
    if (at === parse) before.push(...added);
    else if (at > parse && at <= end) after.push(...added);
    else return null;
  }
  if (before.length + after.length === 0) return null;
  // Stainless's locals and parameters their lines may not read (the override gives `response` and `json`).
  const locals = new Set(identifiers(ours.text).filter((id) => declares(ours.text, id)));
  const reads = (code: string[], given: string[]) =>
    identifiers(code.join('\n')).filter((id) => locals.has(id) && !given.includes(id) && !declaresAny(code, id));
  if (reads(before, GIVEN_BEFORE).length > 0 || reads(after, GIVEN_AFTER).length > 0) return null;
  const indent = /^\s*/.exec(lines[parse])![0];
  const at = (line: string) => '    ' + (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
  const readsResponse = identifiers([...before, ...after].join('\n')).includes('response');
  const method = [
    `  override parseJSON(text: string, ${readsResponse ? 'response' : '_response'}: Response): unknown {`,
    ...before.map(at),
    '    const json = JSON.parse(text);',
    ...after.map(at),
    '    return json;',
    '  }',
  ].join('\n');
  // The imports their lines read go to the client module, their specifiers made relative to it; an import the owners
  // added that nothing else in their module reads leaves it.
  const read = new Set(identifiers([...before, ...after].join('\n')));
  let editedRest = theirs.replace(their.text, () => ours.text);
  const imports: string[] = [];
  const stainlessImports = importsOf(stainless).map((s) => s.text);
  for (const statement of importsOf(theirs)) {
    const names = statement.names;
    if (!names.some((name) => read.has(name))) continue;
    imports.push(
      statement.text.replace(statement.specifier, movedSpecifier(statement.specifier, module, clientModule)),
    );
    const elsewhere = identifiers(editedRest.replace(statement.text, ''));
    if (!stainlessImports.includes(statement.text) && !names.some((name) => elsewhere.includes(name)))
      editedRest = editedRest.replace(new RegExp(`${escapeRegExp(statement.text)}\\n`), '');
  }
  return { module, method, imports, editedRest };
}

/** Stainless's modules that may hold `defaultParseResponse` (its `internal/parse.ts`; `core.ts` in SDKs of before 2025). */
export function parseModules(texts: ReadonlyMap<string, string>): string[] {
  return [...texts].filter(([file, text]) => /^src\/.*\.ts$/.test(file) && FUNCTION.test(text)).map(([file]) => file);
}

/** The function's text (to its closing `}` at the line's start) and its body's lines; null when it is not there. */
function functionOf(text: string): { text: string; body: string[] } | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => FUNCTION.test(line));
  const open = lines.findIndex((line, i) => i >= start && /\{\s*$/.test(line));
  const end = lines.findIndex((line, i) => i > open && /^\}\s*$/.test(line));
  if (start < 0 || open < 0 || end < 0) return null;
  return { text: lines.slice(start, end + 1).join('\n'), body: lines.slice(open + 1, end) };
}

/** Whether code declares `name` (a binding, or a parameter: `name:` / `name,` / `name }` in a pattern). */
function declares(code: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(`\\b(?:const|let|var)\\s+(?:${n}\\b|[{[][^=]*\\b${n}\\b[^=]*[}\\]])|[(,{]\\s*${n}\\s*[:,})]`).test(
    code,
  );
}

function declaresAny(lines: string[], name: string): boolean {
  return new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\b`).test(lines.join('\n'));
}

/** A relative import's specifier as the module `to` writes it (`./custom/x` from src/internal/ → `./internal/custom/x`). */
function movedSpecifier(specifier: string, from: string, to: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const target = path.posix.join(path.posix.dirname(from), specifier);
  const relative = path.posix.relative(path.posix.dirname(to), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** A module's import statements: each as written, its specifier and the local names it binds. */
function importsOf(text: string): Array<{ text: string; specifier: string; names: string[] }> {
  return [...text.matchAll(/^import\s+(?:type\s+)?([^'"]*?)\s+from\s+(['"])([^'"]+)\2\s*;?[ \t]*$/gm)].map((m) => ({
    text: m[0],
    specifier: m[3],
    names: [...m[1].replace(/\b[\w$]+\s+as\s+/g, '').matchAll(/[A-Za-z_$][\w$]*/g)]
      .map((n) => n[0])
      .filter((n) => n !== 'type' && n !== 'as'),
  }));
}
