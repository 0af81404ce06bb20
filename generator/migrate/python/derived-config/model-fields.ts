/**
 * The fields of a class Stainless's Python SDK declares (a model's, a TypedDict's), with those it inherits: what the
 * models matcher (python-models.ts) reads a listed type's shape from.
 */
import { words } from '../../../naming/case';

export type Field = { wire: string; type: string; literal: string | null };

/**
 * A class's fields with those of the classes it inherits from, theirs first (its own override theirs): Stainless
 * declares a model whose schema is an `allOf` starting from a named model as a subclass of that model's class
 * (`class ConnectionUpdateResponse(Connection):`, its own fields alone in its body), and the schema has both. A base is
 * read from the module the class's module imports it from (`from .connection import Connection`); `BaseModel`,
 * `TypedDict` and a base not found add nothing. Null where the module declares no such class.
 */
export function modelFields(
  text: (path: string) => string | null,
  path: string,
  source: string,
  name: string,
  depth = 0,
): Field[] | null {
  const own = classFields(source, name);
  if (own === null) return null;
  const bases = new RegExp(`^class ${name}\\(([^)]*)\\):`, 'm').exec(source)?.[1].split(',') ?? [];
  const fields = new Map<string, Field>();
  for (const base of bases.map((b) => b.trim()).filter((b) => /^[A-Z]\w*$/.test(b))) {
    if (base === 'BaseModel' || base === 'TypedDict' || depth > 8) continue;
    // (Relative, `from .connection import Connection`, or absolute, `from acme.types.connection import Connection`.)
    const from = new RegExp(
      `^from (\\.*)([\\w.]*) import (?:\\(\\s*(?:[\\w\\s,]*?[\\s,])?|(?:[\\w ,]*?[ ,])?)${base}\\b`,
      'm',
    ).exec(source);
    const file = (module: string) =>
      from![1].length > 0 ? importedPath(path, from![1].length, module) : absolutePath(path, module);
    // (From a package, `from .shared import Connection`: its module of the class's name.)
    const candidates = from ? [file(from[2]), file(`${from[2]}.${snake(base)}`)] : [path];
    const basePath = candidates.find((candidate) => text(candidate) !== null);
    const baseSource = basePath === undefined ? null : text(basePath);
    if (basePath === undefined || baseSource === null) continue;
    for (const field of modelFields(text, basePath, baseSource, base, depth + 1) ?? []) fields.set(field.wire, field);
  }
  for (const field of own) fields.set(field.wire, field);
  return [...fields.values()];
}

const snake = (name: string) =>
  words(name)
    .map((w) => w.toLowerCase())
    .join('_');

/** The file an absolute import names (`acme.types.connection`), in the source folder of the module at `path`. */
function absolutePath(path: string, module: string): string {
  const root = path.slice(0, path.indexOf(`/${module.split('.')[0]}/`) + 1);
  return `${root}${module.split('.').join('/')}.py`;
}

/** The file a relative import names (`..shared.connection`: its dots, then its module) from the module at `path`. */
function importedPath(path: string, dots: number, module: string): string {
  const folder = path.split('/').slice(0, -dots);
  return `${[...folder, ...module.split('.').filter(Boolean)].join('/')}.py`;
}

/** A top-level `class <name>(…):`'s annotated fields: wire name (its alias), type, and the one literal it may be. */
function classFields(
  source: string,
  name: string,
): Array<{ wire: string; type: string; literal: string | null }> | null {
  const lines = source.split('\n');
  let start = lines.findIndex((line) => new RegExp(`^class ${name}\\(`).test(line));
  if (start < 0) return null;
  // (A header over several lines, `class X(\n    Base\n):`: the body begins after its last line.)
  for (let header = lines[start]; openBrackets(header) > 0 && start + 1 < lines.length; )
    header += `\n${lines[++start]}`;
  const fields: Array<{ wire: string; type: string; literal: string | null }> = [];
  let docstring = false;
  for (let i = start + 1; i < lines.length && (lines[i] === '' || /^\s/.test(lines[i])); i++) {
    const line = lines[i];
    const quotes = (line.match(/"""/g) ?? []).length;
    if (docstring) {
      if (quotes % 2 === 1) docstring = false;
      continue;
    }
    if (quotes % 2 === 1) {
      docstring = true;
      continue;
    }
    // A field's annotation or default may run over several lines (`Literal[` … `] = FieldInfo(alias="kind")`,
    // `= (` … `FieldInfo(alias="cashFlow", default=None)` … `)`): its statement is read whole, as one line.
    let statement = line;
    if (/^ {4}\w+: /.test(line))
      while (openBrackets(statement) > 0 && i + 1 < lines.length) statement += `\n${lines[++i]}`;
    const field = /^ {4}(\w+): (.+?)(?: = (.*))?$/.exec(oneLine(statement));
    if (!field || field[1] === 'model_config') continue;
    // (A TypedDict's wire name: `Annotated[str, PropertyInfo(alias="userId")]`.)
    const alias =
      /FieldInfo\(alias="([^"]+)"/.exec(field[3] ?? '')?.[1] ?? /PropertyInfo\(alias="([^"]+)"/.exec(field[2])?.[1];
    const type = field[2].trim();
    // (A TypedDict's required one too: `Required[Literal["bash"]]`.)
    const literal = /^(?:Optional\[|Required\[)?Literal\["([^"]*)"\]\]?$/.exec(type)?.[1] ?? null;
    fields.push({ wire: alias ?? field[1], type, literal });
  }
  return fields;
}

/** How many brackets a statement leaves open (those in string literals not counted). */
function openBrackets(statement: string): number {
  let depth = 0;
  for (const [token] of statement.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[[({]|[\])}]/g)) {
    if (token.length > 1) continue;
    depth += '[({'.includes(token) ? 1 : -1;
  }
  return depth;
}

/** A statement written over several lines as the one line it means: `Literal["a", "b"] = FieldInfo(alias="x")`. */
function oneLine(statement: string): string {
  if (!statement.includes('\n')) return statement;
  const [first, ...rest] = statement.split('\n');
  return [first.trimEnd(), ...rest.map((l) => l.trim())]
    .join(' ')
    .replace(/([[({]) /g, '$1')
    .replace(/,? ([\])}])/g, '$1');
}
