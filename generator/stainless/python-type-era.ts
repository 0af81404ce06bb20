/**
 * The era of a Stainless Python SDK's types (the `types/` modules, and the annotations its resources' methods share
 * with them): the forms its generator wrote at the time, which its config does not decide (python-era.ts holds the
 * other forms).
 */

/**
 * An event stream the config does not mark `streaming` streams (emit/python/types/unmarked-stream.ts) from this day:
 * the first a Stainless SDK is seen doing so, llama-cloud-py's "feat(api): manual updates" of 2025-10-27 (146964f:
 * `test.stream() -> Stream[TestStreamResponse]`, asking for `text/event-stream`; llama-cloud-ts's generation of that
 * day streams it too). Unmarked: its README has no streaming section, as hypeman-ts's and cartesia-python's, whose
 * configs mark none, and unlike the READMEs of SDKs whose configs mark one (opencode-python's). Before, honcho-python
 * (2024-05) and hono-todo-node (2024-09) read one as text; no SDK between shows when the change came.
 */
export const UNMARKED_STREAMS_SINCE = '2025-10-27';
/**
 * Stainless's "fix(types): loosen most List params types to Iterable" (lithic-python e5c522b3, increase-python
 * 4fd83d05, modern-treasury-python f9317c97, 2024-02-06): a params' array of items no string is `Iterable[…]`.
 */
export const ITERABLE_PARAMS_SINCE = '2024-02-06';
/** Stainless's "chore(internal): use `TypeAlias` marker for type assignments" (openai-python d4a998e8). */
export const TYPE_ALIAS_MARKER_SINCE = '2024-08-05';
/** Stainless's "fix(docs/api): remove references to nonexistent types" (honcho-python ccfcd32). */
export const NO_PHANTOM_RESPONSE_TYPES_SINCE = '2025-05-28';
/**
 * api.md writes the path params a method takes by keyword after `\*` (`retrieve(message_id, \*, thread_id)`, openai-python's
 * api.md of 2023-11-06, `ThreadMessage`); before, every path param in the path's order as if positional
 * (hetzner-python e719e0e of 2023-09-01: `retrieve(id, action_id)` for `def retrieve(self, action_id, *, id)`).
 */
export const API_MD_KEYWORD_PATH_PARAMS_SINCE = '2023-11-06';
/**
 * Stainless's "chore(internal): use ruff instead of black for formatting" (openai-python #1008, released 1.6.1 on
 * 2023-12-22; sink-python-public #406 the same days): api.md's import lines, formatted with its code blocks, wrap past
 * 100 columns from then on; before, black's 88 (hetzner-python e719e0e of 2023-09-01:
 * `from hetzner.types.certificates import (` for 90 columns of names).
 */
export const API_MD_RUFF_WIDTH_SINCE = '2023-12-22';
/** Stainless's "feat(types): replace List[str] with SequenceNotStr in params". */
export const SEQUENCE_NOT_STR_SINCE = '2025-09-02';
/** Stainless's "chore: add missing docstrings" (a class's description, which its fields already had). */
export const CLASS_DOCSTRINGS_SINCE = '2025-12-08';
/** Stainless's "fix(parsing): parse extra field types" (a model types its extra keys: `__pydantic_extra__`). */
export const MODEL_EXTRA_FIELD_SINCE = '2025-07-23';
/** Stainless's "fix(compat): compat with `pydantic<2.8.0` when using additional fields". */
export const MODEL_EXTRA_FIELD_CHECKED_SINCE = '2025-09-25';
/** Stainless's "refactor(types): use `extra_items` from PEP 728". */
export const PARAMS_EXTRA_ITEMS_SINCE = '2026-03-05';
/** Stainless's "fix(types): avoid type-checker errors on params with additional properties". */
export const PARAMS_EXTRA_ITEMS_PRAGMA_SINCE = '2026-06-29';
/** Stainless's "chore(types): rebuild Pydantic models after all types are defined" (knock-mgmt 17498d4). */
export const REBUILD_IN_TYPES_INIT_SINCE = '2025-07-22';
/** Stainless's "feat: improve future compat with pydantic v3" (the pydantic-1 branch written first). */
export const REBUILD_V1_BRANCH_FIRST_SINCE = '2025-09-03';
/**
 * A webhook unwrap's union of events discriminated by the value each event's property has alone (imagekit-python's
 * "codegen related update" of 2025-12-02, which changed those unions alone; its generation of 2025-11-27 had none).
 */
