/**
 * Owners' patches to Stainless's multipart encoder (`addFormValue` in `src/internal/uploads.ts`): told by what their
 * lines do, judged against what sdkgen's SDK sends. Stainless's encoder sends nested values under bracketed keys
 * (`files[]`, `meta[owner]`); an owner who needs another form patches it, most often so that a value holding no file
 * is one JSON part and an array of files repeats the field's own name. sdkgen's SDK sends each part as the spec's
 * `encoding` says (generator/ir/multipart-encoding.ts): where it says so for every part the patch changes, the patch
 * is done by sdkgen; where it does not, the report names the `encoding` entries to add, as an `openapi.transformations`
 * entry of the Stainless config (the spec stays as it is published).
 *
 * Hooks: generator/api/migrate.ts, on the TypeScript plan with the IR it was generated from
 * (`dropMultipartCovered(plan.rejected, plan.doneBySdkgen, result.api, plan.needsHand)`);
 * generator/migrate/repository/imports.ts: `stainlessInternalAdvice(specifier, names)` after its "does not export".
 */
import yaml from 'js-yaml';
import { schemaTypeReaders } from '../../ir/multipart-encoding';
import type { Api, Method, Param, Resource, TypeRef } from '../../ir/types';
import { changedLines } from './changed-lines';
import { encoderFormOf } from './encoder-branches';
import { arrayItemsAsJson, arrayItemsText } from './multipart-array-items';
import { inPackageMatching } from '../../emit/python/package-root';

/** What an owners' patch to Stainless's encoder makes it do, as told by its changed lines. */
export interface EncoderPatch {
  /** A nested value holding no file is sent as one part, its JSON text (`form.append(key, JSON.stringify(value))`). */
  plainAsJson: boolean;
  /** The items of an array holding files are parts under the field's own name (`addFormValue(form, key, entry)`). */
  fileArraysRepeat: boolean;
  /**
   * The JSON part is an object's alone: the patch left Stainless's array branch (`key + '[]'`) as it was, so an array
   * is still `key[]` parts, an item that is an object holding no file a JSON part there (kernel's); absent: arrays too.
   */
  objectsOnly?: true;
  /**
   * Fields the patch keeps under Stainless's bracketed keys whatever they hold, by name (kernel's `const
   * shouldAlwaysFlatten = key === 'env_vars'; if (!shouldAlwaysFlatten && …) { form.append(key, JSON.stringify(…)) }`);
   * absent: none.
   */
  keptBracketed?: string[];
}

/**
 * Stainless's bracketed keys: in TypeScript `key + '[]'`, `` `${key}[]` ``, `` `${key}[${name}]` ``; in Python,
 * `_extract_items`'s `flattened_key + "[]"` (a file array's entries) and `_serialize_multipartform`'s
 * `array_format="brackets"` (the other values).
 */
const BRACKETED_KEY =
  /\bkey\s*\+\s*['"]\[\]['"]|\$\{key\}\[(?:\$\{\w+\})?\]|\bflattened_key\s*\+\s*['"]\[\]['"]|\barray_format\s*=\s*['"]brackets['"]/;
