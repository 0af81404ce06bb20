/**
 * Fields the owners added to Stainless's client class, or whose declaration they changed (turbopuffer: `compression:
 * boolean;` for their option, `readonly baseURL: string;`). Their carried constructor and methods set and read them,
 * so they go into sdkgen's client class too, each as the owners wrote it, `declare`d when it has no initializer: a
 * declaration only (sdkgen's core class or BaseClient may set the member; a field defined again would reset it to
 * undefined after `super`), whose type and `readonly` are then the subclass's own (its constructor may set a member
 * BaseClient has as read-only, as the owners' constructor did). A member BaseClient has as an accessor (`fetch`) is
 * not declared again: the class would not compile.
 */

/** Members of sdkgen's BaseClient that are accessors: a field of that name cannot be declared over them. */
const BASE_ACCESSORS = ['fetch', 'idempotencyHeader'];

export interface CarriedField {
  name: string;
  /** The declaration, as sdkgen's client class carries it (indented as a member). */
  text: string;
  /** The owners' line, and Stainless's (null: one they added). */
  theirs: string;
  stainless: string | null;
}

/** A field's declaration at a class member's indentation: `  [modifiers] name[?!]: type[ = value];` on one line. */
const FIELD =
  /^(\s+)((?:(?:public|protected|private|readonly|override|declare)\s+)*)([A-Za-z_$][\w$]*)([?!]?)\s*:\s*([^=;()]+?)(\s*=\s*[^;]+)?;\s*$/;

/** The fields of `className` (name → its line), at the indentation of its first member. */
export function classFields(text: string, className: string): Map<string, string> {
  const lines = text.split('\n');
  const start = lines.findIndex((line) =>
    new RegExp(`^export\\s+(?:abstract\\s+)?class\\s+${className}\\b`).test(line),
  );
  const fields = new Map<string, string>();
  if (start < 0) return fields;
  const indent = /^\s*/.exec(lines.slice(start + 1).find((line) => line.trim() !== '') ?? '')![0];
  for (const line of lines.slice(start + 1)) {
    if (/^}\s*$/.test(line)) break;
    const match = FIELD.exec(line);
    if (match === null || match[1] !== indent || /\bstatic\b/.test(match[2])) continue;
    fields.set(match[3], line);
  }
  return fields;
}

/** The fields of `className` the owners added or changed (`base` → `current`), as sdkgen's client class carries them. */
export function carriedFields(base: string, current: string, className: string): CarriedField[] {
  const [stainless, theirs] = [classFields(base, className), classFields(current, className)];
  const carried: CarriedField[] = [];
  for (const [name, line] of theirs) {
    const before = stainless.get(name) ?? null;
    if (before !== null && normal(before) === normal(line)) continue;
    if (BASE_ACCESSORS.includes(name)) continue;
    const [, indent, modifiers, , mark, type, initializer] = FIELD.exec(line)!;
    const kept = modifiers.replace(/\b(?:override|declare)\s+/g, '');
    const text = initializer
      ? `${indent}${kept}${name}${mark}: ${type.trim()}${initializer};`
      : `${indent}declare ${kept}${name}${mark === '!' ? '' : mark}: ${type.trim()};`;
    carried.push({ name, text, theirs: line, stainless: before });
  }
  return carried;
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
