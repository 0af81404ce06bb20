/**
 * Vendor hints: every `x-stainless-*` key (and the cheap Speakeasy/Fern equivalents) read into one typed
 * object, so no later stage reads raw extension keys. Unknown `x-stainless-*` keys produce a warning.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';

export type PaginationPurpose =
  | 'items'
  | 'page_number_param'
  | 'page_size_param'
  | 'current_page_number_field'
  | 'total_page_count_field'
  | 'total_count_field'
  | 'next_cursor_param'
  | 'next_cursor_field'
  | 'offset_count_param'
  | 'offset_count_start_field'
  | 'offset_total_count_field'
  | 'has_next_page_field'
  | 'next_url_field'
  | 'previous_cursor_param'
  | 'previous_cursor_field'
  | 'next_cursor_id_param'
  | 'previous_cursor_id_param'
  | 'cursor_item_id';

export interface Hints {
  /** `x-stainless-skip`: drop this node from the TypeScript SDK. */
  skip: boolean;
  /** `x-stainless-any`: anything goes (emitted as `unknown`). */
  any: boolean;
  /** `x-stainless-const`: the property always has its single value. */
  constValue: boolean;
  /** `x-stainless-empty-object`: an object with no properties at all. */
  emptyObject: boolean;
  /** `x-stainless-deprecation-message`. */
  deprecationMessage: string | null;
  /** `x-stainless-naming` node/typescript `type_name`/`model_name`, `x-speakeasy-name-override` on schemas. */
  typeName: string | null;
  /**
   * `x-stainless-naming` node/typescript `property_name`, `x-stainless-param` on parameters: the parameter's name in
   * the SDK (its key in the params, or its positional argument's name).
   */
  propertyName: string | null;
  /**
   * `x-stainless-param-name`: a spelling some specs use for `x-stainless-param`, which Stainless does not read (its
   * SDKs keep the parameter's own name). sdkgen reads it as the name without a Stainless config only.
   */
  paramNameSpelling: string | null;
  /** `x-stainless-naming` node/typescript `method_name`, `x-speakeasy-name-override`, `x-fern-sdk-method-name`. */
  methodName: string | null;
  /** `x-speakeasy-group`, `x-fern-sdk-group-name`: resource path ("servers.releases"). */
  group: string | null;
  /** `x-stainless-renameMap`: SDK member name → wire value, for enums. */
  renameMap: Record<string, string | number | boolean> | null;
  /** `x-stainless-pagination-property`. */
  paginationPurpose: PaginationPurpose | null;
  /** `x-stainless-variantName`: the name of this union variant (its nested type: `Source.Dynamic`). */
  variantName: string | null;
  /**
   * `x-stainless-model` ("wallets.wallet") / `x-stainless-modelName` ("wallet"): the schema is the model of that name
   * (the last segment; the resource part is where a Stainless config would declare it).
   */
  modelName: string | null;
  /**
   * `x-stainless-nominal: false`: a variant that is not a type of its own (a known value of an open enum). TypeScript
   * prints such enums as literal unions either way, so it changes nothing in the output.
   */
  nominal: boolean | null;
  /**
   * `x-stainless-extend-default`: a header parameter's values are added to its default instead of replacing it.
   * Read; sdkgen sends no default values for parameters, so there is nothing to extend.
   */
  extendDefault: boolean;
}

export const NO_HINTS: Hints = Object.freeze({
  skip: false,
  any: false,
  constValue: false,
  emptyObject: false,
  deprecationMessage: null,
  typeName: null,
  propertyName: null,
  paramNameSpelling: null,
  methodName: null,
  group: null,
  renameMap: null,
  paginationPurpose: null,
  variantName: null,
  modelName: null,
  nominal: null,
  extendDefault: false,
}) as Hints;

const KNOWN_STAINLESS = new Set([
  'x-stainless-any',
  'x-stainless-skip',
  'x-stainless-naming',
  'x-stainless-renameMap',
  'x-stainless-param',
  'x-stainless-param-name',
  'x-stainless-const',
  'x-stainless-empty-object',
  'x-stainless-deprecation-message',
  'x-stainless-pagination-property',
  'x-stainless-variantName',
  'x-stainless-model',
  'x-stainless-modelName',
  'x-stainless-nominal',
  'x-stainless-extend-default',
  // Read where they apply: the schema reader (a schema replaced by its override), code samples (snippets by language),
  // the placement of operations (stainless/spec-methods.ts).
  'x-stainless-override-schema',
  'x-stainless-snippets',
  'x-stainless-method',
]);

/** Keys for Stainless's other targets (`x-stainless-python-extend-union`, `x-stainless-go-constant-constructor`…). */
const OTHER_TARGET_KEY = /^x-stainless-(python|go|java|kotlin|ruby|csharp|php|terraform|cli|swift|rust)-/;

const PURPOSES = new Set<string>([
  'items',
  'page_number_param',
  'page_size_param',
  'current_page_number_field',
  'total_page_count_field',
  'total_count_field',
  'next_cursor_param',
  'next_cursor_field',
  'offset_count_param',
  'offset_count_start_field',
  'offset_total_count_field',
  'has_next_page_field',
  'next_url_field',
  // `cursor_id` schemes: the request's cursor is the id of the last item of the page before.
  'next_cursor_id_param',
  'previous_cursor_id_param',
  'cursor_item_id',
  // Pages are read forwards only: the way back is known, and not used.
  'previous_cursor_param',
  'previous_cursor_field',
]);

