/**
 * A licence header the owners put atop every module as a `/** … *\/` block (llama-stack's TypeScript SDK): on a
 * Stainless file sdkgen removes, the block documents no declaration, so the file is edited only in its comments and
 * nothing of the owners' is lost with it. A doc block added right above a declaration is still documentation, shown
 * for a person.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const PATH = 'src/_shims/index.mjs';
const LICENCE =
  '/**\n * Copyright (c) Example Inc. and affiliates.\n *\n * Licensed under the MIT licence found in the LICENSE file.\n */\n';
const shim = (top = '') =>
  `${top}/**\n * Disclaimer: not for SDK users.\n */\nimport * as shims from './registry.mjs';\n` +
  `export const init = () => shims.kind;\n`;
const script = (top = '') => `${top}const fs = require('fs');\nfs.existsSync('dist');\n`;

function plan(path: string, pristine: string, edited: string) {
  return planMigration({
    current: [{ path, blob: 'edited', text: edited }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, pristine]]) },
    rendered: [{ path: 'src/client.ts', contents: 'export class Client {}\n' }],
  });
}

describe('migrate: a licence block atop a Stainless module sdkgen removes', () => {
  it('is an edit of comments alone, before the module’s own doc comment', () => {
    const result = plan(PATH, shim(), shim(`${LICENCE}\n`));
    expect(result.removed).toContain(PATH);
    expect(result.commentOnlyEdits).toContain(PATH);
    expect(result.rejected.map((r) => r.path)).not.toContain(PATH);
  });

  it('is an edit of comments alone, before a script’s first statement', () => {
    const path = 'scripts/utils/check-version.cjs';
    const result = plan(path, script(), script(`${LICENCE}\n`));
    expect(result.commentOnlyEdits).toContain(path);
    expect(result.rejected.map((r) => r.path)).not.toContain(path);
  });

  it('is documentation when it stands right above a declaration', () => {
    const path = 'src/internal/helpers.ts';
    const pristine = 'export const retries = 2;\n';
    const result = plan(path, pristine, `/**\n * How often a request is retried.\n */\n${pristine}`);
    expect(result.commentOnlyEdits).not.toContain(path);
    expect(result.rejected.map((r) => r.path)).toContain(path);
  });
});
