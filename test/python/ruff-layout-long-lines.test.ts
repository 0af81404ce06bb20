/**
 * py-layout.ts's helpers for the lines that sent the larger SDKs' modules to Ruff (issue 91): a lone f-string too long
 * to fit, a string-keyed entry whose value is bracketed (a TypedDict's functional form), `"key": name,` entries too
 * long, names alone too long, definitions whose header does not fit, and values that go in parentheses of
 * their own. Each layout is checked against Ruff's WebAssembly build: Ruff must leave it byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { formatPython } from '../../generator/format/ruff';
import {
  allLinesFit,
  layoutAssignment,
  layoutDef,
  layoutExpr,
  layoutParenthesized,
  layoutReturns,
  ruffLeavesLong,
} from '../../generator/emit/python/py-layout';

/** `text` is a whole module Ruff leaves as it is. */
function asRuffLeavesIt(text: string | null): void {
  expect(text).not.toBeNull();
  const module = `${text}\n`;
  expect(formatPython(module, 'a.py')).toBe(module);
}

/** `text` as a method body's statements (indented by eight), Ruff leaving it as it is. */
function inMethod(text: string | null): void {
  expect(text).not.toBeNull();
  asRuffLeavesIt(`class A:\n    def f(self):\n${text}\n        return None`);
}

const longId = 'inbound_real_time_payments_transfer_request_identifier';

describe('lines Ruff leaves long', () => {
  it('a lone f-string whose fields are names stays long inside its call; one with an expression is not known', () => {
    const message = `f"Expected a non-empty value for \`${longId}\` but received {${longId}!r}"`;
    const laid = layoutExpr('            ', 'raise ', `ValueError(${message})`);
    expect(laid?.split('\n')).toHaveLength(3);
    inMethod(`        if not x:\n${laid}`);
    // Ruff formats a field's expression (`{a+1}` → `{a + 1}`): such a string is left to it.
    expect(layoutExpr('            ', 'raise ', `ValueError(f"${'x'.repeat(110)} {a+1}")`)).toBeNull();
    expect(ruffLeavesLong(`        f"${'x'.repeat(120)} {name!r}"`)).toBe(true);
    expect(ruffLeavesLong(`        f"${'x'.repeat(120)} {name + 1}"`)).toBe(false);
  });

  it('a string-keyed entry whose value is a name stays long with its comma', () => {
    const name = `secret_scanning_push_protection_enabled_for_new_repositories_${'x'.repeat(40)}`;
    const text = ['x = {', `    "${name}": ${name},`, '    "b": b,', '}'].join('\n');
    expect(allLinesFit(text)).toBe(true);
    asRuffLeavesIt(text);
    expect(allLinesFit(['x = {', `    "${name}": ${name}(1),`, '}'].join('\n'))).toBe(false);
  });

  it('a name alone on its line in split brackets stays long, with its comma or without', () => {
    const name = `permission_fork_pr_workflows_private_repo_update_params.${'Permission'.repeat(6)}UpdateParams`;
    const laid = layoutExpr('        ', 'return ', `maybe_transform({"run": run, "send": send}, ${name})`);
    expect(laid?.split('\n')).toContain(`            ${name},`);
    expect(ruffLeavesLong(`            ${name},`)).toBe(true);
    expect(ruffLeavesLong(`            ${name}`)).toBe(true);
    expect(ruffLeavesLong(`            ${name}(a)`)).toBe(false);
    inMethod(laid);
  });
});

describe('brackets split as Ruff splits them', () => {
  it("a TypedDict's functional form whose entry is bracketed: the entry's value split after its key", () => {
    const values = Array.from({ length: 12 }, (_, i) => `"value_number_${i}"`).join(', ');
    const value = `TypedDict("_CategoryReservedKeywords", {"in": List[Literal[${values}]]}, total=False)`;
    const laid = layoutAssignment('', '_CategoryReservedKeywords', null, value);
    expect(laid).toContain('        "in": List[\n');
    asRuffLeavesIt(`from typing import List\n\nfrom typing_extensions import Literal, TypedDict\n\n${laid}`);
  });

  it('a definition whose header does not fit: a lone `self` gets a comma, two parameters share a line', () => {
    const returns = `inbound_real_time_payments_transfers.AsyncInboundRealTimePaymentsTransfersResourceWithStreamingResponse`;
    const property = layoutDef('    ', 'def inbound_real_time_payments_transfers', ['self'], returns);
    expect(property?.split('\n')[1]).toBe('        self,');
    asRuffLeavesIt(`class A:\n    @property\n${property}\n        return None`);
    const test = layoutDef(
      '    ',
      `async def test_method_${'deployment_protection_rule_'.repeat(3)}overload_2`,
      ['self', 'async_client: AsyncGitHub'],
      'None',
    );
    expect(test?.split('\n')[1]).toBe('        self, async_client: AsyncGitHub');
    asRuffLeavesIt(`class TestA:\n${test}\n        return None`);
  });

  it('a return annotation that does not fit after the parameters: its brackets split', () => {
    const returns = `AsyncPaginator[CustomDeploymentRuleApp, AsyncAvailableCustomDeploymentProtectionRuleIntegrationsPage[CustomDeploymentRuleApp]]`;
    const close = layoutReturns('    ', returns);
    expect(close?.split('\n')).toHaveLength(3);
    asRuffLeavesIt(
      `class A:\n    def list(\n        self,\n        *,\n        a: int,\n${close}\n        return None`,
    );
  });

  it('a call whose first line does not fit after `x = ` or `async with `: in parentheses of its own', () => {
    const head =
      'await async_client.simulations.inbound_real_time_payments_transfers.with_raw_response.create_for_account';
    const call = (indent: string, tail = '') =>
      `${head}(\n${indent}    account_number_id="account_number_id",\n${indent}    amount=1,\n${indent})${tail}`;
    const assigned = layoutParenthesized('        ', 'response = ', (inner) => call(inner));
    expect(assigned?.split('\n')[0]).toBe('        response = (');
    asRuffLeavesIt(`class TestA:\n    async def test(self, async_client):\n${assigned}`);
    const streaming = head.replace('await ', '').replace('with_raw_response', 'with_streaming_response');
    const item = (inner: string) => `${streaming}(\n${inner}    amount=1,\n${inner}) as response`;
    const header = layoutParenthesized('        ', 'async with ', item, ':');
    expect(header?.split('\n').at(-1)).toBe('        ):');
    asRuffLeavesIt(`class TestA:\n    async def test(self, async_client):\n${header}\n            pass`);
  });
});