export const WEBHOOK_EVENT_DISCRIMINATOR_SINCE = '2025-12-02';

/**
 * The forms of a Stainless Python SDK's types (the `types/` modules, and the annotations its resources' methods share
 * with them) that changed with its generator rather than with its config.
 */
/**
 * Stainless's "chore(internal): restructure imports" (lithic-python e2f6a178, increase-python ffa70ee7,
 * modern-treasury-python e9126289, all 2024-04-23): a module imports a type from the type's own module; before, a
 * resource's from the package holding it, and any module a shared model from `types/shared` (`from .shared import
 * Address`, hetzner-python's `from ..shared import Action`).
 */
export const MODEL_IMPORTS_BY_MODULE_SINCE = '2024-04-23';
/**
 * Stainless's "chore(internal): minor type reference restructuring" (modern-treasury-python 717cc4a0, 2023-10-25): a
 * request's shared enum or scalar alias is named from `types/shared` (`direction: TransactionDirection`); before, as
 * an attribute of the `shared_params` package (`direction: shared_params.TransactionDirection`, hetzner-python's
 * `sort: shared_params.SortParam` of 2023-09-01).
 */
export const SHARED_PLAIN_PARAMS_BY_NAME_SINCE = '2023-10-25';
/**
 * Stainless's "chore(internal): update some imports" (lithic-python 69a045ae, 2024-08-12): a request's shared object
 * is imported from its `types/shared_params` module (`from ..types.shared_params.address import Address`); before, an
 * attribute of the package (`address: shared_params.Address`, `from ..types import shared_params`).
 */
export const SHARED_OBJECT_PARAMS_BY_NAME_SINCE = '2024-08-12';

export interface StainlessPythonTypeForms {
  /**
   * A type alias is annotated `TypeAlias` (`X: TypeAlias = List[Y]`, TYPE_ALIAS_MARKER_SINCE on); before, a plain
   * assignment (`X = List[Y]`), an implicit alias to type checkers.
   */
  typeAliasMarker: boolean;
  /**
   * api.md names a method's free-form response (`-> object`) as the `<Singular><Method>Response` type it would have
   * had, listed among the resource's types and linked to that type's module, which the package does not hold (before
   * NO_PHANTOM_RESPONSE_TYPES_SINCE); from then on, `-> object` alone.
   */
  phantomResponseTypes: boolean;
  /**
   * api.md lists the path params a method takes by keyword after `\*` (API_MD_KEYWORD_PATH_PARAMS_SINCE on); before,
   * every path param in the path's order, as if all were positional.
   */
  apiMdKeywordPathParams: boolean;
  /**
   * The width past which api.md writes a `from … import …` line one name a line: 100 from API_MD_RUFF_WIDTH_SINCE on
   * (Ruff), before it 88 (black).
   */
  apiMdImportWidth: number;
  /**
   * The width past which a module's `from … import …` is one name a line: isort's black profile, 88, before
   * API_MD_RUFF_WIDTH_SINCE (hetzner-python's and openai-python's types packages of 2023); from then on null, Ruff's
   * line length.
   */
  isortImportWidth: number | null;
  /**
   * A params' list of plain strings is `SequenceNotStr[str]` (SEQUENCE_NOT_STR_SINCE on), which a lone `str` does not
   * satisfy; before, `List[str]`.
   */
  sequenceNotStr: boolean;
  /**
   * A params' array of items no string is (objects, numbers) is `Iterable[…]` (ITERABLE_PARAMS_SINCE on); before,
   * `List[…]`.
   */
  iterableParams: boolean;
  /**
   * A class (a model or a TypedDict) opens with its schema's description as a docstring (CLASS_DOCSTRINGS_SINCE on);
   * before, only its fields were documented.
   */
  classDocstrings: boolean;
  /**
   * How a model whose objects take undeclared keys says so: a `__getattr__` stub for type checkers (`stub`); from
   * MODEL_EXTRA_FIELD_SINCE on, with `__pydantic_extra__` typed before it (`declared`); from
   * MODEL_EXTRA_FIELD_CHECKED_SINCE on, that declaration for type checkers only, the runtime's bare (`checked`).
   */
  modelExtraKeys: 'stub' | 'declared' | 'checked';
  /**
   * How a TypedDict whose objects take undeclared keys says so: `X = Union[XTyped, Dict[str, object]]` (`union`); from
   * PARAMS_EXTRA_ITEMS_SINCE on, `class X(TypedDict, total=False, extra_items=object)` (`extra-items`); from
   * PARAMS_EXTRA_ITEMS_PRAGMA_SINCE on, that with a pyright pragma on `extra_items`, one argument a line
   * (`extra-items-pragma`).
   */
  paramsExtraKeys: 'union' | 'extra-items' | 'extra-items-pragma';
  /**
   * A webhook unwrap's union of events is `Annotated[…, PropertyInfo(discriminator=…)]` where every event has a
   * property of a value of its own (WEBHOOK_EVENT_DISCRIMINATOR_SINCE on); before, a plain `Union`.
   */
  webhookEventDiscriminator: boolean;
  /**
   * An event stream the config does not mark `streaming` streams all the same (`-> Stream[TTSSSEEvent]`, with
   * `"Accept": "text/event-stream"`), its events typed by the method's declared type, from UNMARKED_STREAMS_SINCE on;
   * before, it is read as text (`-> str`, honcho-python's of 2024).
   */
  unmarkedStreams: boolean;
  /** A shared model is imported from `types/shared` (before MODEL_IMPORTS_BY_MODULE_SINCE); from then on, its module. */
  sharedThroughPackage: boolean;
  /**
   * Which shared types a request names as attributes of the `shared_params` package (`shared_params.Address`, the
   * module importing `from ..types import shared_params`): every one (`every`) before SHARED_PLAIN_PARAMS_BY_NAME_SINCE,
   * objects alone (`objects`) before SHARED_OBJECT_PARAMS_BY_NAME_SINCE; from then on none (null), each imported by name.
   */
  sharedParamsAttributes: 'every' | 'objects' | null;
}

