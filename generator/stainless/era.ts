/**
 * The era of a Stainless SDK: the date of the Stainless generator that wrote it, which decides forms its config does
 * not (an SDK written before a change keeps the older form until Stainless regenerates it). `sdkgen migrate` infers
 * it from the repository, so that a migration changes only what truly changed; without one, the newest forms.
 */
import { ERA_PAGE_SUFFIX, namesPageAliasesPage } from './page-alias-names';

/** Stainless's reasons, by era, for skipping the tests of an operation defining `callbacks` (emit/test-skips.ts). */
export type CallbackTestsSkip = 'no-good-way' | 'prism' | 'mock-server';

/** The forms of a Stainless TypeScript SDK that changed with its generator rather than with its config. */
export interface StainlessForms {
  /**
   * A resource's namespace re-exports its names by `export import X = XAPI.X;` through the module's import of itself
   * (nested resources through `import * as SubAPI`), and the indexes export them without `type`, before
   * DECLARE_NAMESPACE_SINCE; from then on `export declare namespace X { export { type X as X } }`.
   */
  namespaceImports: boolean;
  /**
   * A resource module of the older runtime (`targets.node`) imports `* as Core` from `core` before `APIResource` from
   * `resource` (then `core`'s names), before APIRESOURCE_FIRST_SINCE; from then on `APIResource` comes first.
   */
  coreImportFirst: boolean;
  /**
   * An enum's value in the endpoint tests is what an example gives it from ENUM_EXAMPLES_SINCE on; before, the enum's
   * first value where an example around it (the request body's) gives one; its own example is taken in every era.
   */
  enumExamples: boolean;
  /** A method's doc comment shows its call (`@example`); Stainless wrote none before EXAMPLES_SINCE. */
  examples: boolean;
  /** A map is `Record<string, V>`; Stainless writes `{ [key: string]: V }` from MAPPED_TYPES_SINCE on. */
  recordMaps: boolean;
  /**
   * Resource modules import the runtime's `resource`, `api-promise` and `pagination` from `src/core/` (the newer
   * layout, `targets.typescript`), from CORE_FOLDER_SINCE on; before, from `src/`'s root.
   */
  coreFolder: boolean;
  /** An undescribed params field's doc keeps the label's colon (`Body param:`) before BARE_PARAM_LABEL_SINCE. */
  paramLabelColon: boolean;
  /** A resource's class (and the client's property for it) shows its tag's description from RESOURCE_DOCS_SINCE on. */
  resourceDocs: boolean;
  /**
   * Whether an example on a response's field (not on the response schema itself) makes Stainless show its resource's
   * calls (`@example`, see request-examples.ts): before RESPONSE_OWN_EXAMPLE_SINCE only.
   */
  responseFieldExamples: boolean;
  /**
   * The comment over a test skipped because the mock tests are off: "skipped: tests are disabled for the time being"
   * before PRISM_WORDING_SINCE, "Prism tests are disabled" before MOCK_SERVER_WORDING_SINCE, then "Mock server tests are
   * disabled".
   */
  mockTestsOffWording: string;
  /**
   * The comment over the skipped test of a method whose response is an event stream (hypeman-ts's `logs`, the mock
   * tests being off): "Prism doesn't support text/event-stream responses" before MOCK_SERVER_WORDING_SINCE, then
   * "Mock server doesn't …", as Stainless's newer SDKs word it.
   */
  eventStreamSkipWording: string;
  /**
   * An object of three entries or more in an endpoint test's call is written over several lines however short (the
   * generator opens a line after its `{`, which Prettier keeps) from BROKEN_OBJECTS_SINCE on; before, Prettier alone
   * laid it out (one line where it fits).
   */
  brokenObjects: boolean;
  /** The text of the file an endpoint test uploads, `toFile(Buffer.from(<this>), 'README.md')` (see UPLOAD_TEXT_SINCE). */
  uploadText: string;
  /**
   * An object the body's example gives for a schema takes the keys it lacks from that schema's own example in the
   * endpoint tests, from OWN_EXAMPLE_KEYS_SINCE on; before, they are built as any key no example gives.
   */
  ownExampleKeys: boolean;
  /**
   * The client's class without its resources is exported as `Base<Client>` from `client.ts` and the package's root,
   * as anthropic-sdk-typescript's generations show (`export class BaseAnthropic`, which its bedrock and vertex packages
   * extend) with no `enable_treeshaking`: an SDK whose client declares it keeps it (ERA_BASE_CLIENT).
   */
  baseClient: boolean;
  /**
   * The endpoint tests take the spec's examples more as given (emit/example-choices.ts), from EXAMPLES_AS_GIVEN_SINCE on:
   * a body schema's `examples` before its fields' own, a scalar given null as null, a `oneOf` with a null member's own.
   */
  examplesAsGiven: boolean;
  /**
   * Why the tests of an operation defining `callbacks` are written skipped (emit/test-skips.ts words each): "currently
   * no good way to test endpoints defining callbacks…" (`no-good-way`) before CALLBACKS_PRISM_WORDING_SINCE, "Prism
   * doesn't support callbacks yet" (`prism`) before MOCK_SERVER_WORDING_SINCE, "Mock server doesn't support callbacks
   * yet" (`mock-server`) before CALLBACK_TESTS_RUN_SINCE; from then on they run (null).
   */
  callbackTestsSkip: CallbackTestsSkip | null;
  /**
   * A webhook unwrap's endpoint test (`test.skip('unwrap', …)`) also unwraps through `client.withOptions({ <key
   * option>: key })`, signs with the key's literal and is no async function, from WEBHOOK_OPTIONS_TESTS_SINCE on.
   */
  webhookOptionsTests: boolean;
  /**
   * Which SDKs' modules import the SDK's own modules through the package's name (`'@embedhq/node/core'`, `'groq-sdk/core'`)
   * rather than by relative paths: every SDK before RELATIVE_IMPORTS_SINCE (`all`), one of a scoped package (`@scope/name`)
   * before SCOPED_RELATIVE_IMPORTS_SINCE (`scoped`), then none.
   */
  packageNameImports: 'all' | 'scoped' | 'none';
  /**
   * The endpoint tests' client is a variable named after the client's class (`const embed = new Embed(…)`,
   * `valTown` of `ValTown`) before CLIENT_VARIABLE_SINCE; from then on `client`.
   */
  classNamedClient: boolean;
  /**
   * A string the spec gives no example of is its property's name in the endpoint tests (`prompt: 'prompt'`) from
   * NAMED_STRINGS_SINCE on; before, `'string'`.
   */
  namedStrings: boolean;
  /** A `Content-Length` header param is one of the method's params: before CONTENT_LENGTH_DROPPED_SINCE only. */
  contentLengthParams: boolean;
  /** How many items an array the endpoint tests build holds: three (`['string', 'string', 'string']`) before ONE_ITEM_ARRAYS_SINCE. */
  arrayItems: number;
}

