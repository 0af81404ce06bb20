/**
 * A hunk a later generation of Stainless's made is its output, which sdkgen's stands in for (`madeBy`). But not one
 * that wires in a module the owners keep, which sdkgen writes none of: metronome-node's `src/resources/index.ts`
 * line `export { Webhooks } from './webhooks';`, written on main by Stainless's own custom-code flow for the webhook
 * helper its generations had dropped and the owners kept. Taken as Stainless's, sdkgen's index stood in for it, and
 * the client's `webhooks` member named a class the index no longer exported (TS2339; every test failed at run time).
 */
import { describe, expect, it } from 'vitest';
import { generationMadeIt } from '../../generator/migrate/repository/generations';

const line = "export { Webhooks } from './webhooks';";
const changes = { removed: new Set<string>(), added: new Set([line]) };
const files = (kept: boolean) => ({
  byPath: new Map([['src/resources/webhooks.ts', {}]]),
  renderedPaths: new Set(kept ? [] : ['src/resources/webhooks.ts']),
  base: { texts: new Map<string, string>() },
});

describe("a later generation's hunk that wires in a module the owners keep", () => {
  it('is not taken as Stainless’s output', () => {
    expect(generationMadeIt(changes, 'src/resources/index.ts', files(true))([], [line])).toBe(false);
  });

  it('is, where sdkgen writes that module itself', () => {
    expect(generationMadeIt(changes, 'src/resources/index.ts', files(false))([], [line])).toBe(true);
  });
});
