/**
 * Owners' edits of the step of Stainless's Python runtime that formats a date for the wire (`_format_data` in
 * `_utils/_transform.py`, and its async twin `_async_format_data`): metronome-python's owners made `iso8601` datetimes
 * RFC 3339 (`…Z`, milliseconds) in both. sdkgen's runtime has that step under Stainless's name, signature and lines,
 * so the edit of the sync function lands in it; sdkgen's runtime has no async twin (its `async_transform` runs the
 * sync step), so the same edit of `_async_format_data` is done once the sync one is carried, and is said so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';
import { ROOT } from './helpers/paths';

const TRANSFORM = 'src/acme/_utils/_transform.py';
const SDKGEN_TRANSFORM = readFileSync(path.join(ROOT, 'templates/python/runtime/_utils/_transform.py'), 'utf8');

/** Stainless's two date-formatting steps (as its 2025 runtime wrote them), in a module of their own. */
const STAINLESS_TRANSFORM = `from __future__ import annotations

import pathlib
from datetime import date, datetime


def _format_data(data: object, format_: PropertyFormat, format_template: str | None) -> object:
    if isinstance(data, (date, datetime)):
        if format_ == "iso8601":
            return data.isoformat()

        if format_ == "custom" and format_template is not None:
            return data.strftime(format_template)

    if format_ == "base64" and is_base64_file_input(data):
        binary: str | bytes | None = None

        if isinstance(data, pathlib.Path):
            binary = data.read_bytes()

    return data


async def _async_format_data(data: object, format_: PropertyFormat, format_template: str | None) -> object:
    if isinstance(data, (date, datetime)):
        if format_ == "iso8601":
            return data.isoformat()

        if format_ == "custom" and format_template is not None:
            return data.strftime(format_template)

    if format_ == "base64" and is_base64_file_input(data):
        binary: str | bytes | None = None

        if isinstance(data, anyio.Path):
            binary = await data.read_bytes()

    return data
`;
const RFC_3339 = `            if (isinstance(data, datetime)):
                return data.isoformat(sep="T", timespec="milliseconds").replace("+00:00", "Z")
            else:
                return data.isoformat().replace("+00:00", "Z") `;
const OWNERS_TRANSFORM = STAINLESS_TRANSFORM.split('            return data.isoformat()').join(RFC_3339);

function plan() {
  return planPythonMigration({
    current: checkoutOf({ [TRANSFORM]: OWNERS_TRANSFORM }),
    base: baseOf({ [TRANSFORM]: STAINLESS_TRANSFORM }),
    rendered: [{ path: TRANSFORM, contents: SDKGEN_TRANSFORM }],
    importName: 'acme',
  });
}

/** The lines of the module-level function `name` of `text`, from its `def` to the next top-level line. */
function functionOf(text: string, name: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => new RegExp(`^(?:async )?def ${name}\\(`).test(line));
  if (at < 0) return '';
  const end = lines.findIndex((line, i) => i > at && /^\S/.test(line));
  return lines.slice(at, end < 0 ? undefined : end).join('\n');
}

describe("sdkgen migrate (Python): owners' edits of Stainless's date-formatting step", () => {
  it("carries the sync edit into sdkgen's `_format_data` and counts the async twin's as done by it", () => {
    const result = plan();
    const written = result.writes.find((f) => f.path === TRANSFORM)?.contents ?? '';
    const formatData = functionOf(written, '_format_data');
    expect(formatData).toContain('if format_ == "iso8601":');
    expect(formatData).toContain(
      '                return data.isoformat(sep="T", timespec="milliseconds").replace("+00:00", "Z")',
    );
    // Nothing is left for a person, and sdkgen's module gains no async twin.
    expect(result.needsHand.filter((n) => n.path === TRANSFORM)).toEqual([]);
    expect(result.rejected.filter((r) => r.path === TRANSFORM)).toEqual([]);
    expect(written).not.toContain('_async_format_data');
    const done = result.doneBySdkgen.find((d) => d.path === TRANSFORM);
    expect(done?.does).toContain('`_async_format_data`');
    expect(done?.does).toContain('`_format_data`');
  });

  it('leaves an edit of the async twin that is not the one carried into the sync step for a person', () => {
    const owners = STAINLESS_TRANSFORM.replace(
      /(async def _async_format_data[\s\S]*?) {12}return data\.isoformat\(\)/,
      '$1            return data.isoformat(timespec="seconds")',
    );
    const result = planPythonMigration({
      current: checkoutOf({ [TRANSFORM]: owners }),
      base: baseOf({ [TRANSFORM]: STAINLESS_TRANSFORM }),
      rendered: [{ path: TRANSFORM, contents: SDKGEN_TRANSFORM }],
      importName: 'acme',
    });
    expect(result.rejected.flatMap((r) => r.hunks).join('\n')).toContain('isoformat(timespec="seconds")');
    expect(result.doneBySdkgen.filter((d) => d.path === TRANSFORM)).toEqual([]);
  });
});
