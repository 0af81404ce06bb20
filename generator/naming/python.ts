/**
 * Python names as Stainless's Python SDKs spell them: snake_case attributes, methods, arguments and modules,
 * reserved words escaped with a trailing underscore (`from_`, `import_`), PascalCase classes. Pure functions.
 */
import { pascalCase, words } from './case';
import { acronymTiles } from './acronym-tiles';

/** Python's keywords (`keyword.kwlist` of 3.9–3.13): never an identifier. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/**
 * Attributes of pydantic's `BaseModel` that a field must not shadow (pydantic warns, and the tests turn warnings into
 * errors): such a field is escaped like a keyword and keeps its wire name as its alias.
 */
export const MODEL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'construct',
  'copy',
  'dict',
  'from_orm',
  'json',
  'parse_file',
  'parse_obj',
  'parse_raw',
  'schema',
  'schema_json',
  'update_forward_refs',
  'validate',
  'to_dict',
  'to_json',
]);

/** snake_case words of any name: "agencyID" → "agency_id", "StopIDsForAgency" → "stop_ids_for_agency". */
export function snakeCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join('_');
}

/** A valid Python identifier from snake_case words, a keyword escaped with `_`: "from" → "from_". */
export function pyIdentifier(text: string): string {
  let name = snakeCase(text);
  if (name === '') name = '_';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return PYTHON_KEYWORDS.has(name) ? `${name}_` : name;
}

/**
 * An attribute or method name from the key a config names it by: kept as written when already a snake_case
 * identifier ("mongodb", "get_oauth_apps"; re-splitting it would give "mongo_db"), else `pyIdentifier` of it.
 */
export function pyMemberName(configKey: string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(configKey)) return PYTHON_KEYWORDS.has(configKey) ? `${configKey}_` : configKey;
  return pyIdentifier(configKey);
}

/**
 * pyFieldName's and pyParamKey's answers: the Python emitter names each key of a schema in its model, in each params
 * form and again in each module that looks ahead at its fields.
 */
const fieldNames = new Map<string, string>();
const paramKeys = new Map<string, string>();

/** `name` remembered as `key`'s in `names`, emptied past 50,000 entries (a long-lived process). */
function remembered(names: Map<string, string>, key: string, name: string): string {
  if (names.size >= 50_000) names.clear();
  names.set(key, name);
  return name;
}

/**
 * A response model's field name: `pyIdentifier`, also escaping what would shadow `BaseModel`'s attributes; a
 * leading underscore (private to pydantic) becomes `api_`: "__typename" → "api_typename", "1" → "api_1".
 */
export function pyFieldName(wireKey: string): string {
  return fieldNames.get(wireKey) ?? remembered(fieldNames, wireKey, fieldNameOf(wireKey));
}

function fieldNameOf(wireKey: string): string {
  if (/^_+[A-Za-z0-9]/.test(wireKey)) return `api_${snakeCase(wireKey)}`;
  const name = pyIdentifier(wireKey);
  // A key that starts with a digit ("1") is no identifier either: `_1` would be private too.
  if (name.startsWith('_')) return `api${name}`;
  // `model_` is pydantic's namespace (`model_dump`, `model_config`): such a field is `api_model_type`, as Stainless's.
  if (name.startsWith('model_')) return `api_${name}`;
  return MODEL_ATTRIBUTES.has(name) ? `${name}_` : name;
}

/**
 * A params TypedDict's key: what users write in dict literals, so a keyword stays as the wire has it ("from", declared
 * with TypedDict's functional syntax) and leading underscores become one ("__typename" → "_typename").
 */
export function pyParamKey(wireKey: string): string {
  return paramKeys.get(wireKey) ?? remembered(paramKeys, wireKey, paramKeyOf(wireKey));
}

function paramKeyOf(wireKey: string): string {
  const name = snakeCase(wireKey);
  if (PYTHON_KEYWORDS.has(name)) return name;
  if (/^_+[A-Za-z0-9]/.test(wireKey) && name !== '') return `_${name}`;
  return pyIdentifier(wireKey);
}

/** A keyword argument from a params key: its TypedDict key, a keyword escaped ("from" → "from_"). */
export function pyArgumentName(wireKey: string): string {
  const key = pyParamKey(wireKey);
  return PYTHON_KEYWORDS.has(key) ? `${key}_` : key;
}