/**
 * Stainless's "chore(internal): minor reformatting" (openai-node 9edcdfd of 2024-06-26 01:26 UTC; embed-node's
 * generation of 2024-06-28, its of 06-21 the older): a resource module's `APIResource` import comes first, before
 * `import * as Core`.
 */
export const APIRESOURCE_FIRST_SINCE = '2024-06-25';
/**
 * Stainless's "refactor: change import paths to be relative" (openai-node c17fcb78 of 2024-05-13, groq-typescript's
 * generation of 05-15): before, every SDK's modules imported its own through the package's name (`'openai/core'`).
 */
export const RELATIVE_IMPORTS_SINCE = '2024-05-13';
/**
 * Stainless's "fix: use relative paths" (anthropic-sdk-typescript dfd0ecaf, finch-api-node e655619 and val-town's sdk of
 * 2024-07-23; embed-node's generation of 08-06): an SDK of a scoped package (`@anthropic-ai/sdk`, `@tryfinch/finch-api`,
 * `@valtown/sdk`, `@embedhq/node`, `@mux/mux-node`) kept the package's name in its imports until then (embed-node's
 * generations of June 2024 import `'../resource'` while the package was `embed`, `'@embedhq/node/resource'` once renamed).
 */
export const SCOPED_RELATIVE_IMPORTS_SINCE = '2024-07-23';
/**
 * Stainless's "chore(docs): fix incorrect client var names" (openai-node f696b2a1, anthropic-sdk-typescript 61625d21,
 * finch-api-node 7fbcdb8, val-town's sdk of 2024-07-26): the endpoint tests' `const openai = new OpenAI(…)` became
 * `const client = …` (groq's `groq`, val-town's `valTown`, OneBusAway's `onebusawaySDK` before).
 */
