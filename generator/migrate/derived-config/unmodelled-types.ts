/**
 * The types Stainless's api.md lists that the derived config gives no model (no schema of the spec matched them):
 * sdkgen's SDK does not export them under Stainless's name, so its users' imports of them break. Each is told with the
 * module users import it from and why, as the matcher (schema-match.ts) found it: the spec has no schema of its shape
 * (the owners add one, or keep a declaration of their own); several schemas could be it, none certainly (the owners
 * name one in the resource's `models`: the line to paste is given); or its declaration is of a form the matcher does
 * not read (which one is said).
 */
import { escapeRegExp } from '../../escape-regexp';
import type { ApiType } from '../../diff/api-md';
import { words } from '../../naming/case';
import { StainlessNames } from '../../naming/stainless';
import { declaringModule } from './declaring-module';
import { literalsDiffer } from './schema-match';
import type { DerivedConfigInput, NestedSchema, Shape } from './input-types';

export interface UnmodelledType {
  name: string;
  /** The module users import it from, as the package exports it (`acme/resources/emails/emails`). */
  importedFrom: string;
  /** How users import it, in the language's words (`import from 'acme/resources/emails'`, `from acme.types import X`). */
  importLine: string;
  /**
   * `no-schema`: the spec has none of its shape; `several`: more than one could be it; `form`: not read;
   * `undeclared`: no module of Stainless's declares it (api.md lists it alone), so no import of it breaks.
   */
  kind: 'no-schema' | 'several' | 'form' | 'undeclared';
  /** Why, and what the owners do about it. */
  why: string;
  /** (`several`) the pointers of the schemas it could be, the likeliest first. */
  candidates: string[];
  /** (`several`) where and what to paste in the config to name the likeliest: `resources.emails` and its line. */
  configLine?: { at: string; line: string };
}

/** How a language's declarations are told where the matcher reads no shape of them. */
export interface DeclarationForms {
  /** The type's declaration in words (`a union open to any string (…)`). */
  formOf(name: string): string;
  /** What the matcher reads, said after a form it does not. */
  reads: string;
  /** How users import `name` from `module`, in the language's words. */
  importLine(name: string, module: string): string;
}

/** TypeScript's: the declaration's text as `typeDeclarations` found it. */
function typeScriptForms(declarations: ReadonlyMap<string, string | null> | undefined): DeclarationForms {
  return {
    formOf: (name) => declarationForm(name, declarations?.get(name)),
    reads: 'interfaces, unions of named types or string literals, and arrays of one named type',
    importLine: (_name, module) => `import from '${module}'`,
  };
}

/** How many candidate pointers a line names at most. */
const MAX_CANDIDATES = 6;

/**
 * Each type of `names` (those no schema matched) told with why, from its shape (input.ts's `declaredShapes`), its
 * declaration's text, the spec's schemas and the schemas the other types already are (`found`).
 */
