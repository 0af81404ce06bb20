/**
 * Method params where a body is one of several objects, or where only headers join the path's: what decides the
 * params TypedDict, its name and the `@overload` annotations (build-model.ts).
 */
import { pyIdentifier, pyStreamingParamsName } from '../../../naming/python';
import type { Api, Method, Param, Resource, TypeRef } from '../../../ir/types';
import type { PyMethod, PyParam } from '../types/model';

type Overloads = NonNullable<PyMethod['overloads']>;

/** A param that makes a params TypedDict: a query, body or cookie one, or a header of an inline object type. */
export function makesParamsType(field: Param): boolean {
  return field.in !== 'path' && (field.in !== 'header' || declaresInline(field.type));
}

/** The params TypedDict's name: the IR's, but a dual-mode method's after the method (see pyStreamingParamsName). */
export function paramsTypeName(method: Method, settled: string, owner: Resource, api: Api): string {
  if (!method.streamWhen) return settled;
  return pyStreamingParamsName(settled, owner.singular, method.name, new Set(api.schemas.map((s) => s.name)));
}

/** A type the params module would declare a class for: an inline object, at any depth. */
function declaresInline(type: TypeRef): boolean {
  switch (type.kind) {
    case 'array':
      return declaresInline(type.items);
    case 'tuple':
      return [...type.items, ...(type.rest ? [type.rest] : [])].some(declaresInline);
    case 'union':
      return type.variants.some(declaresInline);
    case 'object':
    case 'intersection':
      return true;
    default:
      return false;
  }
}

/**
 * Each variant's params by their final names, required as that variant says. A param whose annotation differs
 * between the variants (a discriminator's literal, or each variant's own nested class) keeps each variant's own
 * annotation there, and the implementation takes the union of them (`Literal["S3"] | Literal["GCS"]`).
 */
export function variantOverloads(
  variants: Array<{ fields: Param[] }>,
  params: PyParam[],
  toParam: (field: Param) => PyParam,
): Overloads {
  const requiredHere = (field: Param) =>
    field.required && field.fixedValue === undefined && field.clientDefault === undefined;
  const overloads: Overloads = variants.map((variant) =>
    variant.fields
      .filter((field) => field.in !== 'path')
      .map((field) => {
        const merged = params.find((p) => p.wireName === field.wireName && p.in === field.in);
        // Its own annotation where it differs from the merged param's: a discriminator's literal, or a class the
        // params module declared for this variant's object (`Gen4TurboPromptImagePromptImage`), however alike.
        const mine = merged ? toParam(field) : null;
        const own = mine && mine.annotation !== merged!.annotation ? mine : null;
        return {
          name: merged?.name ?? pyIdentifier(field.wireName),
          required: requiredHere(field),
          // The variant's own words: a key several variants share may be described in some of them alone.
          description: field.docs.description ?? '',
          ...(own ? { annotation: own.annotation, moduleAnnotation: own.moduleAnnotation, type: own.type } : {}),
        };
      }),
  );
  for (const param of params) {
    const each = overloads.flatMap((only) => only.filter((p) => p.name === param.name));
    if (!each.some((p) => p.annotation)) continue;
    for (const p of each)
      if (!p.annotation)
        Object.assign(p, { annotation: param.annotation, moduleAnnotation: param.moduleAnnotation, type: param.type });
    param.annotation = [...new Set(each.map((p) => p.annotation!))].join(' | ');
    param.moduleAnnotation = [...new Set(each.map((p) => p.moduleAnnotation ?? p.annotation!))].join(' | ');
  }
  return overloads;
}