export const CLIENT_VARIABLE_SINCE = '2024-07-26';
/**
 * Stainless's "docs(examples): update example values" (finch-api-node 7b5deff of 2024-07-11, val-town's sdk release of
 * that day, groq-typescript's next generation 9a00ec7): a string with no example is its property's name, not 'string'.
 */
export const NAMED_STRINGS_SINCE = '2024-07-11';
/**
 * Stainless's "chore(tests): limit array example length" (anthropic-sdk-typescript b0cd4a9b, finch-api-node 88ab274 of
 * 2024-11-18): an array the endpoint tests build holds one item; before, three (val-town's and embed-node's of 2024).
 */
export const ONE_ITEM_ARRAYS_SINCE = '2024-11-18';
/**
 * A `Content-Length` header param is no method param: writer-node 00aa0e8 of 2024-07-16 ("remove unintentional
 * Content-Length header param"; writer-python kept its own until its generator's update of 2024-07-30) took the one
 * 52f462c of 2024-06-28 had; hedra-node's generations of 2024-10 on have none of the three its spec declares.
 */
export const CONTENT_LENGTH_DROPPED_SINCE = '2024-07-16';
/** Stainless's "rebuild project due to codegen change" of November 2024 (OneBusAway's js-sdk, honcho-node, lumaai-node). */
export const DECLARE_NAMESPACE_SINCE = '2024-11-01';
/** Stainless's "chore(client): move misc public files to new `core/` directory, deprecate old paths". */
export const CORE_FOLDER_SINCE = '2025-03-27';
/** Stainless's "docs: add examples to tsdocs": every SDK generated from this day on has them. */
export const EXAMPLES_SINCE = '2025-05-07';
/** Stainless's "refactor(types): replace Record with mapped types". */
export const MAPPED_TYPES_SINCE = '2025-06-24';
/** Stainless's "chore: fix typo in descriptions" (phoebe-node; smithery's of 2026-01-08 still has the colon). */
export const BARE_PARAM_LABEL_SINCE = '2026-01-14';
/**
 * From this day on a response counts for a resource's `@example`s by its schema's own example only: grid-js-sdk's
 * GET-only resources (first generated that day), whose responses give examples on their fields alone, have none;
 * phoebe-node's of 2025-11-25, alike, have them. The first day seen, not the change's.
 */
export const RESPONSE_OWN_EXAMPLE_SINCE = '2026-01-22';
/** Stainless's "chore(internal): codegen related update" (imagekit-nodejs, tolstoy; agentex-python's a day before). */
export const PRISM_WORDING_SINCE = '2025-08-11';
/** Stainless's "chore: update mock server docs" (imagekit-nodejs, letta-node, isaacus-typescript): Prism → mock server. */
export const MOCK_SERVER_WORDING_SINCE = '2026-02-19';
/** Stainless's "chore(docs): add missing descriptions" (knock-node, knock-mgmt-node, llama-stack's Python SDK). */
export const RESOURCE_DOCS_SINCE = '2026-02-27';