export function unmodelledTypes(
  /** (`key`: the matcher's, where it is not the name: type-keys.ts.) */
  unmatched: ReadonlyArray<{ name: string; module: string; path: string[]; key?: string }>,
  input: Pick<DerivedConfigInput, 'schemas' | 'typeShapes' | 'nestedSchemas' | 'typeDeclarations' | 'packageName'>,
  found: ReadonlyMap<string, string | null>,
  forms: DeclarationForms = typeScriptForms(input.typeDeclarations),
): UnmodelledType[] {
  const names = new StainlessNames();
  const pointer = (key: string) => (key.startsWith('#') ? key : `#/components/schemas/${key}`);
  const taken = new Set([...found.values()].filter((v): v is string => v !== null).map(pointer));
  return unmatched.map(({ name, module, path, key: typeKey }) => {
    const importedFrom = importPath(module, input.packageName ?? null);
    const importLine = forms.importLine(name, importedFrom);
    const shape = input.typeShapes.get(typeKey ?? name) ?? null;
    // (A type or null the matcher reads as a union of two types, which no union schema of the spec is.)
    const nullable = shape?.kind === 'union' && shape.members.includes('null');
    if (shape === null || shape.members.length === 0 || nullable) {
      const form = forms.formOf(name);
      return {
        name,
        importedFrom,
        importLine,
        kind: 'form',
        why:
          `its declaration is ${form}` +
          (nullable
            ? ': the matcher reads it as a union of the type and null, which no schema of the spec is (a nullable ' +
              "property's schema is the type's)"
            : `, which the matcher does not read (it reads ${forms.reads})`) +
          ": name its schema in the resource's `models`, or keep a declaration of your own",
        candidates: [],
      };
    }
    const all = candidatesFor(shape, input.schemas, input.nestedSchemas ?? [], found, names).map(pointer);
    // The likeliest first: one no other type is, then one holding more of its name's words, then the shortest.
    const wanted = words(name).map((w) => w.toLowerCase());
    const held = (c: string) => wanted.filter((w) => c.toLowerCase().includes(w)).length;
    const candidates = [...all].sort(
      (a, b) => Number(taken.has(a)) - Number(taken.has(b)) || held(b) - held(a) || a.length - b.length,
    );
    if (candidates.length === 0)
      return {
        name,
        importedFrom,
        importLine,
        kind: 'no-schema',
        why:
          (shape.kind === 'union' || shape.kind === 'array'
            ? `the spec has no ${shape.kind === 'union' ? 'union (oneOf, anyOf)' : 'array'} schema of its name or ` +
              `of its variants' schemas (${describeShape(shape)}${ofShape(shape, found)})`
            : `the spec has no schema of its name or its shape (${describeShape(shape)})`) +
          ": add it to the spec's components (or keep a declaration of your own for your users)",
        candidates: [],
      };
    const key = words(name)
      .map((w) => w.toLowerCase())
      .join('_');
    const at = path.length === 0 ? 'resources.$client' : `resources.${path.join('.subresources.')}`;
    const shown = candidates.slice(0, MAX_CANDIDATES);
    const more = candidates.length > shown.length ? ` (and ${candidates.length - shown.length} more)` : '';
    return {
      name,
      importedFrom,
      importLine,
      kind: 'several',
      why:
        `${candidates.length === 1 ? 'one schema is' : `${candidates.length} schemas are`} of its shape ` +
        `(${describeShape(shape)}${ofShape(shape, found)}), none certainly it` +
        `${all.some((c) => taken.has(c)) ? " (some are another type's model already)" : ''}: ` +
        `${shown.join(', ')}${more}; name the one it is in the resource's \`models\``,
      candidates,
      configLine: { at, line: `models: { ${key}: '${candidates[0]}' }` },
    };
  });
}

/** Why a union's schema is not certain: how many of its variants match no schema (the matcher allows few such). */
function ofShape(shape: Shape, found: ReadonlyMap<string, string | null>): string {
  if (shape.kind !== 'union' && shape.kind !== 'array') return '';
  // (By the matcher's keys where the declaration names a type api.md lists in several modules: type-keys.ts.)
  const unknown = shape.members.filter((member, i) => !found.get(shape.variants?.[i] ?? member));
  return unknown.length === 0
    ? ''
    : `; ${unknown.length} of its ${shape.members.length} variants match${unknown.length === 1 ? 'es' : ''} no schema`;
}

/** One line of the migrate report for the type. */
export function unmodelledLine(type: UnmodelledType): string {
  const paste = type.configLine ? ` Paste in ${type.configLine.at}: ${type.configLine.line}` : '';
  return `${type.name} (${type.importLine}): ${type.why}.${paste}`;
}

