/**
 * The owners' code that uses Node's globals or its `NodeJS` namespace was type-checked with Node's types; sdkgen's
 * tsconfig (`types: []`) lets them in only once relaxed for it. fashn's owners added a `subscribe` polling loop to
 * Stainless's `predictions.ts` (`let pollIntervalId: NodeJS.Timeout`): carried into sdkgen's module, it failed tsc
 * (TS2503 "Cannot find namespace 'NodeJS'") because only the owners' own modules were looked at, and not for
 * `NodeJS.`. The rule: generator/migrate/package/node-globals.ts (plan.ts keeps `@types/node` and relaxes the
 * tsconfig with it).
 */
import { describe, expect, it } from 'vitest';
import { carriedLinesUseNode, usesNode } from '../../generator/migrate/package/node-globals';

const sdkgens = `export class Predictions {\n  status(id: string) {\n    return this._client.get(\`/v1/status/\${id}\`);\n  }\n}\n`;
const carried = sdkgens.replace(
  '}\n}\n',
  '}\n\n  subscribe(id: string) {\n    let timer: NodeJS.Timeout;\n    return new Promise((resolve) => {\n      timer = setTimeout(resolve, 10);\n    });\n  }\n}\n',
);

describe("migrate: Node's globals in the owners' code", () => {
  it('tells a module using the NodeJS namespace, Node globals or node: imports', () => {
    expect(usesNode('let timer: NodeJS.Timeout;')).toBe(true);
    expect(usesNode('const key = process.env.ACME_KEY;')).toBe(true);
    expect(usesNode("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(usesNode('const timer = setTimeout(() => {}, 10);')).toBe(false);
  });

  it("tells lines the owners' edits carried into sdkgen's modules from sdkgen's own", () => {
    const rendered = [{ path: 'src/resources/predictions.ts', contents: sdkgens }];
    const writes = [{ path: 'src/resources/predictions.ts', contents: carried }];
    expect(carriedLinesUseNode(writes, rendered, new Set(['src/resources/predictions.ts']))).toBe(true);
    // Not re-applied there: sdkgen's module as it is.
    expect(carriedLinesUseNode(writes, rendered, new Set())).toBe(false);
    // sdkgen's own line of that form is no line of theirs.
    const own = [{ path: 'src/resources/predictions.ts', contents: carried }];
    expect(carriedLinesUseNode(writes, own, new Set(['src/resources/predictions.ts']))).toBe(false);
  });
});
