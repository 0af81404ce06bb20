/**
 * migrate (Python): a bot commit of main that carried custom code beside a generation (writer-python's `release:
 * 2.2.1`: `_extract_sdk_env_headers` and its calls in both clients' `__init__`) is read by the history as the bot's
 * output line by line (`botOnly`); the function's hunk stayed the owners' (a person re-formatted one of its lines
 * since) while the call hunks were left out as a later generation's: the function was carried unused and the env
 * headers were no longer sent. Hunks that call what the owners' hunks define are the owners' too (owners-code-calls.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { withOwnersCodeCalls } from '../../generator/migrate/python/owners/owners-code-calls';

const blob = (text: string) => createHash('sha1').update(text).digest('hex');
const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const PATH = 'src/acme/_client.py';

// Stainless's client in its shape (written for this test), trimmed to what the edit touches.
const client = (extra: { module: string; sync: string; async: string; asyncHeaders: string }) => `${HEADER}import os
from typing import Mapping

from ._base_client import SyncAPIClient, AsyncAPIClient

__all__ = ["Acme", "AsyncAcme"]

${extra.module}
class Acme(SyncAPIClient):
    def __init__(self, *, base_url: str | None = None, default_headers: Mapping[str, str] | None = None) -> None:
        if base_url is None:
            base_url = "https://api.acme.com"
${extra.sync}
        super().__init__(
            base_url=base_url,
            custom_headers=default_headers,
        )


class AsyncAcme(AsyncAPIClient):
    def __init__(self, *, base_url: str | None = None, default_headers: Mapping[str, str] | None = None) -> None:
        if base_url is None:
            base_url = "https://api.acme.com"
${extra.async}
        super().__init__(
            base_url=base_url,
            custom_headers=${extra.asyncHeaders},
        )
`;
const FUNCTION = `_HEADER_PREFIX = "ACME_SDK_HEADER_"


def _extract_sdk_env_headers() -> dict[str, str]:
    headers: dict[str, str] = {}
    for key, value in os.environ.items():
        if key.startswith(_HEADER_PREFIX):
            headers[key[len(_HEADER_PREFIX) :].replace("_", "-")] = value
    return headers

`;
const STAINLESS = client({ module: '', sync: '', async: '', asyncHeaders: 'default_headers' });
const OWNERS = client({
  module: `\n${FUNCTION}`,
  sync: `
        env_headers = _extract_sdk_env_headers()
        default_headers = {**env_headers, **(default_headers or {})}
`,
  async: `
        env_headers = _extract_sdk_env_headers()
        merged_headers = {**env_headers, **(default_headers or {})}
`,
  asyncHeaders: 'merged_headers',
});
const SDKGEN = STAINLESS.slice(HEADER.length).replace(
  'from ._base_client',
  'from ._types import NotGiven\nfrom ._base_client',
);

const trimmed = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
// What the history says of the file: the bot's commit added every line, but for the one a person re-formatted since.
const REFORMATTED = 'headers[key[len(_HEADER_PREFIX) :].replace("_", "-")] = value';
const BOT_ONLY = new Set(trimmed(OWNERS).filter((line) => !trimmed(STAINLESS).includes(line) && line !== REFORMATTED));
const changes = {
  added: new Set<string>(),
  removed: new Set<string>(),
  botOnly: BOT_ONLY,
  removedByPeople: new Set(['headers[key[len(_HEADER_PREFIX):].replace("_", "-")] = value']),
};

describe("hunks that call the owners' code", () => {
  it("are the owners' where a hunk of theirs defines what they call", () => {
    // (The function's hunk, with the line a person re-formatted, is theirs; the rest read as a later generation's.)
    const laterGeneration = (_removed: string[], added: string[]) => !added.some((line) => line.trim() === REFORMATTED);
    const judge = withOwnersCodeCalls(laterGeneration, STAINLESS, OWNERS);
    expect(judge([], ['        env_headers = _extract_sdk_env_headers()'])).toBe(false);
    // (and a name such a hunk defines in turn)
    expect(judge(['        custom_headers=default_headers,'], ['        custom_headers=merged_headers,'])).toBe(false);
    // Lines reading nothing of theirs stay a later generation's.
    expect(judge(['        custom_headers=default_headers,'], ['        custom_headers=headers_of(x),'])).toBe(true);
  });

  it("stay a later generation's where no hunk of the owners' defines what they call", () => {
    const allGenerated = withOwnersCodeCalls(() => true, STAINLESS, OWNERS);
    expect(allGenerated([], ['        env_headers = _extract_sdk_env_headers()'])).toBe(true);
  });

  it('are carried by migrate with the function: the client sends the env headers', () => {
    const migrated = planPythonMigration({
      current: [{ path: PATH, blob: blob(OWNERS), text: OWNERS }],
      base: { blobs: new Map([[PATH, blob(STAINLESS)]]), texts: new Map([[PATH, STAINLESS]]) },
      rendered: [{ path: PATH, contents: SDKGEN }],
      importName: 'acme',
      laterGenerations: new Map([[PATH, changes]]),
    });
    const written = migrated.writes.find((f) => f.path === PATH)?.contents ?? '';
    const [sync, async] = written.split('class AsyncAcme(');
    expect(written).toContain('def _extract_sdk_env_headers() -> dict[str, str]:');
    expect(sync).toContain('        env_headers = _extract_sdk_env_headers()\n');
    expect(sync).toContain('        default_headers = {**env_headers, **(default_headers or {})}');
    expect(sync).toContain('            custom_headers=default_headers,');
    expect(migrated.laterGenerations).toEqual([]);
    // The async client's edit goes into the async client, though its second hunk's context is the sync client's too
    // (the first occurrence of it, where it went before: the sync client read `merged_headers`, which it never binds).
    expect(sync).not.toContain('merged_headers');
    expect(async).toContain(
      '        env_headers = _extract_sdk_env_headers()\n        merged_headers = {**env_headers, **(default_headers or {})}\n',
    );
    expect(async).toContain('            custom_headers=merged_headers,');
    expect(async).not.toContain('custom_headers=default_headers');
    expect(migrated.rejected).toEqual([]);
    expect(migrated.needsHand).toEqual([]);
  });
});
