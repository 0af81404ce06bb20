/**
 * Arrays of plain objects under an "objects-only" patch to Stainless's multipart encoder (EncoderPatch.objectsOnly:
 * the object branch of `addFormValue` sends an object holding no file as one JSON part, the array branch left as
 * Stainless wrote it, `addFormValue(form, key + '[]', entry)`). Such an encoder sends an array of objects holding no
 * file as one JSON part per item, each under `key[]` (kernel-ts's `createForm`); sdkgen's methods send Stainless's
 * brackets there, `key[][name]` per property (the form Stainless's Python runtime sends too: `_serialize_multipartform`'s
 * `array_format="brackets"`), or, where the spec's `encoding` gives the field `application/json`, the whole array as
 * one JSON part. No OpenAPI `encoding` says "a JSON part per item under `key[]`", so neither the config's
 * `openapi.transformations` nor its `multipart_form` (createForm's form, not the methods') makes the methods send it:
 * migrate names each such field and what each side sends, and leaves the patch to a person.
 *
 * Hooks: reapply/multipart-covered.ts (`dropMultipartCovered`, `patchEncodingsNotice`).
 */
import { schemaTypeReaders } from '../../ir/multipart-encoding';
import type { Api, Method, Resource, TypeRef } from '../../ir/types';

/** One multipart method's array fields whose items the patch sent as JSON parts under `key[]`. */
export interface ArrayItemsAsJson {
  /** "POST /deployments". */
  method: string;
  fields: string[];
}

/** Each multipart method's body fields that are arrays of objects holding no file, under an objects-only patch. */
/** The parts of multipart-covered.ts' `EncoderPatch` read here (a type of its own: that module imports this one). */
interface ObjectsPatch {
  plainAsJson: boolean;
  objectsOnly?: true;
  keptBracketed?: string[];
}

export function arrayItemsAsJson(api: Api, patch: ObjectsPatch | null): ArrayItemsAsJson[] {
  if (patch === null || !patch.plainAsJson || patch.objectsOnly !== true) return [];
  const { deref, holdsFile } = schemaTypeReaders(api);
  const isObject = (type: TypeRef): boolean => {
    const t = deref(type);
    if (t.kind === 'union') {
      const variants = t.variants.filter((v) => deref(v).kind !== 'null');
      return variants.length > 0 && variants.every(isObject);
    }
    return t.kind === 'object' || t.kind === 'intersection';
  };
  const out: ArrayItemsAsJson[] = [];
  for (const method of methodsOf(api.resources)) {
    const body = method.body;
    if (body === null || body.encoding !== 'multipart' || body.shape !== 'fields') continue;
    const fields = (method.params?.fields ?? [])
      .filter((field) => field.in === 'body')
      .filter((field) => !(patch.keptBracketed ?? []).includes(field.wireName))
      .filter((field) => {
        const t = deref(field.type);
        return t.kind === 'array' && isObject(t.items) && !holdsFile(t);
      })
      .map((field) => field.wireName);
    if (fields.length > 0) out.push({ method: `${method.http.toUpperCase()} ${method.path}`, fields });
  }
  return out;
}

function methodsOf(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methodsOf(r.subresources)]);
}

/** What the report says of them: each field, what the patch sent, what sdkgen's methods send, why no entry helps. */
export function arrayItemsText(found: ArrayItemsAsJson[], hunks: string[] = []): string {
  const fields = found.map((f) => `${f.method} (${f.fields.join(', ')})`).join(', ');
  const example = found[0]?.fields[0] ?? 'key';
  return (
    `your patch to Stainless's multipart encoder sends an array of objects holding no file as one JSON part per item, ` +
    `under \`${example}[]\` (its array branch, \`key + '[]'\`, with an object item sent as JSON), for ${fields}; ` +
    `sdkgen's methods send such an array as Stainless's did, a \`${example}[][name]\` part per property (or, where ` +
    `the spec's \`encoding\` gives the field \`application/json\`, the whole array as one JSON part). No OpenAPI ` +
    '`encoding` says a JSON part per item, and `multipart_form` sets the form of `createForm` (internal/uploads), not ' +
    "the methods': if the API reads these fields only as your patch sent them, send them so from your own code " +
    '(`createForm` with `multipart_form: { json: objects }` sends an array of objects so)' +
    (hunks.length > 0
      ? `\n    your patch, as made to Stainless's file:\n${hunks.map((h) => h.trimEnd()).join('\n')}`
      : '')
  );
}
