/**
 * An owners' module at the path of sdkgen's runtime module (groq's `src/core/streaming.ts`) keeps the Stainless modules
 * it imports (`src/internal/decoders/line.ts`); where the report tells to delete it (sdkgen's exports every name their
 * code imports from it), it says those modules are unused once it is deleted, and not those other code imports too.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string) => ({ path, blob: `blob-${path}`, text });

const LINE = '// File generated from our OpenAPI spec by Stainless.\nexport class LineDecoder {}\n';
const BYTES = '// File generated from our OpenAPI spec by Stainless.\nexport const b = 1;\n';
const OWNERS_STREAMING = [
  "import { LineDecoder } from '../internal/decoders/line';",
  "import { split } from '../internal/decoders/split';",
  "import { b } from '../internal/utils/bytes';",
  'export class Stream<T> { d = new LineDecoder(); n = b; t?: T; }',
  '',
].join('\n');
const SDKGENS = 'export class Stream<T> { t?: T; }\n';

function plan(readerImports: string, sdkgens: string, ownersSplitImports = '') {
  const stainless = [file('src/internal/decoders/line.ts', LINE), file('src/internal/utils/bytes.ts', BYTES)];
  return planMigration({
    current: [
      ...stainless,
      file('src/core/streaming.ts', OWNERS_STREAMING),
      file('src/internal/decoders/split.ts', ownersSplitImports + 'export const split = 1;\n'),
      file('src/lib/reader.ts', `${readerImports}export const r = 1;\n`),
    ],
    base: { blobs: new Map(stainless.map((f) => [f.path, f.blob])), texts: new Map() },
    rendered: [{ path: 'src/core/streaming.ts', contents: sdkgens }],
  });
}

const reasonOf = (p: ReturnType<typeof plan>) => p.needsHand.find((n) => n.path === 'src/core/streaming.ts')?.reason;

describe("Stainless's modules an owners' module at sdkgen's runtime path alone imports", () => {
  it('are kept, and said to be unused once that module is deleted', () => {
    const p = plan("import { Stream } from '../core/streaming';\n", SDKGENS);
    expect([...p.keptImported].sort()).toEqual(['src/internal/decoders/line.ts', 'src/internal/utils/bytes.ts']);
    expect(reasonOf(p)).toMatch(/delete yours \(git keeps it\) and regenerate/);
    expect(reasonOf(p)).toMatch(
      /; src\/internal\/decoders\/line\.ts, src\/internal\/utils\/bytes\.ts, Stainless's, kept because yours imports them, are then unused: delete them too; src\/internal\/decoders\/split\.ts, yours too, which only it imports, is then unused: delete it too$/,
    );
  });

  it("count what the owners' module imports through one of theirs", () => {
    const p = plan("import { Stream } from '../core/streaming';\n", SDKGENS, "import { b } from '../utils/bytes';\n");
    expect(reasonOf(p)).toMatch(/src\/internal\/decoders\/line\.ts, src\/internal\/utils\/bytes\.ts, Stainless's/);
    const q = plan(
      "import { split } from '../internal/decoders/split';\n",
      SDKGENS,
      "import { b } from '../utils/bytes';\n",
    );
    expect(reasonOf(q)).toMatch(
      /; src\/internal\/decoders\/line\.ts, Stainless's, kept because yours imports it, is then unused: delete it too$/,
    );
  });

  it('leave out those other code of theirs imports too', () => {
    const p = plan("import { LineDecoder } from '../internal/decoders/line';\n", SDKGENS);
    expect(reasonOf(p)).toMatch(
      /; src\/internal\/utils\/bytes\.ts, Stainless's, kept because yours imports it, is then unused: delete it too; src\/internal\/decoders\/split\.ts, yours too, which only it imports, is then unused: delete it too$/,
    );
  });

  it('are not mentioned where the report tells to move the module rather than delete it', () => {
    const p = plan("import { LineDecoder } from '../core/streaming';\n", SDKGENS);
    expect(reasonOf(p)).toMatch(/lacks LineDecoder/);
    expect(reasonOf(p)).not.toMatch(/then unused/);
  });
});