/** The forms of the types of a Python SDK of `era` (a `YYYY-MM-DD` date); null or unreadable: the newest. */
export function pythonTypeFormsOfEra(era: string | null | undefined): StainlessPythonTypeForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  return {
    typeAliasMarker: since(TYPE_ALIAS_MARKER_SINCE),
    phantomResponseTypes: !since(NO_PHANTOM_RESPONSE_TYPES_SINCE),
    apiMdKeywordPathParams: since(API_MD_KEYWORD_PATH_PARAMS_SINCE),
    apiMdImportWidth: since(API_MD_RUFF_WIDTH_SINCE) ? 100 : 88,
    isortImportWidth: since(API_MD_RUFF_WIDTH_SINCE) ? null : 88,
    sequenceNotStr: since(SEQUENCE_NOT_STR_SINCE),
    iterableParams: since(ITERABLE_PARAMS_SINCE),
    classDocstrings: since(CLASS_DOCSTRINGS_SINCE),
    modelExtraKeys: since(MODEL_EXTRA_FIELD_CHECKED_SINCE)
      ? 'checked'
      : since(MODEL_EXTRA_FIELD_SINCE)
        ? 'declared'
        : 'stub',
    paramsExtraKeys: since(PARAMS_EXTRA_ITEMS_PRAGMA_SINCE)
      ? 'extra-items-pragma'
      : since(PARAMS_EXTRA_ITEMS_SINCE)
        ? 'extra-items'
        : 'union',
    webhookEventDiscriminator: since(WEBHOOK_EVENT_DISCRIMINATOR_SINCE),
    unmarkedStreams: since(UNMARKED_STREAMS_SINCE),
    sharedThroughPackage: !since(MODEL_IMPORTS_BY_MODULE_SINCE),
    sharedParamsAttributes: since(SHARED_OBJECT_PARAMS_BY_NAME_SINCE)
      ? null
      : since(SHARED_PLAIN_PARAMS_BY_NAME_SINCE)
        ? 'objects'
        : 'every',
  };
}