/** The names every generated method signature already has beside its API params. */
const SIGNATURE_NAMES: ReadonlySet<string> = new Set(['self', 'extra_headers', 'extra_query', 'extra_body', 'timeout']);

/** The request options every generated method takes by keyword (`timeout=`), beside its API params. */
export const REQUEST_OPTIONS: ReadonlySet<string> = new Set(['extra_headers', 'extra_query', 'extra_body', 'timeout']);

/**
 * A method's own params key (or argument) named as one of its request options is `api_<name>`, as Stainless's
 * (`api_timeout: Annotated[int, PropertyInfo(alias="timeout")]`, `create(api_timeout=60)`); any other stays.
 */
export function requestOptionEscape(name: string): string {
  return REQUEST_OPTIONS.has(name) ? `api_${name}` : name;
}

/**
 * One argument name a param, in order, none twice nor one of the signature's own: a request option's name is
 * `api_<name>` (requestOptionEscape); a name taken otherwise (or a second time) is followed by `_`, then `_2`, `_3`…
 * ("id", "id" → "id", "id_"), so a signature never declares one argument twice. `alsoTaken`: the signature's other
 * arguments (a non-GET method's `idempotency_key` where the client has an idempotency header).
 */
export function uniqueArgumentNames(wanted: readonly string[], alsoTaken: readonly string[] = []): string[] {
  const taken = new Set([...SIGNATURE_NAMES, ...alsoTaken]);
  return wanted.map((name) => {
    const escaped = requestOptionEscape(name);
    let unique = !taken.has(escaped) ? escaped : taken.has(name) ? `${name}_` : name;
    for (let i = 2; taken.has(unique); i++) unique = `${name}_${i}`;
    taken.add(unique);
    return unique;
  });
}

/** Class body lines keeping pytest from collecting a class whose name starts with `Test` (it warns otherwise). */
export function pytestOptOut(className: string, indent = '    '): string[] {
  return /^Test/.test(className) ? [`${indent}__test__ = False`] : [];
}

/** Names a generated types module imports (typing's, pydantic's, the runtime's): no type of the API may take one. */
export const PYTHON_TAKEN_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Any',
  'Annotated',
  'BaseModel',
  'Dict',
  'FieldInfo',
  'FileTypes',
  'Iterable',
  'List',
  'Literal',
  'Mapping',
  'Optional',
  'PropertyInfo',
  'Required',
  'SequenceNotStr',
  'TypeAlias',
  'TypeAliasType',
  'TypedDict',
  'Union',
]);

/**
 * A named type's Python name: the name it asked for where another target's reserved names refused it (`Partial`
 * for TypeScript's `PartialResource`), unless Python's own names or another type have it; else its settled name,
 * cased for Python.
 */
export function pyTypeName(
  settled: string,
  requested: string | undefined,
  taken: ReadonlySet<string>,
  casings: PyCasings = NO_CASINGS,
  configKey?: string,
): string {
  if (requested !== undefined && !taken.has(requested) && !PYTHON_TAKEN_TYPE_NAMES.has(requested)) return requested;
  // Cased as Python's class names are (`pyClassName`; a config model's by its key's words), unless that spelling is
  // another type's.
  const cased = configKey === undefined ? pyClassName(settled, casings) : pyModelClassName(configKey, settled, casings);
  return cased === settled || taken.has(cased) || PYTHON_TAKEN_TYPE_NAMES.has(cased) ? settled : cased;
}

/**
 * The params type of a method that streams on a body flag: named after its resource and method
 * (`SessionActParams`), as in every Stainless Python SDK whatever `streaming.params_type_name` says; the settled
 * name is kept where another type has the method's.
 */
export function pyStreamingParamsName(
  settled: string,
  resourceSingular: string,
  method: string,
  taken: ReadonlySet<string>,
  casings: PyCasings = NO_CASINGS,
): string {
  const own = `${resourceSingular}${pyClassName(method, casings)}Params`;
  return own === settled || taken.has(own) ? settled : own;
}

