/** A class's field as the types printer writes it (print-types.ts): its annotation and its value. */
import type { Property } from '../../../ir/types';
import { pyString } from '../docs/print-doc';
import type { PySide } from './py-type-index';
import { isNullable } from './type-shapes';

/** What writing a field asks of its module: imports, and its form of `X or None`. */
export interface FieldModule {
  importFrom(module: string, name: string): string;
  use(name: string): string;
  importPlain(statement: string): void;
  orNone(annotation: string): string;
}

/**
 * The field `field` of `property` (its wire key), of type `annotation`: a TypedDict's key (`Required[...]` where
 * required, its wire key in `PropertyInfo(alias=...)` where it differs) or a model's field (`Optional[...] = None`
 * where it may be absent, its wire key in `FieldInfo(alias=...)`). Value null: none.
 */
export function fieldLine(
  out: FieldModule,
  field: string,
  property: Property,
  annotation: string,
  side: PySide,
): { annotation: string; value: string | null } {
  const aliased = field !== property.key;
  if (side === 'param') {
    let type = annotation;
    if (aliased) {
      out.importFrom('_utils/__init__', 'PropertyInfo');
      // One `PropertyInfo` with both the alias and the format of an annotated type (a date).
      const annotated = /^Annotated\[(.*), PropertyInfo\(([^()]*)\)\]$/s.exec(type);
      type = annotated
        ? `Annotated[${annotated[1]}, PropertyInfo(alias=${pyString(property.key)}, ${annotated[2]})]`
        : `${out.use('Annotated')}[${type}, PropertyInfo(alias=${pyString(property.key)})]`;
    }
    if (property.required) type = `${out.use('Required')}[${type}]`;
    return { annotation: type, value: null };
  }
  const optional = !property.required || isNullable(property.type);
  const type = optional ? out.orNone(annotation) : annotation;
  if (aliased) {
    out.importPlain('from pydantic import Field as FieldInfo');
    const defaultPart = optional ? ', default=None' : '';
    return { annotation: type, value: `FieldInfo(alias=${pyString(property.key)}${defaultPart})` };
  }
  return { annotation: type, value: optional ? 'None' : null };
}