/** Stainless's array branch in TypeScript: `addFormValue(form, key + '[]', entry)`. */
const ARRAY_BRACKET = /\bkey\s*\+\s*['"]\[\]['"]|\$\{key\}\[\]/;
/** Stainless's object branch in TypeScript: `` addFormValue(form, `${key}[${name}]`, prop) ``. */
const OBJECT_BRACKET = /\$\{key\}\[\$\{\w+\}\]/;
/** A value sent as its JSON text: `form.append(key, JSON.stringify(…))`, Python's `json.dumps(value)`. */
const JSON_PART = /\.append\(\s*key\s*,\s*JSON\.stringify\(|\bjson\.dumps\(\s*value\b/;
/** An array's item under the field's own key: `addFormValue(form, key, entry)`, `files.append((flattened_key, …))`. */
const BARE_KEY_ITEM = /\b\w*[Ff]orm\w*\(\s*form\s*,\s*key\s*,|\bfiles\.append\(\(\s*flattened_key\s*,/;
/**
 * A hunk inside Stainless's encoder, told by the encoder's names on its lines or around them (a hunk's header has no
 * function name in migrate's hunks): part of the patch whatever it changes (`result = _extract_items(…)`).
 */
const ENCODER_CONTEXT = /\b(?:addFormValue|_extract_items|flattened_key|_serialize_multipartform)\b/;

/** The patch a hunk's (or an edit's) changed lines make to Stainless's multipart encoder, or null if none. */
export function encoderPatchOf(removed: string[], added: string[]): EncoderPatch | null {
  if (!removed.some((line) => BRACKETED_KEY.test(line))) return null;
  const plainAsJson = added.some((line) => JSON_PART.test(line));
  const fileArraysRepeat = added.some((line) => BARE_KEY_ITEM.test(line));
  const kept = plainAsJson ? keptBracketed(added) : [];
  // The object branch rewritten, the array branch not: only objects go to JSON.
  const objectsOnly =
    plainAsJson &&
    removed.some((line) => OBJECT_BRACKET.test(line)) &&
    !removed.some((line) => ARRAY_BRACKET.test(line));
  return plainAsJson || fileArraysRepeat
    ? {
        plainAsJson,
        fileArraysRepeat,
        ...(objectsOnly ? { objectsOnly: true as const } : {}),
        ...(kept.length > 0 ? { keptBracketed: kept } : {}),
      }
    : null;
}

/** A field name compared with the encoder's `key`: `key === 'env_vars'`, `'env_vars' === key` (and `!==`). */
const KEY_COMPARED = /\bkey\s*(===|!==|==|!=)\s*(['"])([^'"]+)\2|(['"])([^'"]+)\4\s*(===|!==|==|!=)\s*key\b/g;

/**
 * The field names a patch's added lines exempt from sending a value as JSON: compared unequal to `key` in a condition
 * (`key !== 'env_vars'`), or equal in a flag (`const flat = key === 'env_vars'`) that a condition negates (`!flat`).
 */
function keptBracketed(added: string[]): string[] {
  const names = new Set<string>();
  // The names compared with `key` by `!=`/`!==` (unequal) or by `==`/`===`.
  const compared = (text: string, unequal: boolean) => {
    for (const m of text.matchAll(KEY_COMPARED))
      if ((m[1] ?? m[6]).startsWith('!') === unequal) names.add(m[3] ?? m[5]);
  };
  for (const line of added) {
    const flag = /^\s*(?:const|let|var)\s+([\w$]+)\s*=\s*(.*)$/.exec(line);
    if (
      flag !== null &&
      added.some((l) => /^\s*(?:if|else if|\}\s*else if)\b|\?/.test(l) && new RegExp(`!\\s*${flag[1]}\\b`).test(l))
    )
      compared(flag[2], false);
    if (/^\s*(?:\}\s*)?(?:else\s+)?if\s*\(/.test(line)) compared(line, true);
  }
  return [...names];
}

/** One multipart body's parts the patch sends its own way, with where its media type is in the spec. */
export interface PatchedParts {
  /** "POST /create-knowledge-base". */
  method: string;
  /** The JSON pointer of the request body (its `content` holds the media type). */
  pointer: string;
  mediaType: string;
  /** Parts the patch sends as JSON that sdkgen does not (yet). */
  json: string[];
  /** Array parts the patch repeats under their own name that sdkgen does not (yet). */
  repeat: string[];
}

/** Every multipart method of the API, with the parts the patch would send otherwise than sdkgen's SDK does. */
export function partsNotCovered(api: Api, patch: EncoderPatch): PatchedParts[] {
  const { deref, holdsFile } = schemaTypeReaders(api);
  const nested = (type: TypeRef): 'array' | 'object' | null => {
    const t = deref(type);
    if (t.kind === 'array' || t.kind === 'tuple') return 'array';
    if (t.kind === 'object' || t.kind === 'intersection') return 'object';
    if (t.kind === 'union') {
      const kinds = new Set(t.variants.filter((v) => deref(v).kind !== 'null').map(nested));
      return kinds.size === 1 ? [...kinds][0]! : null;
    }
    return null;
  };
  const out: PatchedParts[] = [];
  for (const method of methodsOf(api.resources)) {
    const body = method.body;
    if (body === null || body.encoding !== 'multipart' || body.shape !== 'fields') continue;
    const json: string[] = [];
    const repeat: string[] = [];
    for (const field of bodyFields(method)) {
      const kind = nested(field.type);
      if (kind === null) continue;
      const files = holdsFile(field.type);
      // sdkgen's own (OpenAPI's) defaults, without a Stainless config: objects and arrays of objects as JSON, arrays of
      // scalars or files repeating the field; with one, Stainless's brackets unless the spec's `encoding` says more.
      const openapiDefaults = api.multipartNested === 'json';
      const bracketed = patch.keptBracketed?.includes(field.wireName) ?? false;
      // (An objects-only patch sends an array as Stainless did, `key[]`: not as one JSON part.)
      const asJson = patch.plainAsJson && !(patch.objectsOnly && kind === 'array');
      if (!files && asJson && !bracketed && !body.jsonParts.includes(field.wireName)) {
        const itemsAreObjects = kind === 'object' || nestedItems(deref(field.type), deref) === 'object';
        if (!(openapiDefaults && itemsAreObjects)) json.push(field.wireName);
      }
      if (files && kind === 'array' && patch.fileArraysRepeat && !(body.repeatParts ?? []).includes(field.wireName)) {
        if (!openapiDefaults) repeat.push(field.wireName);
      }
    }
    if (json.length > 0 || repeat.length > 0)
      out.push({
        method: `${method.http.toUpperCase()} ${method.path}`,
        pointer: body.source.pointer,
        mediaType: body.contentType,
        json,
        repeat,
      });
  }
  return out;
}

/** Whether an array's items are objects (`object`) or not (null). */
function nestedItems(type: TypeRef, deref: (t: TypeRef) => TypeRef): 'object' | null {
  if (type.kind !== 'array') return null;
  const items = deref(type.items);
  return items.kind === 'object' || items.kind === 'intersection' ? 'object' : null;
}

function methodsOf(resources: Resource[]): Method[] {
  return resources.flatMap((r) => [...r.methods, ...methodsOf(r.subresources)]);
}

function bodyFields(method: Method): Param[] {
  return (method.params?.fields ?? []).filter((p) => p.in === 'body');
}

/** A JSON pointer (`#/paths/~1kb/post/requestBody`) as a JSONPath of the Stainless config's transforms. */
function jsonPath(pointer: string, mediaType: string): string {
  const tokens = pointer
    .replace(/^#?\/?/, '')
    .split('/')
    .filter((t) => t !== '')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const step = (t: string) => (/^[A-Za-z_$][\w$]*$/.test(t) ? `.${t}` : `['${t.replace(/'/g, "\\'")}']`);
  return `$${[...tokens, 'content', mediaType].map(step).join('')}`;
}

/** The `openapi.transformations` entries (YAML, indented for the config) giving the spec the patch's encoding. */
export function encodingTransformations(parts: PatchedParts[]): string {
  const lines = ['openapi:', '  transformations:'];
  for (const p of parts) {
    lines.push('    - command: merge', '      args:', `        target: "${jsonPath(p.pointer, p.mediaType)}"`);
    lines.push('        value:', '          encoding:');
    for (const name of p.json) lines.push(`            ${yamlKey(name)}: { contentType: application/json }`);
    for (const name of p.repeat) lines.push(`            ${yamlKey(name)}: { style: form, explode: true }`);
  }
  return lines.join('\n');
}

function yamlKey(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
}

/** What sdkgen's SDK does in the patch's place, as the report says it. */
export const MULTIPART_DOES =
  "multipart parts are sent as the spec's `encoding` says: a part whose contentType is JSON as one JSON part, an " +
  'array part of `style: form` a part per item under its own name (not `name[]`), for every part this patch changes';
/** The test that shows it (`test/<file> › <title>`, as the migrate report names tests). */
export const MULTIPART_TEST =
  'test/multipart-encoding-sdk.test.ts › TypeScript: JSON parts whole, file parts under `files`, the rest bracketed';

export const MULTIPART_PYTHON_TEST = 'test/multipart-encoding-sdk.test.ts › Python: the same parts';

/** What sdkgen's `createForm` does in the place of a patch that gave Stainless's its own form (patchHelperForm). */
const MULTIPART_FORM_DOES =
  "and `createForm` at `internal/uploads` sends values as the patch had Stainless's send them (the config's " +
  '`targets.typescript.options.multipart_form`)';
const MULTIPART_FORM_TEST =
  "test/multipart-form-option-sdk.test.ts › createForm sends an object holding no file as JSON, arrays and `env_vars` under Stainless's brackets";

/** Files of Stainless's multipart encoder: TypeScript's `internal/uploads.ts`; Python's `_utils/_utils.py` and client, in its package. */
const ENCODER_FILE = /(?:^|\/)src\/(?:internal\/)?uploads\.ts$/;
const PYTHON_ENCODER_FILE = /^(?:_utils\/_utils|_base_client)\.py$/;

/**
 * The owners' patch to Stainless's multipart encoder, told by what their files of it have that Stainless's (the base)
 * has not, and the reverse; null when they did not patch it.
 */
export function ownersEncoderPatch(
  current: Array<{ path: string; text: string | null }>,
  baseText: (path: string) => string | undefined,
  pythonPackage: string | null,
): EncoderPatch | null {
  const found: EncoderPatch = { plainAsJson: false, fileArraysRepeat: false };
  for (const file of current) {
    const encoder =
      ENCODER_FILE.test(file.path) ||
      (pythonPackage !== null && inPackageMatching(file.path, pythonPackage, PYTHON_ENCODER_FILE));
    const stainless = encoder && file.text !== null ? baseText(file.path) : undefined;
    if (stainless === undefined || stainless === file.text) continue;
    const [theirs, ours] = [new Set(stainless.split('\n')), new Set(file.text!.split('\n'))];
    const patch = encoderPatchOf(
      [...theirs].filter((line) => !ours.has(line)),
      [...ours].filter((line) => !theirs.has(line)),
    );
    found.plainAsJson ||= patch?.plainAsJson ?? false;
    found.fileArraysRepeat ||= patch?.fileArraysRepeat ?? false;
    // (Objects alone as JSON, arrays still `key[]`: read from the function's branches where they read, which a patch
    // that rewrote the whole function leaves as they were; else from the changed lines.)
    const form = ENCODER_FILE.test(file.path) && patch?.plainAsJson ? encoderFormOf(file.text!) : null;
    const objectsOnly =
      form?.arrays != null && form.objects != null
        ? form.objects === 'json' && form.arrays === 'brackets'
        : patch?.objectsOnly === true;
    if (objectsOnly) found.objectsOnly = true;
    if (patch?.keptBracketed) found.keptBracketed = [...(found.keptBracketed ?? []), ...patch.keptBracketed];
  }
  return found.plainAsJson || found.fileArraysRepeat ? found : null;
}

/**
 * The form the owners' patched encoder gave Stainless's `createForm` (what their hand-written code and tests call with
 * a body alone), where sdkgen's generic encoder would not choose it from the spec: objects alone as JSON, or fields
 * kept bracketed by name. Null otherwise (no patch, or one whose form the spec's `encoding` gives the SDK).
 */
export function patchHelperForm(
  patch: EncoderPatch | null,
): { json: 'objects' | 'values'; bracketed: string[] } | null {
  if (patch === null || !patch.plainAsJson) return null;
  const bracketed = patch.keptBracketed ?? [];
  if (!patch.objectsOnly && bracketed.length === 0) return null;
  return { json: patch.objectsOnly ? 'objects' : 'values', bracketed };
}

/** What migrate says of the config entries withPatchEncodings wrote (for `patch`, judged against `api`). */
export function patchEncodingsNotice(api: Api, patch: EncoderPatch | null, typescript: boolean): string {
  const form = typescript ? patchHelperForm(patch) : null;
  return [
    ...(patch !== null && partsNotCovered(api, patch).length > 0
      ? ["`openapi.transformations` give the spec the multipart `encoding` your patch to Stainless's encoder sent"]
      : []),
    ...(form === null
      ? []
      : [
          '`targets.typescript.options.multipart_form` has `createForm` (internal/uploads) send values as your ' +
            `patch did: ${form.json === 'objects' ? 'an object' : 'a value'} holding no file as one JSON part` +
            (form.bracketed.length > 0 ? `, ${form.bracketed.join(', ')} under bracketed keys` : ''),
        ]),
    ...(typescript && arrayItemsAsJson(api, patch).length > 0
      ? [
          "its methods still send an array of objects as Stainless's did, not a JSON part per item as your patch " +
            'did (' +
            arrayItemsAsJson(api, patch)
              .flatMap((f) => f.fields)
              .join(', ') +
            '; see the report)',
        ]
      : []),
  ].join('; ');
}

/**
 * A config migrate writes itself (never the owners'), with the `openapi.transformations` entries that make the SDK send
 * the parts as the owners' encoder patch did, and, for a TypeScript SDK, the form the patch gave `createForm`
 * (`targets.typescript.options.multipart_form`, patchHelperForm); null when the patch needs neither. Where the config
 * has an `openapi` section already (the transformations that keep renamed routes' parameter names,
 * derived-config/route-names.ts), the entries go after its own, and the rest of the file stays as written.
 */
export function withPatchEncodings(
  configText: string,
  api: Api,
  patch: EncoderPatch | null,
  typescript = true,
): string | null {
  const missing = patch === null ? [] : partsNotCovered(api, patch);
  const form = typescript ? patchHelperForm(patch) : null;
  if (missing.length === 0 && form === null) return null;
  const encoded = missing.length === 0 ? configText : withTransformations(configText, missing);
  if (encoded === null) return null;
  return form === null ? encoded : withHelperForm(encoded, form);
}

function withTransformations(configText: string, missing: PatchedParts[]): string | null {
  const said =
    "# Your patch to Stainless's multipart encoder sent these parts so; the spec's `encoding` now says it.\n";
  const block = /^openapi\s*:.*\n(?:(?:[ \t]+\S.*|[ \t]*)(?:\n|$))*/m.exec(configText);
  if (block === null) return `${configText.trimEnd()}\n\n${said}${encodingTransformations(missing)}\n`;
  const own = (yaml.load(block[0]) as { openapi?: unknown } | undefined)?.openapi ?? {};
  if (!isObject(own) || !(own.transformations === undefined || Array.isArray(own.transformations))) return null;
  const added = (yaml.load(encodingTransformations(missing)) as { openapi: { transformations: unknown[] } }).openapi;
  const openapi = {
    ...own,
    transformations: [...((own.transformations as unknown[]) ?? []), ...added.transformations],
  };
  const written = yaml.dump({ openapi }, { lineWidth: -1, noRefs: true, quotingType: "'" });
  const at = block.index;
  return `${configText.slice(0, at)}${said}${written}${configText.slice(at + block[0].length)}`;
}

/**
 * The config with `multipart_form` under its TypeScript target's `options` (`targets.typescript`, or the legacy
 * `targets.node` it has), a target made where it has none; the rest of the file as written.
 */
function withHelperForm(configText: string, form: { json: 'objects' | 'values'; bracketed: string[] }): string {
  const said =
    "# Your patch to Stainless's multipart encoder: `multipart_form` has `createForm` send values as it did.\n";
  const block = /^targets\s*:.*\n(?:(?:[ \t]+\S.*|[ \t]*)(?:\n|$))*/m.exec(configText);
  const own = block === null ? {} : ((yaml.load(block[0]) as { targets?: unknown } | undefined)?.targets ?? {});
  if (!isObject(own)) return configText;
  const kind = own.typescript === undefined && own.node !== undefined ? 'node' : 'typescript';
  const target = isObject(own[kind]) ? own[kind] : {};
  const options = isObject(target.options) ? target.options : {};
  const multipartForm = { json: form.json, ...(form.bracketed.length > 0 ? { bracketed: form.bracketed } : {}) };
  if (JSON.stringify(options.multipart_form) === JSON.stringify(multipartForm)) return configText;
  const targets = { ...own, [kind]: { ...target, options: { ...options, multipart_form: multipartForm } } };
  const written = said + yaml.dump({ targets }, { lineWidth: -1, noRefs: true, quotingType: "'" });
  if (block === null) return `${configText.trimEnd()}\n\n${written}`;
  return `${configText.slice(0, block.index)}${written}${configText.slice(block.index + block[0].length)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The rejected hunks without the owners' patches to Stainless's multipart encoder: a patch sdkgen's SDK makes needless
 * is listed in `doneBySdkgen` (with the test that shows it); one it does not cover yet goes to `needsHand` as one item
 * of its file, saying which parts and the config entries that cover them, followed by the patch's hunks.
 */
export function dropMultipartCovered(
  rejected: Array<{ path: string; hunks: string[] }>,
  doneBySdkgen: Array<{ path: string; does: string; test: string }>,
  api: Api | null,
  needsHand: Array<{ path: string; reason: string }>,
): Array<{ path: string; hunks: string[] }> {
  if (api === null) return rejected;
  return rejected
    .map(({ path, hunks }) => {
      // The file's hunks judged together: one edit of `addFormValue` is often split in two by the re-application.
      const lines = hunks.map(changedLines);
      const patch = encoderPatchOf(
        lines.flatMap((l) => l.removed),
        lines.flatMap((l) => l.added),
      );
      if (patch === null) return { path, hunks };
      const patchHunks = hunks.filter((hunk) => {
        const { removed, added } = changedLines(hunk);
        return (
          ENCODER_CONTEXT.test(hunk) ||
          removed.some((line) => BRACKETED_KEY.test(line)) ||
          encoderPatchOf(removed, added) !== null
        );
      });
      const missing = partsNotCovered(api, patch);
      const python = path.endsWith('.py');
      // The form the patch gave `createForm`, which sdkgen's has where the config's `multipart_form` says it.
      const form = python ? null : patchHelperForm(patch);
      const formSet = form !== null && JSON.stringify(api.multipartForm) === JSON.stringify(form);
      // (Arrays of objects the patch sent as a JSON part per item, which no entry makes the methods send: named.)
      const items = python ? [] : arrayItemsAsJson(api, patch);
      const advised = missing.length > 0 || (form !== null && !formSet);
      if (advised) needsHand.push({ path, reason: adviceText(missing, patchHunks, formSet ? null : form) });
      // (The patch's hunks follow the first item about it.)
      if (items.length > 0)
        needsHand.push({ path, reason: arrayItemsText(items, advised ? [] : patchHunks.map(indent)) });
      if (!advised && items.length === 0)
        for (const _ of patchHunks)
          doneBySdkgen.push(
            formSet
              ? { path, does: `${MULTIPART_DOES}; ${MULTIPART_FORM_DOES}`, test: MULTIPART_FORM_TEST }
              : { path, does: MULTIPART_DOES, test: python ? MULTIPART_PYTHON_TEST : MULTIPART_TEST },
          );
      return { path, hunks: hunks.filter((hunk) => !patchHunks.includes(hunk)) };
    })
    .filter(({ hunks }) => hunks.length > 0);
}

/**
 * The report's words for a patch sdkgen's SDK does not cover yet: which parts, the config entries that cover them, and
 * the patch (its lines indented as the report indents a hunk).
 */
function adviceText(
  missing: PatchedParts[],
  hunks: string[],
  form: { json: 'objects' | 'values'; bracketed: string[] } | null = null,
): string {
  const parts = missing
    .map((p) => {
      const said = [
        ...(p.json.length ? [`${p.json.join(', ')} as JSON`] : []),
        ...(p.repeat.length ? [`${p.repeat.join(', ')} a part per file`] : []),
      ];
      return `${p.method} (${said.join('; ')})`;
    })
    .join(', ');
  const entries = [
    ...(missing.length > 0 ? [encodingTransformations(missing)] : []),
    ...(form === null ? [] : [helperFormEntry(form)]),
  ];
  return (
    "your patch to Stainless's multipart encoder sends parts in a form " +
    (missing.length > 0
      ? "the spec does not say: sdkgen's SDK sends each part as the spec's `encoding` says, and it says nothing " +
        `for ${parts}${form === null ? '' : "; and it gives `createForm` a form sdkgen's has only where the config says it"}. `
      : "sdkgen's `createForm` (internal/uploads) has only where the config says it. ") +
    `Add ${entries.length > 1 ? 'these entries' : 'this'} to the Stainless config` +
    (missing.length > 0 ? ' (or the same `encoding` to the spec)' : '') +
    ' and regenerate: the SDK then sends them as your patch did, and the patch has nothing left to do\n' +
    indent(entries.join('\n')) +
    "\n    your patch, as made to Stainless's file:\n" +
    indent(hunks.map((hunk) => hunk.trimEnd()).join('\n'))
  );
}

/** `targets.typescript.options.multipart_form` as the config writes it (YAML). */
function helperFormEntry(form: { json: 'objects' | 'values'; bracketed: string[] }): string {
  const multipartForm = { json: form.json, ...(form.bracketed.length > 0 ? { bracketed: form.bracketed } : {}) };
  return yaml.dump({ targets: { typescript: { options: { multipart_form: multipartForm } } } }).trimEnd();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Stainless's multipart encoder's internals (`internal/uploads`), and what sdkgen's SDK has in their place. */
const UPLOAD_INTERNALS: Record<string, string> = {
  createForm:
    "`createForm(body, fetch, nested, bracketed)` from core/uploads (`nested`: 'brackets', Stainless's form, " +
    "'values', each value holding no file one JSON part and the files of an array under the field's own name, or " +
    "'objects', an object holding no file one JSON part and arrays bracketed; `bracketed`: fields kept in Stainless's " +
    "form; null is a TypeError, as Stainless's was), or `toBracketedFormData(body, jsonParts, repeatParts)` for the " +
    "spec's `encoding`",
  addFormValue: '`toBracketedFormData(body, jsonParts, repeatParts)` from core/uploads',
  isMultipartBody: '`body instanceof FormData`',
  getName: '`toFile(value).name` from core/uploads',
};

/**
 * Words to add where a file imports names of Stainless's `internal/uploads` that sdkgen's SDK does not export: what
 * replaces each, and what to do with a test of Stainless's encoder. Null for another module or other names.
 */
export function stainlessInternalAdvice(specifier: string, names: string[]): string | null {
  if (!/(?:^|\/)internal\/uploads(?:\.[cm]?[jt]s)?$/.test(specifier)) return null;
  const known = names.filter((name) => Object.hasOwn(UPLOAD_INTERNALS, name));
  if (known.length === 0) return null;
  return (
    `: ${known.map((name) => `\`${name}\` is Stainless's multipart encoder's; use ${UPLOAD_INTERNALS[name]}`).join('; ')}. ` +
    "A test of Stainless's encoder tests code the SDK no longer has (sdkgen's encoder has its own tests): delete it, " +
    'or rewrite its calls so'
  );
}