/**
 * A model's params form (the TypedDict a request takes): its name and `Param`, as Stainless names it even where the
 * name already ends so (`ScoringFnParams` → `ScoringFnParamsParam`): the form never takes the model's own module.
 * Where another type has that name, a number follows.
 */
export function pyParamFormName(modelName: string, taken: ReadonlySet<string>): string {
  const wanted = `${modelName}Param`;
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
  return name;
}

/**
 * The acronyms Stainless's Python class names spell in capitals, whatever the spec's casing ("MessageSmsContent" →
 * `MessageSMSContent`, "GuideActivationUrlPattern" → `GuideActivationURLPattern`). Any other word in capitals is
 * capitalized as a word ("OpenAIResponseMCPCall" → `OpenAIResponseMcpCall`, "FormatJSONSchema" → `FormatJsonSchema`),
 * unless the config's `custom_casings` writes it otherwise (`qa: { initialism: true }` → `QACreateParams`; without it
 * Stainless wrote `QaCreateParams`). (Read from the class names of the Stainless Python SDKs we hold: no other word of
 * two capitals or more occurs. `http` → `HTTP` (knock's `HTTP`, letta's `StreamableHTTPMcpServer`), `dns`, `ssh`, `kb`
 * (ark's `DNSRecord`, casedev's `SSH`, retell's `KBConfig`) were never seen capitalized; `llm`, `json`, `sse`, `acp`
 * and `qa` were (`RetellLlm`, `FormatJsonSchema`, `SseMcpServer`), so they stay words.)
 */
const PYTHON_CLASS_ACRONYMS: ReadonlySet<string> = new Set([
  'acl',
  'ai',
  'api',
  'db',
  'dns',
  'html',
  'http',
  'id',
  'kb',
  'sdk',
  'sms',
  'ssh',
  'sso',
  'url',
]);

/**
 * How a config's `custom_casings` write words in names: the word in lower case → its written form (`qa` → `QA`,
 * `lumaai` → `LumaAI`), as `StainlessConfig.customCasings` holds them. Empty: the built-in forms alone.
 */
export type PyCasings = ReadonlyMap<string, string>;

const NO_CASINGS: PyCasings = new Map();

/**
 * One word of a class name: the config's casing of it, else a known acronym in capitals (an acronym's plural with
 * `s`), else a word in capitals capitalized.
 */
function pyClassWord(word: string, casings: PyCasings): string {
  const lower = word.toLowerCase();
  const cased = casings.get(lower);
  if (cased !== undefined) return cased;
  if (lower.endsWith('s')) {
    // (A casing in capitals is an initialism, whose plural keeps its `s` small: `QAs`, as the built-in `URLs`.)
    const singular = casings.get(lower.slice(0, -1));
    if (singular !== undefined && /^[A-Z0-9]+$/.test(singular)) return `${singular}s`;
  }
  if (PYTHON_CLASS_ACRONYMS.has(lower)) return word.toUpperCase();
  const tiled = /^[A-Z]{4,}$/.test(word) ? acronymTiles(lower, (part) => acronymOf(part, casings)) : null;
  if (tiled !== null) return tiled;
  // (`https` is a word of its own, not the plural of `http`: no SDK we hold shows how Stainless writes it.)
  if (lower.endsWith('s') && lower !== 'https' && PYTHON_CLASS_ACRONYMS.has(lower.slice(0, -1)))
    return `${word.slice(0, -1).toUpperCase()}s`;
  // (Digits keep a word as written: "GPT4o", "S3"; a single capital is a word of its own: the "O" of "OAuth".)
  if (/^[A-Z]{2,}$/.test(word)) return word.charAt(0) + lower.slice(1);
  return word;
}

/** One of the acronyms a word in capitals may run together: the config's casing in capitals, or a built-in one. */
function acronymOf(part: string, casings: PyCasings): string | null {
  const cased = casings.get(part);
  if (cased !== undefined) return /^[A-Z0-9]+$/.test(cased) ? cased : null;
  return PYTHON_CLASS_ACRONYMS.has(part) ? part.toUpperCase() : null;
}

