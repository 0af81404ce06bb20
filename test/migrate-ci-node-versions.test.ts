/**
 * A Stainless workflow the owners edited elsewhere (reducto-node-sdk's Renovate pinned each action to a commit) keeps
 * its `node-version:` lines as Stainless wrote them: those are Stainless's to move to Node 20; an edit of theirs to a
 * Node version is theirs.
 */
import { describe, expect, it } from 'vitest';
import { nodeVersionsAsStainless, scriptJobsOnOldNode } from '../generator/migrate/repository/release';

const STAINLESS = `name: CI
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - name: Set up Node
        uses: actions/setup-node@v4
        with:
          node-version: '18'
      - run: ./scripts/bootstrap
      - run: ./scripts/test
`;

const PINNED = STAINLESS.replace(
  'actions/checkout@v6',
  'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2',
);

describe("a Stainless workflow's Node lines", () => {
  it("are Stainless's where the owners edited only other lines", () => {
    expect(nodeVersionsAsStainless(STAINLESS, PINNED)).toBe(true);
    const { old, onNode20 } = scriptJobsOnOldNode(PINNED);
    expect(old).toEqual(['18']);
    expect(onNode20).toContain("node-version: '20'");
    expect(onNode20).toContain('actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2');
  });

  it("are the owners' where they changed a Node version", () => {
    expect(nodeVersionsAsStainless(STAINLESS, PINNED.replace("'18'", "'16'"))).toBe(false);
  });
});
