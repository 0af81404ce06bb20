import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string, blob: string) => ({ path, blob, text });

describe("a module under src/lib/ that Stainless's branch holds", () => {
  // groq's `src/lib/streaming.ts`: their old streaming module, carried on Stainless's branch, later made a re-export.
  const old = "import { ReadableStream } from '../_shims/index';\nexport class Stream {}\n";
  const reexport = "/** @deprecated Import from ./core/streaming instead */\nexport * from '../core/streaming';\n";
  const base = {
    blobs: new Map([
      ['src/lib/streaming.ts', 's1'],
      ['src/lib/helpers.ts', 'h1'],
    ]),
    texts: new Map([
      ['src/lib/streaming.ts', old],
      ['src/lib/helpers.ts', 'export const x = 1;\n'],
    ]),
  };

  it('is the owners’ once they edited it: kept as it is, nothing for a person', () => {
    const plan = planMigration({
      current: [
        file('src/lib/streaming.ts', reexport, 's2'),
        file('src/lib/helpers.ts', 'export const x = 1;\n', 'h1'),
      ],
      base,
      rendered: [],
    });
    expect(plan.kept).toContain('src/lib/streaming.ts');
    expect(plan.removed).not.toContain('src/lib/streaming.ts');
    expect(plan.rejected.map((r) => r.path)).not.toContain('src/lib/streaming.ts');
    // One they never edited is Stainless's branch's as before (it goes, git keeps it).
    expect(plan.removed).toContain('src/lib/helpers.ts');
  });

  it('is sdkgen’s where sdkgen writes that path, their edits carried as to any file of Stainless’s', () => {
    const plan = planMigration({
      current: [file('src/lib/streaming.ts', reexport, 's2')],
      base,
      rendered: [{ path: 'src/lib/streaming.ts', contents: 'export const sdkgen = 1;\n' }],
    });
    expect(plan.kept).not.toContain('src/lib/streaming.ts');
  });
});
