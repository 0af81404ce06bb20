/**
 * More forms of a Stainless Python SDK's era, beside those of stainless/python-era.ts: a line the formatter keeps as
 * the generator wrote it (the magic trailing comma of a parenthesized import), and the raw-response properties'
 * docstrings. An SDK keeps the older forms until Stainless regenerates it; without an era, the newest.
 */
import type { StainlessPythonForms } from '../../stainless/python-era';

/**
 * Stainless's "chore(internal): import reformatting" (OneBusAway's python-sdk 55369d4, written 2025-04-23): a resource
 * module's `from .._utils import maybe_transform, async_maybe_transform` and the client's `from ._utils import
 * is_given, get_async_library` on one line; before, one name a line with a trailing comma, which Ruff keeps so.
 */
export const UTILS_IMPORT_ON_ONE_LINE_SINCE = '2025-04-23';

/**
 * Stainless's "chore: add docstrings to raw response properties" (structify-python, 2024-09-09; OneBusAway's
 * python-sdk 0fecff5): a resource's `with_raw_response` and `with_streaming_response` open with a docstring.
 */
export const WRAPPER_DOCSTRINGS_SINCE = '2024-09-09';

export interface PythonLayoutForms {
  /** The `_utils` import of a resource module and of the client written one name a line (before the change above). */
  utilsImportOneNameALine: boolean;
  /** A resource's raw and streaming response properties have a docstring (WRAPPER_DOCSTRINGS_SINCE on). */
  wrapperDocstrings: boolean;
}

/** The Python forms of an era with its layout forms beside (`layout`; absent: the newest). */
export type PythonEraForms = StainlessPythonForms & { layout?: PythonLayoutForms };

/** The layout forms of `era` (`YYYY-MM-DD`, possibly qualified: `2025-10-21+lazy-resources`; null: the newest). */
export function layoutFormsOfEra(era: string | null | undefined): PythonLayoutForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  return {
    utilsImportOneNameALine: date !== null && date < UTILS_IMPORT_ON_ONE_LINE_SINCE,
    wrapperDocstrings: date === null || date >= WRAPPER_DOCSTRINGS_SINCE,
  };
}

/** `from <module> import (` one name a line `)`, with the trailing comma that keeps Ruff from joining them. */
export function importOneNameALine(indent: string, module: string, names: string[]): string {
  return [`${indent}from ${module} import (`, ...names.map((name) => `${indent}    ${name},`), `${indent})`].join('\n');
}