/**
 * Stainless's "chore: break long lines in snippets into multiline" (imagekit-nodejs of 2026-01-06, steel-node,
 * mixedbread-ts and browserbase's sdk-node of the day after): objects of three entries or more open a line.
 */
export const BROKEN_OBJECTS_SINCE = '2026-01-06';
/**
 * Stainless's "chore: update placeholder string" (imagekit-nodejs, letta-node, steel-node, val-town's sdk, papr of
 * 2026-03-07): an endpoint test uploads `Buffer.from('Example data')`, before `Buffer.from('# my file contents')`.
 */
export const UPLOAD_TEXT_SINCE = '2026-03-07';
/**
 * Stainless's "fix(client): improve parameter names" (arcade-js e0b736f of 2026-03-07, its spec unchanged): a positional
 * path param named as a field of the params (`PATCH /auth_providers/{id}` with a body `id`) keeps its name, as does the
 * field (`patch(id, { id })`). Before, each took where it goes before its name: `patch(pathID, { body_id })`
 * (lobehub-sit-typescript of 2025-11-19). Python's SDKs take `path_id` and `body_id` in every era (one signature).
 */
export const POSITIONAL_NAMES_KEPT_SINCE = '2026-03-07';

/** Whether a TypeScript SDK of `era` prefixes a positional path param and the params field named as it (see above). */
export function prefixesPositionalCollisions(era: string | null | undefined): boolean {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  return date !== null && date < POSITIONAL_NAMES_KEPT_SINCE;
}
/**
 * Stainless's "chore(tests): improve enum examples" (openai-python f14ae56d and anthropic-sdk-typescript ad5f91df of
 * 2025-04-08, lumaai-python dc358d1 of 04-09): an enum's value in the endpoint tests is the spec's example of it
 * (openai's image `size="1024x1024"`, luma's `aspect_ratio="16:9"`); before, the enum's first value (`"256x256"`, `"1:1"`).
 * In TypeScript (anthropic-sdk-typescript's `model`) the value the body's example gives: an enum's
 * own example was its value before too (embed-node's 2024 tests: `order: 'desc'`, `auth_schemes: ['oauth2']`).
 */
export const ENUM_EXAMPLES_SINCE = '2025-04-08';
/**
 * Stainless's "chore: improve example values" (knock-node of 2025-09-22, papr-ts and isaacus-typescript of the day
 * after): an object the body's example gives takes its schema's own example's other keys.
 */
export const OWN_EXAMPLE_KEYS_SINCE = '2025-09-22';
/**
 * The webhook unwrap test through the client's options (imagekit-nodejs's of 2026-03-03; its generation of 2026-01-28
 * has the older test).
 */
export const WEBHOOK_OPTIONS_TESTS_SINCE = '2026-03-03';
/**
 * Stainless's "docs: update examples" of both targets on an unchanged spec (isaacus-typescript e668eb8 of 2026-04-11,
 * its generation of 2026-04-10 the older; isaacus-python 672ed60): the examples taken more as the spec gives them.
 */
export const EXAMPLES_AS_GIVEN_SINCE = '2026-04-11';
/**
 * The tests of an operation defining `callbacks` are skipped "Prism doesn't support callbacks yet" (before: "currently
 * no good way to test endpoints defining callbacks…"), every one replaced in place, the spec and config unchanged:
 * together-typescript 6d631f0 "chore(internal): update test skipping reason" (2025-08-11 16:20), knock-mgmt-python
 * ca913a2 (2025-08-11 18:33), knock-node c8683bb, knock-python 8897a4e, knock-mgmt-node ec31a1f (2025-08-12 02:2x).
 * From MOCK_SERVER_WORDING_SINCE on "Mock server doesn't …" ("chore: update mock server docs" of 2026-02-19 in the
 * same five SDKs: together-typescript ac14bf7, knock-node f8e68be, knock-python a33a982, knock-mgmt-node 84d7fa2,
 * knock-mgmt-python d9cfa90).
 */
