/**
 * An example program of Stainless's repository that the owners edited (together-ai's `examples/streaming.ts`,
 * rewritten for their renamed client) is theirs: the move keeps it as they have it,
 * rather than removing it and leaving their edits for a person. One they left as Stainless wrote it goes, and so does
 * an edited Stainless module sdkgen replaces.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const PATH = 'examples/streaming.ts';
const stainless = "import Example from 'example-sdk';\n\nconst client = new Example();\nvoid client;\n";
const edited =
  "#!/usr/bin/env -S npm run tsn -T\n\nimport Renamed from 'example-sdk';\nimport chalk from 'chalk';\n\n" +
  'const client = new Renamed();\nconsole.log(chalk.green(String(client)));\n';

function plan(files: Array<{ path: string; pristine: string; text: string }>) {
  return planMigration({
    current: files.map((f) => ({ path: f.path, blob: f.text === f.pristine ? 'stainless' : 'edited', text: f.text })),
    base: {
      blobs: new Map(files.map((f) => [f.path, 'stainless'])),
      texts: new Map(files.map((f) => [f.path, f.pristine])),
    },
    rendered: [{ path: 'src/client.ts', contents: 'export class Client {}\n' }],
  });
}

describe('migrate: an example program of Stainless’s the owners edited', () => {
  it('is kept as theirs, its edits not left for a person', () => {
    const result = plan([{ path: PATH, pristine: stainless, text: edited }]);
    expect(result.kept).toContain(PATH);
    expect(result.removed).not.toContain(PATH);
    expect(result.rejected.map((r) => r.path)).not.toContain(PATH);
    expect(result.needsHand.map((n) => n.path)).not.toContain(PATH);
  });

  it('goes where the owners left it as Stainless wrote it', () => {
    const result = plan([{ path: PATH, pristine: stainless, text: stainless }]);
    expect(result.removed).toContain(PATH);
    expect(result.kept).not.toContain(PATH);
  });

  it('does not make an edited Stainless module outside examples/ theirs', () => {
    const path = 'src/internal/helpers.ts';
    const result = plan([{ path, pristine: 'export const a = 1;\n', text: 'export const a = 2;\n' }]);
    expect(result.kept).not.toContain(path);
    expect(result.rejected.map((r) => r.path)).toContain(path);
  });
});
