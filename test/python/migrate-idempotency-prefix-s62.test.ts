/**
 * increase-python's owners changed the prefix of the idempotency key Stainless's runtime sends ("chore: fix
 * idempotency", `stainless-python-retry-` → `increase-python-retry-`, in `_base_client.py`'s `_idempotency_key`;
 * Stainless's bot took it out again with the rest of their custom code, "chore: remove custom code", before the
 * release the trial moves). Where a repository still has such an edit, the move carries it into sdkgen's runtime
 * function of that name, in place of sdkgen's own prefix (`sdk-python-retry-`): the key is the owners'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import { ROOT } from '../helpers/paths';
import { baseClientWithIdempotencyPrefix } from '../../generator/emit/python/runtime-settings';

const PATH = 'src/acme/_base_client.py';
const SDKGEN = readFileSync(path.join(ROOT, 'templates/python/runtime/_base_client.py'), 'utf8');

/** Stainless's `_base_client.py`, the lines around its `_idempotency_key` (as increase-python's had them). */
const stainless = (prefix: string) =>
  [
    'import uuid',
    '',
    'import httpx',
    '',
    '',
    'class BaseClient:',
    '    def _should_retry(self, response: httpx.Response) -> bool:',
    '        if response.status_code >= 500:',
    '            return True',
    '',
    '        return False',
    '',
    '    def _idempotency_key(self) -> str:',
    `        return f"${prefix}-python-retry-{uuid.uuid4()}"`,
    '',
  ].join('\n');

describe("the owners' idempotency-key prefix in Stainless's runtime", () => {
  // sdkgen's runtime as an SDK from a Stainless config has it (Stainless's prefix), and as one from sdkgen's own.
  it.each([
    ['a Stainless config', baseClientWithIdempotencyPrefix(SDKGEN, true)],
    ["sdkgen's config", SDKGEN],
  ])("is carried into sdkgen's runtime function of that name (from %s)", (_from, rendered) => {
    expect(rendered).toContain('    def _idempotency_key(self) -> str:\n');
    const [base, owners] = [stainless('stainless'), stainless('acme')];
    const plan = planPythonMigration({
      current: [{ path: PATH, blob: 'owners', text: owners }],
      base: { blobs: new Map([[PATH, 'stainless']]), texts: new Map([[PATH, base]]) },
      rendered: [{ path: PATH, contents: rendered }],
      importName: 'acme',
    });
    expect(plan.rejected.filter((r) => r.path === PATH)).toEqual([]);
    expect(plan.needsHand.filter((n) => n.path === PATH)).toEqual([]);
    const written = plan.writes.find((f) => f.path === PATH)!.contents;
    expect(written).toContain('        return f"acme-python-retry-{uuid.uuid4()}"\n');
    expect(written).not.toMatch(/(?:sdk|stainless)-python-retry/);
  });
});
