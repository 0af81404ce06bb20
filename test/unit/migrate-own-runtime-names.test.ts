import { describe, expect, it } from 'vitest';
import { ownRuntimeModule } from '../../generator/migrate/owners/runtime-path-files';
import { namedImportsOf } from '../../generator/migrate/repository/imports';
import { planMigration } from '../../generator/migrate/plan';

const file = (path: string, text: string) => ({ path, blob: `blob-${path}`, text });

// The owners' own streaming module at the path of sdkgen's (groq's `src/core/streaming.ts`).
const OWNERS = [
  'export type ServerSentEvent = { data: string };',
  'export class Stream<T> {}',
  'export function _iterSSEMessages() {}',
  'export class LineDecoder {}',
  '',
].join('\n');
const SDKGENS = 'export type ServerSentEvent = { data: string };\nexport class Stream<T> {}\n';

describe("the names the repository takes from an owners' module at sdkgen's runtime path", () => {
  it('counts named imports, a namespace import by the names read off it, and a star re-export by its public exports', () => {
    const current = [
      file('src/core/streaming.ts', OWNERS),
      file('src/lib/streaming.ts', "export * from '../core/streaming';\n"),
      file('src/lib/reader.ts', "import * as S from '../core/streaming';\nexport const d = new S.LineDecoder();\n"),
      file('src/resources/chat.ts', "import { Stream } from '../core/streaming';\nexport type X = Stream<1>;\n"),
    ];
    expect(ownRuntimeModule('src/core/streaming.ts', OWNERS, SDKGENS, current, 'groq-sdk')).toEqual({
      used: ['LineDecoder', 'ServerSentEvent', 'Stream'],
      missing: ['LineDecoder'],
    });
  });

  it('is nothing for a path outside sdkgen’s runtime folders', () => {
    expect(ownRuntimeModule('src/lib/streaming.ts', OWNERS, SDKGENS, [], null)).toBeNull();
  });

  it('namedImportsOf gives a star re-export only when asked', () => {
    const text = "export * from './a';\nexport { b } from './b';\n";
    expect(namedImportsOf(text)).toEqual([{ specifier: './b', names: ['b'] }]);
    expect(namedImportsOf(text, { stars: true })).toEqual([
      { specifier: './a', names: ['*'] },
      { specifier: './b', names: ['b'] },
    ]);
  });
});

describe("an owners' module at sdkgen's runtime path, imported by their code", () => {
  it('is found where it stays: their import of it is no broken import', () => {
    const plan = planMigration({
      current: [
        file('src/core/streaming.ts', OWNERS),
        file(
          'src/lib/reader.ts',
          "import { LineDecoder } from '../core/streaming';\nexport const d = new LineDecoder();\n",
        ),
      ],
      base: { blobs: new Map(), texts: new Map() },
      rendered: [{ path: 'src/core/streaming.ts', contents: SDKGENS }],
    });
    const reasons = plan.needsHand.map((n) => `${n.path}: ${n.reason}`);
    expect(reasons).toEqual([expect.stringMatching(/^src\/core\/streaming\.ts: yours .*lacks LineDecoder/)]);
  });
});
