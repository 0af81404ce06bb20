/**
 * scripts/stainless-python-tests.mjs compares each public method of Stainless's resource modules with sdkgen's. A module
 * the SDK's owners wrote beside the generated ones (Stagehand's `sessions_helpers.py`, "manually maintained helpers")
 * has no method sdkgen could write, so the measure leaves it out: a module is Stainless's when its opening comment lines
 * carry Stainless's banner, a licence header before it or not.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script without declarations
import { ownersModules } from '../../scripts/stainless-python-tests.mjs';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n';

const PACKAGE: Array<[string, string]> = [
  ['src/shop/resources/__init__.py', ''],
  ['src/shop/resources/orders.py', `${BANNER}\nfrom __future__ import annotations\n`],
  [
    'src/shop/resources/carts/carts.py',
    `# Copyright (c) Shop, Inc.\n#\n# Licensed under the MIT licence.\n\n${BANNER}\nimport httpx\n`,
  ],
  ['src/shop/resources/orders_helpers.py', '# Helpers we keep by hand.\n\nfrom .orders import OrdersResource\n'],
  ['src/shop/resources/untitled.py', `import httpx\n\n${BANNER}`],
  ['src/shop/_client.py', 'import httpx\n'],
  ['tests/api_resources/test_orders.py', 'import httpx\n'],
];

describe("resource modules the SDK's owners wrote (stainless-python-tests.mjs)", () => {
  it('are the resource modules whose opening comments lack the banner; a licence header before it is fine', () => {
    expect(ownersModules(new Map(PACKAGE))).toEqual([
      'src/shop/resources/orders_helpers.py',
      'src/shop/resources/untitled.py',
    ]);
  });

  it('are none in a package Stainless wrote whole', () => {
    const generated = PACKAGE.filter(([file]) => !/helpers|untitled/.test(file));
    expect(ownersModules(new Map(generated))).toEqual([]);
  });
});
