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

const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * `root` with each moved model under a name a spec may give a component (its place's pointer tokens joined by `.`,
 * other characters `_`, made unique), and every `$ref` to it renamed: for a document sdkgen writes out (the package's
 * mock spec), which a mock server reads. Steady refuses the key no spec can have (a `#` inside a `$ref`'s fragment is
 * no JSON pointer). The objects on the way are copied, `root` is not changed; `root` itself when nothing was moved.
 */
export function withNestedModelsNamed(root: unknown): unknown {
  if (!isObject(root) || !isObject(root.components) || !isObject(root.components.schemas)) return root;
  const schemas = root.components.schemas;
  const taken = new Set(Object.keys(schemas));
  const renamed = new Map<string, string>();
  for (const key of Object.keys(schemas)) {
    if (!key.startsWith(HOISTED_PREFIX)) continue;
    const tokens = pointerTokens(key.slice(HOISTED_PREFIX.length));
    const place = tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens.slice(2) : tokens;
    const base = place.map((token) => token.replace(/[^A-Za-z0-9_-]/g, '_')).join('.') || 'model';
    let name = base;
    for (let n = 2; taken.has(name) || !COMPONENT_NAME.test(name); n++) name = `${base}_${n}`;
    taken.add(name);
    renamed.set(key, name);
  }
  if (renamed.size === 0) return root;
  const refs = new Map(
    [...renamed].map(([from, to]) => [
      `#/components/schemas/${escapePointerToken(from)}`,
      `#/components/schemas/${to}`,
    ]),
  );
  const renameRef = (ref: string): string => {
    for (const [from, to] of refs)
      if (ref === from || ref.startsWith(`${from}/`)) return `${to}${ref.slice(from.length)}`;
    return ref;
  };
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(visit);
      return items.some((item, i) => item !== value[i]) ? items : value;
    }
    if (!isObject(value)) return value;
    let copy: Obj | null = null;
    for (const [key, child] of Object.entries(value)) {
      const next = key === '$ref' && typeof child === 'string' ? renameRef(child) : visit(child);
      if (next !== child) (copy ??= { ...value })[key] = next;
    }
    return copy ?? value;
  };
  const visited = visit(root) as Obj;
  const components = visited.components as Obj;
  const named: Obj = {};
  for (const [key, schema] of Object.entries(components.schemas as Obj)) named[renamed.get(key) ?? key] = schema;
  return { ...visited, components: { ...components, schemas: named } };
}