export const CALLBACKS_PRISM_WORDING_SINCE = '2025-08-11';
/**
 * The tests of operations defining `callbacks` run, no longer skipped: Stainless's "refactor(tests): switch from prism
 * to steady" of 2026-03-19 (knock-node 631277a, knock-python 29d5c77, together-typescript d9c83f4), the specs still
 * defining them.
 */
export const CALLBACK_TESTS_RUN_SINCE = '2026-03-19';

/**
 * Stainless's shared models import no resource module from this day on: a resource's model that a shared model refers
 * to is declared in shared (`src/resources/shared.ts`, `types/shared/`) as well. Before, it stayed in its resource's
 * module, which shared imported (knock-mgmt-node's and knock-mgmt-python's MessageTypeTextField: in message-types up
 * to their generations of 2026-07-09 and 2026-07-01, in shared from those of 2026-07-10, the config unchanged).
 */
export const SHARED_CLOSURE_SINCE = '2026-07-10';

/** Whether an SDK of `era` declares in shared the resources' models its shared models refer to (see above). */
export function sharedClosureOfEra(era: string | null | undefined): boolean {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  return date === null || date >= SHARED_CLOSURE_SINCE;
}

/**
 * The qualifier (`2025-09-17+base-client`) of an SDK whose `src/client.ts` declares `export class Base<Client>`: a form
 * of its own (only anthropic-sdk-typescript's generations, since Stainless moved its client there on 2024-11-11, show
 * it among the SDKs at hand without tree-shaking), not of a day.
 */
export const ERA_BASE_CLIENT = 'base-client';

/** The forms of an SDK of `era` (a `YYYY-MM-DD` date, maybe qualified); null or unreadable: the newest. */
export function formsOfEra(era: string | null | undefined): StainlessForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  return {
    namespaceImports: !since(DECLARE_NAMESPACE_SINCE),
    coreImportFirst: !since(APIRESOURCE_FIRST_SINCE),
    enumExamples: since(ENUM_EXAMPLES_SINCE),
    coreFolder: since(CORE_FOLDER_SINCE),
    examples: since(EXAMPLES_SINCE),
    recordMaps: !since(MAPPED_TYPES_SINCE),
    paramLabelColon: !since(BARE_PARAM_LABEL_SINCE),
    resourceDocs: since(RESOURCE_DOCS_SINCE),
    responseFieldExamples: !since(RESPONSE_OWN_EXAMPLE_SINCE),
    mockTestsOffWording: since(MOCK_SERVER_WORDING_SINCE)
      ? 'Mock server tests are disabled'
      : since(PRISM_WORDING_SINCE)
        ? 'Prism tests are disabled'
        : 'skipped: tests are disabled for the time being',
    eventStreamSkipWording: `${since(MOCK_SERVER_WORDING_SINCE) ? 'Mock server' : 'Prism'} doesn't support text/event-stream responses`,
    brokenObjects: since(BROKEN_OBJECTS_SINCE),
    uploadText: since(UPLOAD_TEXT_SINCE) ? 'Example data' : '# my file contents',
    ownExampleKeys: since(OWN_EXAMPLE_KEYS_SINCE),
    baseClient: (era ?? '').split('+').slice(1).includes(ERA_BASE_CLIENT),
    examplesAsGiven: since(EXAMPLES_AS_GIVEN_SINCE),
    callbackTestsSkip: callbackTestsSkipOfEra(date),
    webhookOptionsTests: since(WEBHOOK_OPTIONS_TESTS_SINCE),
    packageNameImports: !since(RELATIVE_IMPORTS_SINCE)
      ? 'all'
      : !since(SCOPED_RELATIVE_IMPORTS_SINCE)
        ? 'scoped'
        : 'none',
    classNamedClient: !since(CLIENT_VARIABLE_SINCE),
    namedStrings: since(NAMED_STRINGS_SINCE),
    arrayItems: since(ONE_ITEM_ARRAYS_SINCE) ? 1 : 3,
    contentLengthParams: !since(CONTENT_LENGTH_DROPPED_SINCE),
  };
}

