/**
 * An import a migrate stage adds to a carried module never binds a name the module imports already (TS2300, a
 * duplicate identifier). Cerebras's client tests: the line-by-line carry placed `import { type RequestInfo } from
 * 'node-fetch'` in sdkgen's tests/index.test.ts, then the carry of the owners' added tests (owners/described-tests.ts)
 * put Stainless's whole `import defaultFetch, { Response, type RequestInit, type RequestInfo } from 'node-fetch'`
 * after it, for the other names its tests use.
 */
import { describe, expect, it } from 'vitest';
import {
  withoutRepeatedImports,
  withoutRepeatedImportsInPlan,
} from '../../generator/migrate/reapply/duplicate-imports';
import { withAddedTestBlocks } from '../../generator/migrate/owners/described-tests';

const STAINLESS_FETCH = "import defaultFetch, { Response, type RequestInit, type RequestInfo } from 'node-fetch';";
const HARNESS = 'export function test() {}\nexport const expect = () => ({ toBe() {}, toBeTruthy() {} });\n';

describe('migrate: an import line naming a name imported already', () => {
  it('keeps the names of its own, without the one imported already', () => {
    const text = [
      "import { describe, expect, it, test } from './harness.js';",
      "import { type RequestInfo } from 'node-fetch';",
      STAINLESS_FETCH,
      '',
      'const f = (url: RequestInfo, init: RequestInit): Promise<Response> => defaultFetch(url, init);',
    ].join('\n');
    expect(withoutRepeatedImports(text).split('\n').slice(0, 3)).toEqual([
      "import { describe, expect, it, test } from './harness.js';",
      "import { type RequestInfo } from 'node-fetch';",
      "import defaultFetch, { Response, type RequestInit } from 'node-fetch';",
    ]);
  });

  it('reads the names a multi-line import binds, and a repeated default name', () => {
    const text = [
      'import {',
      '  type RequestInfo,',
      '  type RequestInit,',
      "} from 'node-fetch';",
      "import defaultFetch from 'node-fetch';",
      STAINLESS_FETCH,
      "import type { Foo as RequestInit2 } from './foo';",
    ].join('\n');
    expect(withoutRepeatedImports(text).split('\n').slice(4)).toEqual([
      "import defaultFetch from 'node-fetch';",
      "import { Response } from 'node-fetch';",
      "import type { Foo as RequestInit2 } from './foo';",
    ]);
  });

  it('leaves a module whose imports bind each name once as it is', () => {
    const text = `import a, { b, type c as d } from 'a';\nimport * as e from 'e';\nimport './side-effect';\n${STAINLESS_FETCH}\n`;
    expect(withoutRepeatedImports(text)).toBe(text);
  });
});

describe('migrate: the owners added tests carried with the imports they use', () => {
  const pristine = `${STAINLESS_FETCH}
import Acme from 'acme';

describe('retries', () => {
  test('retry on timeout', async () => {
    expect(1).toBe(1);
  });
});
`;
  const current = pristine.replace(
    '  });\n});\n',
    `  });

  test('custom fetch', async () => {
    const testFetch = async (url: RequestInfo, init: RequestInit = {}): Promise<Response> =>
      defaultFetch(url, init);
    expect(new Acme({ fetch: testFetch })).toBeTruthy();
  });
});
`,
  );
  // sdkgen's module, into which an earlier stage already carried an import of `RequestInfo`.
  const sdkgens = `import Acme from '../src/index.js';
import { describe, expect, it, test } from './harness.js';
import { type RequestInfo } from 'node-fetch';

describe('retries', () => {
  it('retry on timeout', async () => {
    expect(1).toBe(1);
  });
});
`;

  it('imports the names the module has not, never one it imports already', () => {
    const carried = withAddedTestBlocks(pristine, current, sdkgens, HARNESS);
    expect(carried).not.toBeNull();
    const imports = carried!.split('\n').filter((line) => line.startsWith('import '));
    expect(imports).toEqual([
      "import Acme from '../src/index.js';",
      "import { describe, expect, it, test } from './harness.js';",
      "import { type RequestInfo } from 'node-fetch';",
      "import defaultFetch, { Response, type RequestInit } from 'node-fetch';",
    ]);
  });
});

describe("migrate: the plan's carried modules, after every stage", () => {
  it('trims a repeated import from a module carrying edits, not from sdkgen’s own or the owners’ kept', () => {
    const repeated = `import { type RequestInfo } from 'node-fetch';\n${STAINLESS_FETCH}\n`;
    const plan = {
      writes: [
        { path: 'tests/index.test.ts', contents: repeated },
        { path: 'src/own.ts', contents: repeated },
        { path: 'README.md', contents: repeated },
      ],
      generated: [
        { path: 'tests/index.test.ts', contents: 'sdkgen’s\n' },
        { path: 'src/own.ts', contents: 'sdkgen’s\n' },
      ],
      reapplied: [{ path: 'tests/index.test.ts', hunks: 1 }],
      rejected: [{ path: 'README.md', hunks: ['@@'] }],
    };
    withoutRepeatedImportsInPlan(plan);
    expect(plan.writes.map((w) => w.contents)).toEqual([
      "import { type RequestInfo } from 'node-fetch';\nimport defaultFetch, { Response, type RequestInit } from 'node-fetch';\n",
      repeated,
      repeated,
    ]);
  });
});