/** The module users import from: the package's path of the module api.md links (`src/` and `.ts` off). */
function importPath(module: string, packageName: string | null): string {
  const inPackage = module.replace(/^\.?\/?src\//, '').replace(/\.ts$/, '');
  return packageName ? `${packageName}/${inPackage}` : inPackage;
}

/** A shape in words: its kind and first members. */
function describeShape(shape: Shape): string {
  const listed = shape.members.slice(0, 6).join(', ') + (shape.members.length > 6 ? ', …' : '');
  const kind = {
    object: 'properties',
    enum: 'values',
    union: 'a union of',
    array: 'an array of',
    alias: 'an alias of',
  }[shape.kind];
  return `${kind} ${listed}`;
}

/**
 * The schemas (component keys, or nested pointers) a type of `shape` could be: of its members (and its literals, where
 * some have them), else those with every member and a few more (as schema-match.ts's `closestGrown` allows); for a
 * union or array, those of as many variants holding the schemas of the variants known.
 */
function candidatesFor(
  shape: Shape,
  schemas: DerivedConfigInput['schemas'],
  nested: readonly NestedSchema[],
  found: ReadonlyMap<string, string | null>,
  names: StainlessNames,
): string[] {
  const all = [...schemas, ...nested.map((n) => ({ key: n.pointer, name: '', shape: n.shape }))];
  const byLength = (keys: string[]) => [...new Set(keys)].sort((a, b) => a.length - b.length);
  if (shape.kind === 'union' || shape.kind === 'array') {
    const known = shape.members.flatMap((member, i) => {
      const schema = found.get(shape.variants?.[i] ?? member);
      return schema ? [names.model(schema)] : [];
    });
    if (known.length === 0) return [];
    return byLength(
      all
        .filter(
          (s) =>
            s.shape?.kind === shape.kind &&
            s.shape.members.length === shape.members.length &&
            known.every((model) => s.shape!.members.includes(model)),
        )
        .map((s) => s.key),
    );
  }
  // (Not one whose literal is another than the type's: `type=tool_uses` is no `type=thinking_turns`.)
  const same = all.filter((s) => s.shape && sameMembers(s.shape, shape) && !literalsDiffer(s.shape, shape));
  const sameDetail = same.filter((s) => s.shape?.detail?.join('\0') === shape.detail?.join('\0'));
  if (same.length > 0) return byLength((sameDetail.length > 0 ? sameDetail : same).map((s) => s.key));
  if (shape.kind !== 'object' || shape.members.length < 3) return [];
  const allowed = Math.max(2, Math.floor(shape.members.length / 5));
  return byLength(
    all
      .filter((s) => {
        if (s.shape?.kind !== 'object') return false;
        const members = new Set(s.shape.members);
        const extra = members.size - shape.members.length;
        return shape.members.every((m) => members.has(m)) && extra > 0 && extra <= allowed;
      })
      .map((s) => s.key),
  );
}

function sameMembers(a: Shape, b: Shape): boolean {
  return a.kind === b.kind && a.members.join('\0') === b.members.join('\0');
}

/**
 * Each type's declaration as its declaring module writes it (from `export … Name` to the end of its first line, and on
 * to its `;` for a type alias: a few hundred characters at most); null where none is found.
 */
export function typeDeclarations(types: ApiType[], text: (path: string) => string | null): Map<string, string | null> {
  const declarations = new Map<string, string | null>();
  for (const type of types) {
    const source = text(declaringModule(type.name, type.module.replace(/^\.\//, ''), text));
    const name = escapeRegExp(type.name);
    const declared =
      source &&
      (new RegExp(`^export (?:declare )?type ${name}\\b[\\s\\S]{0,2000}?;$`, 'm').exec(source)?.[0] ??
        new RegExp(
          `^export (?:declare )?(?:interface|type|namespace|class|const|function) ${name}\\b[^;{]*[;{]?`,
          'm',
        ).exec(source)?.[0]);
    declarations.set(type.name, declared ? declared.slice(0, 2000) : null);
  }
  return declarations;
}

/** What form of declaration `text` is, in words (`an intersection (\`A & B\`)`). */
export function declarationForm(name: string, text: string | null | undefined): string {
  if (!text) return 'nowhere the matcher looks (no `export interface` or `export type` of it in its module)';
  const quoted = (body: string) => {
    const flat = body.replace(/\s+/g, ' ').trim().replace(/;$/, '');
    return `\`${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}\``;
  };
  const kind = /^export (?:declare )?(\w+)/.exec(text)?.[1];
  if (kind === 'interface') {
    if (new RegExp(`interface ${escapeRegExp(name)}\\s*<`).test(text)) return 'a generic interface';
    const base = /\bextends ([^{]+)\{/.exec(text)?.[1]?.trim();
    return base
      ? `an interface extending ${base}, which is declared nowhere the matcher reads`
      : 'an interface with no properties';
  }
  if (kind !== 'type') return `a ${kind}`;
  const body = text.replace(new RegExp(`^export (?:declare )?type ${escapeRegExp(name)}\\s*(<[^=]*>)?\\s*=`), '');
  const generic = /^export (?:declare )?type [\w$]+\s*</.test(text);
  if (generic) return `a generic type alias (${quoted(body)})`;
  if (/^\s*\{/.test(body) && !/\|/.test(body)) return `an object type alias (${quoted(body)})`;
  if (/\(string & \{\}\)/.test(body)) return `a union open to any string (${quoted(body)})`;
  if (/&/.test(body)) return `an intersection (${quoted(body)})`;
  if (/\{/.test(body)) return `a union with an object written inline (${quoted(body)})`;
  if (/^\s*(?:Record|Partial|Omit|Pick|Array|Promise)</.test(body)) return `a mapped or generic type (${quoted(body)})`;
  if (/\|\s*null\s*;?\s*$/.test(body) && body.split('|').filter((v) => v.trim()).length === 2)
    return `a type or null (${quoted(body)})`;
  if (/\|/.test(body)) return `a union of literals and types together (${quoted(body)})`;
  if (/^\s*(?:string|number|boolean|unknown|null|object)\s*;?\s*$/.test(body))
    return `an alias of a primitive (${quoted(body)})`;
  if (/^\s*[\w$.]+\s*;?\s*$/.test(body)) return `an alias of another type (${quoted(body)})`;
  return `a type alias (${quoted(body)})`;
}
