/**
 * What `sdkgen migrate` settles itself rather than leave to a person (plan.ts): a hand edit that only changed
 * comments of a Stainless file sdkgen replaces.
 */
import { describe, expect, it } from 'vitest';
import { onlyComments } from '../../generator/migrate/moot-edits';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string, blob = `blob-${path}`) => ({ path, blob, text });

describe('a hand edit of only comments in a Stainless file sdkgen replaces', () => {
  // Stainless's scripts/build, as OneBusAway's owners' search-and-replace left it: a comment renamed.
  const stainlessBuild = [
    '#!/usr/bin/env bash',
    'set -exuo pipefail',
    'rm -rf dist; mkdir dist',
    '# we need to add exports = module.exports = AcmeSDK to index.js;',
    '# No way to get that from index.ts',
    'node scripts/utils/fix-index-exports.cjs',
    'cp tsconfig.dist-src.json dist/src/tsconfig.json',
    '',
  ].join('\n');
  const sdkgenBuild = '#!/usr/bin/env bash\nset -euo pipefail\nnode scripts/build.mjs\n';
  const planFor = (path: string, stainless: string, edited: string, sdkgen: string) =>
    planMigration({
      current: [file(path, edited, 'edited')],
      base: { blobs: new Map([[path, 'pristine']]), texts: new Map([[path, stainless]]) },
      rendered: [{ path, contents: sdkgen }],
    });

  it('is listed as a comment-only edit, not as an edit left to carry', () => {
    const edited = stainlessBuild.replace('= AcmeSDK to', '= Acme SDK Node to');
    const plan = planFor('scripts/build', stainlessBuild, edited, sdkgenBuild);
    expect(plan.writes).toEqual([{ path: 'scripts/build', contents: sdkgenBuild }]);
    expect(plan.rejected).toEqual([]);
    expect(plan.commentOnlyEdits).toEqual(['scripts/build']);
  });

  it('is still an edit to carry where a changed line is a command, or a module line is code', () => {
    const command = stainlessBuild.replace('rm -rf dist; mkdir dist', 'rm -rf dist build; mkdir dist');
    const plan = planFor('scripts/build', stainlessBuild, command, sdkgenBuild);
    expect(plan.rejected.map((r) => r.path)).toEqual(['scripts/build']);
    expect(plan.commentOnlyEdits).toEqual([]);

    const module = "// Acme's client\nexport const a = 1;\n\nexport const b = 2;\n";
    const sdkgenModule = 'export const z = 26;\n';
    const code = planFor('src/x.ts', module, module.replace('a = 1', 'a = 2'), sdkgenModule);
    expect(code.rejected.map((r) => r.path)).toEqual(['src/x.ts']);
    const comment = planFor('src/x.ts', module, module.replace("Acme's", 'Acme Inc.’s'), sdkgenModule);
    expect(comment.rejected).toEqual([]);
    expect(comment.commentOnlyEdits).toEqual(['src/x.ts']);
  });

  it("tells comments by the file's language: `#` is code in a module, `//` is a command in a script", () => {
    const hunk = (removed: string, added: string) => `@@ -1,1 +1,1 @@\n-${removed}\n+${added}\n`;
    expect(onlyComments('src/x.ts', '// a\n', hunk('// a', '// b'))).toBe(true);
    expect(onlyComments('src/x.ts', '/* a */\n', hunk('/* a */', '/* b */'))).toBe(true);
    expect(onlyComments('src/x.ts', '# a\n', hunk('# a', '# b'))).toBe(false);
    expect(onlyComments('scripts/x.sh', '# a\n', hunk('# a', '# b'))).toBe(true);
    expect(onlyComments('scripts/x.sh', '// a\n', hunk('// a', '// b'))).toBe(false);
    // A doc comment is the SDK's documentation: an edit to it is carried, or listed to carry.
    expect(onlyComments('src/x.ts', '/** a */\n', hunk('/** a */', '/** b */'))).toBe(false);
    // A hunk whose lines are not where its header says is not judged by guess.
    expect(onlyComments('scripts/x.sh', 'echo\n# a\n', hunk('# a', '# b'))).toBe(false);
  });
});