/**
 * The class of a model a Stainless config names (`models: { <key>: … }`): its settled name (`names.model(key)`) cut
 * at the key's words, each cased as a class name's word. The name alone may run the key's words together, where
 * casings write two in capitals side by side (`tts_sse_event` → `TTSSSEEvent`: `Ttssse…` read as one word); the key
 * keeps them apart, as Stainless's Python SDKs show (cartesia's `TTSSSEEvent` in `tts_sse_event.py`). A name that is
 * not the key's words (digits kept apart, a compound split) is cased as any name.
 */
export function pyModelClassName(key: string, settled: string, casings: PyCasings = NO_CASINGS): string {
  const pieces: string[] = [];
  let rest = settled;
  for (const word of words(key)) {
    const piece = rest.slice(0, word.length);
    if (piece.toLowerCase() !== word.toLowerCase() || /^[0-9]/.test(piece)) return pyClassName(settled, casings);
    pieces.push(piece);
    rest = rest.slice(word.length);
  }
  if (rest !== '' || pieces.length === 0) return pyClassName(settled, casings);
  // (Each word cased alone, so that none runs into the next.)
  return pieces.map((piece) => pyClassName(piece, casings)).join('');
}

/**
 * The module (no `.py`) declaring a model a Stainless config names: its key, snake_case (`tts_sse_event`,
 * `apiResponse` → `api_response`), as Stainless's Python SDKs name it, where the name's words may run together.
 */
export function pyModelModuleName(key: string): string {
  return typeModuleName(key);
}

/**
 * The words of a name with each run of them that a casing names as a whole (`lumaai: LumaAI` over "Luma", "AI";
 * `openai_id_string`) joined into one, the longest run first.
 */
function casedRuns(parts: string[], casings: PyCasings): string[] {
  if (casings.size === 0) return parts;
  const casingOf = (run: string[]) =>
    casings.get(run.join('').toLowerCase()) ?? casings.get(run.join('_').toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let end = i + 1;
    for (let j = parts.length; j > i + 1 && end === i + 1; j--) if (casingOf(parts.slice(i, j)) !== undefined) end = j;
    // (A run's casing is a word of its own, kept as written by pyClassWord.)
    out.push(end === i + 1 ? parts[i] : casingOf(parts.slice(i, end))!);
    i = end - 1;
  }
  return out;
}

/** pyClassName's answers, by casings: the Python emitter names a class from the same key many times over. */
const classNames = new WeakMap<PyCasings, Map<string, string>>();

/**
 * A PascalCase class name from any name, cased as Stainless's Python SDKs case it: "trip-details" → "TripDetails",
 * "EmailHtmlBlock" → "EmailHTMLBlock", "OpenAIResponseMCPCall" → "OpenAIResponseMcpCall"; a word `casings` names
 * (the config's `custom_casings`) as the config writes it.
 */
export function pyClassName(text: string, casings: PyCasings = NO_CASINGS): string {
  let named = classNames.get(casings);
  if (named === undefined) classNames.set(casings, (named = new Map()));
  let name = named.get(text);
  if (name === undefined) {
    if (named.size >= 50_000) named.clear();
    named.set(text, (name = classNameOf(text, casings)));
  }
  return name;
}

function classNameOf(text: string, casings: PyCasings): string {
  const name = numberRuns(text)
    .map((run) => classWords(run, casings))
    .join('_');
  const valid = name.replace(/[^A-Za-z0-9_]/g, '');
  if (valid === '' || valid === '_') return 'Model';
  return /^[0-9]/.test(valid) ? `_${valid}` : valid;
}

/** One run of `numberRuns` as a PascalCase name, its words cased by `pyClassWord`. */
function classWords(text: string, casings: PyCasings): string {
  const pascal = /^[A-Za-z][A-Za-z0-9]*$/.test(text) && /^[A-Z]/.test(text) ? text : pascalCase(text).replace(/^_/, '');
  return casedRuns(words(pascal), casings)
    .map((word) => pyClassWord(word, casings))
    .join('');
}

/**
 * A name cut where one of its words ends with a digit and the next starts with one: Stainless keeps those numbers
 * apart with an underscore (`veo3.1` → `Veo3_1`, `gemini_2.5_flash` → `Gemini2_5Flash`, runwayml's SDK), where
 * joining them would read as another number (`Veo31`). A name without such a place is one run, itself.
 */