/** Why an SDK of the day `date` (null: the newest) skips the tests of an operation defining callbacks; null: it does not. */
export function callbackTestsSkipOfEra(date: string | null): CallbackTestsSkip | null {
  if (date === null || date >= CALLBACK_TESTS_RUN_SINCE) return null;
  if (date >= MOCK_SERVER_WORDING_SINCE) return 'mock-server';
  return date >= CALLBACKS_PRISM_WORDING_SINCE ? 'prism' : 'no-good-way';
}

/** The root api.md or a resource's own (`src/resources/responses/api.md`). */
export function isApiMd(file: string): boolean {
  return file === 'api.md' || /^src\/resources\/.+\/api\.md$/.test(file);
}

/**
 * The era of a Stainless SDK from what its repository holds: the date of the Stainless generation it was last
 * written by (`generatedOn`, `YYYY-MM-DD`) when known; else its resource modules' forms, where they tell (a map
 * written as a `Record`, no `@example` in any method's docs, a params field's label with its colon, the runtime
 * imported from `src/`'s root, a namespace of `export import`s); qualified `+base-client` where its client module
 * (`files` may hold `src/client.ts`) declares `Base<Client>` (ERA_BASE_CLIENT), `+page-suffix` where its modules name
 * every page alias `<Items>Page` (ERA_PAGE_SUFFIX, page-alias-names.ts). Null: the newest forms, or nothing tells.
 */