/** Stainless's documented names for purposes read under sdkgen's own. */
const PURPOSE_ALIASES = new Map<string, PaginationPurpose>([
  ['has_next_page', 'has_next_page_field'],
  ['cursor_url_field', 'next_url_field'],
]);

/** Targets whose entries we read in per-language hints. */
const OUR_TARGETS = ['node', 'typescript'];

function skipsUs(value: unknown): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some((t) => OUR_TARGETS.includes(String(t)));
  return false;
}

/**
 * Read the hints of one spec object (schema, parameter, operation). Returns the shared NO_HINTS object
 * when there are none, so the common case allocates nothing.
 */
export function readHints(raw: Record<string, unknown>, file: string, pointer: string, diags: Diagnostics): Hints {
  let hints: Hints | null = null;
  const set = <K extends keyof Hints>(key: K, value: Hints[K]) => {
    hints ??= { ...NO_HINTS };
    hints[key] = value;
  };
  for (const key in raw) {
    if (key.charCodeAt(0) !== 120 /* x */ || key.charCodeAt(1) !== 45 /* - */) continue;
    const value = raw[key];
    if (key.startsWith('x-stainless-')) {
      if (!KNOWN_STAINLESS.has(key) && !OTHER_TARGET_KEY.test(key)) {
        diags.warn(
          'unknown-stainless-hint',
          file,
          pointerJoin(pointer, key),
          `unknown Stainless hint ${key} is ignored`,
          'remove it, or check the spelling against the hints sdkgen reads (see README "Spec hints")',
        );
        continue;
      }
    }
    switch (key) {
      case 'x-stainless-any':
        if (value === true) set('any', true);
        break;
      case 'x-stainless-skip':
        if (skipsUs(value)) set('skip', true);
        break;
      case 'x-stainless-const':
        if (value === true) set('constValue', true);
        break;
      case 'x-stainless-empty-object':
        if (value === true) set('emptyObject', true);
        break;
      case 'x-stainless-deprecation-message':
        if (typeof value === 'string') set('deprecationMessage', value);
        break;
      case 'x-stainless-param':
        if (typeof value === 'string') set('propertyName', value);
        break;
      case 'x-stainless-param-name':
        if (typeof value === 'string') set('paramNameSpelling', value);
        break;
      case 'x-stainless-naming': {
        if (typeof value === 'string') {
          set('typeName', value);
          break;
        }
        if (value === null || typeof value !== 'object') break;
        for (const target of OUR_TARGETS) {
          const entry = (value as Record<string, unknown>)[target];
          if (entry === null || typeof entry !== 'object') continue;
          const e = entry as Record<string, unknown>;
          const typeName = e.type_name ?? e.model_name;
          if (typeof typeName === 'string') set('typeName', typeName);
          const propertyName = e.property_name ?? e.method_argument ?? e.param_name;
          if (typeof propertyName === 'string') set('propertyName', propertyName);
          if (typeof e.method_name === 'string') set('methodName', e.method_name);
        }
        break;
      }
      case 'x-stainless-renameMap':
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          set('renameMap', value as Record<string, string | number | boolean>);
        }
        break;
      case 'x-stainless-pagination-property': {
        const purpose =
          typeof value === 'string'
            ? value
            : value && typeof value === 'object'
              ? (value as { purpose?: unknown }).purpose
              : null;
        const placeOnly =
          purpose === undefined &&
          value !== null &&
          typeof value === 'object' &&
          ('is_top_level_array' in value || 'from_header' in value || 'required' in value);
        if (typeof purpose === 'string' && (PURPOSES.has(purpose) || PURPOSE_ALIASES.has(purpose)))
          set('paginationPurpose', PURPOSE_ALIASES.get(purpose) ?? (purpose as PaginationPurpose));
        else if (placeOnly) {
          // Where a field is, or that it is always there (`is_top_level_array`, `required`), not what it is for: the
          // config's scheme reads it.
        } else {
          diags.warn(
            'unknown-pagination-purpose',
            file,
            pointerJoin(pointer, key),
            `unknown pagination purpose ${JSON.stringify(purpose)} is ignored`,
            `use one of: ${[...PURPOSES, ...PURPOSE_ALIASES.keys()].join(', ')}`,
          );
        }
        break;
      }
      case 'x-stainless-variantName':
        if (typeof value === 'string' && value.trim() !== '') set('variantName', value);
        break;
      case 'x-stainless-model':
      case 'x-stainless-modelName':
        if (typeof value === 'string' && value.trim() !== '') set('modelName', value.slice(value.lastIndexOf('.') + 1));
        break;
      case 'x-stainless-nominal':
        if (typeof value === 'boolean') set('nominal', value);
        break;
      case 'x-stainless-extend-default':
        if (value === true) set('extendDefault', true);
        break;
      case 'x-speakeasy-name-override':
        if (typeof value === 'string') {
          set('methodName', value);
          set('typeName', value);
        }
        break;
      case 'x-fern-sdk-method-name':
        if (typeof value === 'string') set('methodName', value);
        break;
      case 'x-speakeasy-group':
      case 'x-fern-sdk-group-name':
        if (typeof value === 'string') set('group', value);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) set('group', value.join('.'));
        break;
      case 'x-speakeasy-ignore':
      case 'x-fern-ignore':
        if (value === true) set('skip', true);
        break;
    }
  }
  return hints ?? NO_HINTS;
}
