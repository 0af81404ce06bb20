/**
 * A Stainless config's model may name a schema inside another by its JSON pointer (`models: { placement_group:
 * '#/components/schemas/create_response/properties/placement_group' }`, a query parameter's enum at
 * `#/paths/~1actions/get/parameters/0/schema`): Stainless declares it as a model of its own, used wherever that
 * place is. sdkgen moves such a schema into `components/schemas` under a key no spec can have (OpenAPI's keys are
 * `[A-Za-z0-9._-]`), leaving a `$ref` where it was, so the model is a component schema like any other.
 */
import { escapePointerToken, pointerTokens } from '../diagnostics';

const HOISTED_PREFIX = '$model:';

/** The component pointer a nested model's schema is moved to; null for a pointer of a component (or a top-level entry). */
export function nestedModelPointer(pointer: string): string | null {
  const tokens = pointerTokens(pointer);
  if (tokens.length <= 3) return null;
  return `#/components/schemas/${escapePointerToken(`${HOISTED_PREFIX}${pointer}`)}`;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Move each nested model's schema (`nested`, read through the root document's own `$ref`s) to its component pointer
 * (`ref`), a `$ref` to it left in its place with the description the place had. The deepest first, so one nested in
 * another stays where it is inside it. Returns the pointers that lead to no schema, for a warning.
 */
export function hoistNestedModels(root: unknown, models: ReadonlyArray<{ ref: string; nested?: string }>): string[] {
  const missing: string[] = [];
  const nested = [...new Map(models.flatMap((m) => (m.nested ? [[m.nested, m.ref] as const] : []))).entries()];
  nested.sort((a, b) => pointerTokens(b[0]).length - pointerTokens(a[0]).length);
  for (const [pointer, ref] of nested) {
    const tokens = pointerTokens(pointer);
    let parent: unknown = null;
    let value: unknown = root;
    for (const token of tokens) {
      value = followLocal(root, value);
      parent = value;
      value = Array.isArray(value)
        ? value[Number(token)]
        : isObject(value) && Object.hasOwn(value, token)
          ? value[token]
          : undefined;
    }
    const key = pointerTokens(ref)[2];
    if (!isObject(value) || typeof value.$ref === 'string' || !isObject(root)) {
      missing.push(pointer);
      continue;
    }
    const components = isObject(root.components) ? root.components : (root.components = {});
    const schemas = isObject(components.schemas) ? components.schemas : (components.schemas = {});
    schemas[key] = value;
    const place = typeof value.description === 'string' ? { $ref: ref, description: value.description } : { $ref: ref };
    const last = tokens[tokens.length - 1];
    if (Array.isArray(parent)) parent[Number(last)] = place;
    else (parent as Obj)[last] = place;
  }
  return missing;
}

/** The value a local `$ref` (`#/…`) leads to, followed to its end; any other value itself. */
function followLocal(root: unknown, value: unknown): unknown {
  const seen = new Set<unknown>();
  while (isObject(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#') && !seen.has(value)) {
    seen.add(value);
    let next: unknown = root;
    for (const token of pointerTokens(value.$ref))
      next = Array.isArray(next) ? next[Number(token)] : isObject(next) ? next[token] : undefined;
    value = next;
  }
  return value;
}