export function inferStainlessEra(
  files: ReadonlyArray<{ path: string; text: string }>,
  generatedOn: string | null,
): string | null {
  // (api.md, where given, only says which page aliases are Stainless's: page-alias-names.ts. Newer SDKs write some
  // resources' methods in an api.md of their own, `src/resources/responses/api.md`, which the root one links to.)
  const apiMds = files.filter((f) => isApiMd(f.path));
  const apiMd = apiMds.length === 0 ? null : apiMds.map((f) => f.text).join('\n');
  const modules = files.filter((f) => f.path !== CLIENT_MODULE && !isApiMd(f.path));
  const day = beforeSharedClosure(
    eraDay(modules, generatedOn),
    files.find((f) => f.path === SHARED_RESOURCE_MODULE)?.text ?? null,
  );
  const client = files.find((f) => f.path === CLIENT_MODULE)?.text ?? null;
  const qualifiers = [
    ...(client !== null && /^export class Base\w+ \{$/m.test(client) ? [ERA_BASE_CLIENT] : []),
    ...(namesPageAliasesPage(
      modules.map((f) => f.text),
      apiMd,
    )
      ? [ERA_PAGE_SUFFIX]
      : []),
  ];
  if (qualifiers.length === 0) return day;
  // (A day past every change is the newest forms, null; with a qualifier it is written out.)
  return `${day ?? (generatedOn?.slice(0, 10) || LATEST_CHANGE)}+${qualifiers.join('+')}`;
}

/** The newer layout's client module, whose forms tell the era's qualifiers (ERA_BASE_CLIENT). */
export const CLIENT_MODULE = 'src/client.ts';

/** The shared models' module, whose imports tell whether its SDK declares in shared what they refer to. */
const SHARED_RESOURCE_MODULE = 'src/resources/shared.ts';

/**
 * `day`, or the day before SHARED_CLOSURE_SINCE where the SDK's shared module (`shared`) imports a resource's module
 * (`import * as LegalEntitiesAPI from './legal-entities'`) though its day is that or later: the repository shows the
 * earlier form (Stainless's own generations kept it after knock-mgmt's builds dropped it: Modern Treasury's of
 * 2026-07-17 to 07-25), and the SDK keeps it.
 */
function beforeSharedClosure(day: string | null, shared: string | null): string | null {
  if (shared === null || !/^import \* as \w+ from '\.\/[^']+';$/m.test(shared)) return day;
  return sharedClosureOfEra(day) ? dayBefore(SHARED_CLOSURE_SINCE) : day;
}

function eraDay(
  resourceModules: ReadonlyArray<{ path: string; text: string }>,
  generatedOn: string | null,
): string | null {
  if (generatedOn !== null && /^\d{4}-\d{2}-\d{2}/.test(generatedOn)) {
    const date = generatedOn.slice(0, 10);
    return date >= LATEST_CHANGE ? null : date;
  }
  const texts = resourceModules.map((m) => m.text);
  const some = (form: RegExp) => texts.some((t) => form.test(t));
  // A day before each change: the latest era whose forms these are. (The older layout's modules import `* as Core`.)
  // Imports through the package's name: of an unscoped package, from before every SDK's were relative.
  const throughPackage = /^import (?:\* as Core|\{ APIResource \}) from '(@?)[^'.][^']*\/(?:core|resource)';$/m;
  const viaPackage = texts.map((t) => throughPackage.exec(t)).find((m) => m !== null);
  if (viaPackage && viaPackage[1] === '') return dayBefore(RELATIVE_IMPORTS_SINCE);
  if (some(/^import \* as Core from '[^']+';\nimport \{ APIResource \} from /m))
    return dayBefore(APIRESOURCE_FIRST_SINCE);
  if (viaPackage) return dayBefore(SCOPED_RELATIVE_IMPORTS_SINCE);
  if (some(/^ {2}export import \w+ = \w+\.\w+;$/m) && !some(/^export declare namespace /m))
    return dayBefore(DECLARE_NAMESPACE_SINCE);
  if (some(/^import \{ APIResource \} from '(?:\.\.\/)+resource';$/m) && !some(/^import \* as Core from /m))
    return dayBefore(CORE_FOLDER_SINCE);
  if (some(/\bRecord<string, /) && !some(/\{ \[key: string\]: /))
    return some(/^\s*\* @example$/m) ? dayBefore(MAPPED_TYPES_SINCE) : dayBefore(EXAMPLES_SINCE);
  const label = /^\s*\* (?:Body|Path|Query|Header) param(:?)$/gm;
  const colons = new Set(texts.flatMap((t) => [...t.matchAll(label)].map((m) => m[1])));
  if (colons.has(':') && !colons.has('')) return dayBefore(BARE_PARAM_LABEL_SINCE);
  return null;
}

/** The newest change of form an era decides: an SDK generated from that day on has every newest form. */
const LATEST_CHANGE = [
  CORE_FOLDER_SINCE,
  EXAMPLES_SINCE,
  MAPPED_TYPES_SINCE,
  BARE_PARAM_LABEL_SINCE,
  RESOURCE_DOCS_SINCE,
  RESPONSE_OWN_EXAMPLE_SINCE,
  MOCK_SERVER_WORDING_SINCE,
  SHARED_CLOSURE_SINCE,
  BROKEN_OBJECTS_SINCE,
  UPLOAD_TEXT_SINCE,
  POSITIONAL_NAMES_KEPT_SINCE,
  OWN_EXAMPLE_KEYS_SINCE,
  CALLBACK_TESTS_RUN_SINCE,
]
  .sort()
  .at(-1)!;

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * An era given by a person (`--stainless-era`): a `YYYY-MM-DD` day that exists (that of the Stainless generation whose
 * forms to write), optionally with the `+<form>` qualifiers an inferred era carries (python-era.ts:
 * `2025-10-21+lazy-resources`), or `latest` for the newest forms (null). Undefined: neither.
 */
export function parseStainlessEra(value: string): string | null | undefined {
  const given = value.trim().toLowerCase();
  if (given === 'latest') return null;
  if (!/^\d{4}-\d{2}-\d{2}(\+[a-z][a-z-]*)*$/.test(given)) return undefined;
  const day = new Date(`${given.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === given.slice(0, 10) ? given : undefined;
}