function numberRuns(text: string): string[] {
  const parts = words(text);
  const runs: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && !(/[0-9]$/.test(parts[i - 1]) && /^[0-9]/.test(parts[i]))) runs[runs.length - 1].push(parts[i]);
    else runs.push([parts[i]]);
  }
  return runs.length <= 1 ? [text] : runs.map((run) => run.join(' '));
}

/** The sync resource class: "Prompts" → "PromptsResource". */
export function resourceClassName(className: string, casings: PyCasings = NO_CASINGS): string {
  return `${pyClassName(className, casings)}Resource`;
}

/** The async resource class: "Prompts" → "AsyncPromptsResource". */
export function asyncResourceClassName(className: string, casings: PyCasings = NO_CASINGS): string {
  return `Async${pyClassName(className, casings)}Resource`;
}

/**
 * Words a Stainless name writes in a mixed case of their own (naming/stainless.ts's casings and compounds): in a
 * module name each is one word again, as the name it was made from (`oauth` → `OAuthRetrieveParams` →
 * `oauth_retrieve_params`; `OpenAPIParamParser…` → `openapi_param_parser…`), not cut at its inner capitals.
 */
const MIXED_CASE_WORDS = /(OAuth|OpenAPI|OpenAI|GitHub|MongoDB)(?=[A-Z0-9_]|$)/g;

/** The module file (no `.py`) declaring a named type: "PromptCreateParams" → "prompt_create_params". */
export function typeModuleName(typeName: string): string {
  return typeModules.get(typeName) ?? remembered(typeModules, typeName, typeModuleOf(typeName));
}

/** typeModuleName's answers: the Python emitter places a type once for each reference to it. */
const typeModules = new Map<string, string>();

function typeModuleOf(typeName: string): string {
  // A type `Import` lives in `import_.py`: `from .import import Import` would not parse; nor would a module named
  // from a digit (`20100401CreateAccountsParams` → `_20100401_create_accounts_params`, as its resource `_20100401`).
  const name = snakeCase(typeName.replace(MIXED_CASE_WORDS, (word) => word.charAt(0) + word.slice(1).toLowerCase()));
  return PYTHON_KEYWORDS.has(name) ? `${name}_` : /^[0-9]/.test(name) ? `_${name}` : name;
}

/** npm names after a scope that name no product of their own. */
const GENERIC_PACKAGE_NAMES = new Set(['api', 'sdk', 'client', 'node', 'js', 'ts', 'typescript']);

/** An import name from a package or client name: "llama-stack-client" → "llama_stack_client", "@smithery/api" → "smithery". */
export function pyPackageName(text: string): string {
  // `@smithery/api`, `@acme/sdk`: the scope names the product, the rest only says it is a client.
  const scoped = /^@([^/]+)\/(.*)$/.exec(text);
  const base = scoped && GENERIC_PACKAGE_NAMES.has(scoped[2].toLowerCase()) ? scoped[1] : text.replace(/^@[^/]*\//, '');
  const name = snakeCase(base);
  return name === '' ? 'sdk' : /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * The word a discriminator value gives its variant's class, for `pyUnionMemberName`: a value in capitals alone is
 * read as words in lower case (`CLOUDINARY_BACKUP` → `CloudinaryBackup`, `GCS` → `Gcs`), as Stainless reads it.
 */
export function pyDiscriminatorWord(value: string): string {
  return /[a-z]/.test(value) ? value : value.toLowerCase();
}

/**
 * A union member's class: its hint and its own name where it has one (a title, a variant name), else its hint and
 * `UnionMember{n}`, n its place in the union, as Stainless's Python SDKs name them. Another target's fallback name
 * (`UnionMember02`: TypeScript's namespace numbers a member apart from a namesake) is no name of the member's own: the
 * hint already keeps Python's apart (`FillUnionMember0` beside `OutlineUnionMember0`).
 */
export function pyUnionMemberName(
  hint: string,
  own: string | null | undefined,
  index: number,
  casings: PyCasings = NO_CASINGS,
): string {
  if (own && !/^UnionMember[0-9]+$/.test(own)) return `${hint}${pyClassName(own, casings)}`;
  return `${hint}UnionMember${index}`;
}
