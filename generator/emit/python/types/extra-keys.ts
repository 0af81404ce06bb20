/**
 * Classes whose objects take keys they do not declare (`additionalProperties` beside declared properties), in the
 * forms of the era (stainless/python-type-era.ts). A model says so to type checkers, and types the extra keys' values where
 * its generation typed them; a TypedDict (a nested or named params class: a method's own params take no extra keys)
 * is a union with a plain dict, or declares its extra items (PEP 728), later with a pyright pragma on them.
 */
import type { TypeRef } from '../../../ir/types';
import type { StainlessPythonTypeForms } from '../../../stainless/python-type-era';
import { fits } from '../py-layout';

/** The type of the extra keys' values of a class of `parts` (its own objects'), or null where it takes none. */
export function extraKeysType(parts: TypeRef[]): TypeRef | null {
  for (const part of parts) if (part.kind === 'object' && part.additional && !part.closed) return part.additional;
  return null;
}

/** The names a model's extra-keys block uses, as its module imports them. */
export interface ExtraKeysNames {
  typeChecking(): string;
  dict(): string;
  fieldInfo(): string;
}

const PRAGMA_OVERRIDE = '  # pyright: ignore[reportIncompatibleVariableOverride]';
/** What a model's `__getattr__` stub tells a reader (our wording). */
const GETATTR_NOTE = [
  '# Keys beyond the declared fields are read as attributes (this stub types them for checkers).',
  '# A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.',
];
const PYDANTIC_28_NOTE = [
  '# Declared for type checkers only: assigning this field at runtime fails on',
  '# Pydantic releases before 2.8.0.',
];

/**
 * The lines closing a model's body (4-space indent) for extra keys of values `value` (an annotation), and whether
 * they are in Ruff's layout. `names` is asked only for what the era's form uses (each import is added on asking).
 */
export function modelExtraKeysLines(
  forms: StainlessPythonTypeForms,
  value: string,
  names: ExtraKeysNames,
): { lines: string[]; inRuffLayout: boolean } {
  const typeChecking = names.typeChecking();
  const stub = (indent: string) => [
    ...GETATTR_NOTE.map((line) => indent + line),
    `${indent}def __getattr__(self, attr: str) -> ${value}: ...`,
  ];
  const declared = (indent: string) =>
    `${indent}__pydantic_extra__: ${names.dict()}[str, ${value}] = ${names.fieldInfo()}(init=False)`;
  let lines: string[];
  if (forms.modelExtraKeys === 'stub') lines = [`    if ${typeChecking}:`, ...stub('        ')];
  else if (forms.modelExtraKeys === 'declared')
    lines = [declared('    ') + PRAGMA_OVERRIDE, `    if ${typeChecking}:`, ...stub('        ')];
  else
    lines = [
      `    if ${typeChecking}:`,
      ...PYDANTIC_28_NOTE.map((line) => `        ${line}`),
      declared('        ') + PRAGMA_OVERRIDE,
      '',
      ...stub('        '),
      '    else:',
      `        __pydantic_extra__: ${names.dict()}[str, ${value}]`,
    ];
  // (Ruff leaves a pragma comment out of a line's length, and never touches the notes.)
  const code = lines.filter((line) => !/^\s*#/.test(line)).map((line) => line.replace(PRAGMA_OVERRIDE, ''));
  return { lines, inRuffLayout: code.every(safeFits) };
}

/**
 * The header of a TypedDict that takes extra items of values `value` (`extra_items=…`: the forms since PEP 728's),
 * `args` its bases and keywords, and whether it is in Ruff's layout (not where a line is too long).
 */
export function paramsExtraItemsHeader(
  forms: StainlessPythonTypeForms,
  name: string,
  args: string[],
  value: string,
): { lines: string[]; inRuffLayout: boolean } {
  const callArg = '  # type: ignore[call-arg]';
  if (forms.paramsExtraKeys !== 'extra-items-pragma') {
    const line = `class ${name}(${[...args, `extra_items=${value}`].join(', ')}):`;
    return { lines: [line + callArg], inRuffLayout: safeFits(line) };
  }
  // (The comment inside the brackets keeps them split, one argument a line.)
  const lines = [
    `class ${name}(${callArg}`,
    ...args.map((arg) => `    ${arg},`),
    `    extra_items=${value},  # pyright: ignore[reportGeneralTypeIssues]`,
    '):',
  ];
  return { lines, inRuffLayout: lines.every((line) => safeFits(line.replace(/ {2}# .*$/, ''))) };
}

function safeFits(line: string): boolean {
  try {
    return fits(line);
  } catch {
    return false;
  }
}
