/**
 * A module with Stainless's header the base lacks is a later generation's (python/plan.ts), unless a person's commit
 * put it back after Stainless's generations deleted it (repository/stale-output.ts `putBack`: Modern Treasury's
 * `tests/api_resources/test_webhooks.py`, "add back removed code"): then it is the owners', kept as it is.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const CLIENT = 'src/acme/_client.py';
const TEST = 'tests/api_resources/test_webhooks.py';

function plan(putBack?: string[]) {
  const stainless = { [CLIENT]: `${HEADER}class Acme:\n    pass\n` };
  const base = { ...baseOf(stainless), ...(putBack ? { putBack } : {}) };
  const current = checkoutOf({ ...stainless, [TEST]: `${HEADER}def test_unwrap() -> None:\n    assert True\n` });
  const rendered = [{ path: CLIENT, contents: 'class Acme:\n    pass\n' }];
  return planPythonMigration({ current, base, rendered, importName: 'acme' });
}

describe('sdkgen migrate (Python): a file of Stainless’s a person put back', () => {
  it('is the owners’, kept; without that history, a later generation’s, removed', () => {
    const kept = plan([TEST]);
    expect(kept.kept).toContain(TEST);
    expect(kept.removed).not.toContain(TEST);
    expect(plan().removed).toContain(TEST);
  });
});
