/**
 * `sdkgen migrate` on a repository of metronome-ts's shape (issue 89): Stainless's bot squash-merged a release into
 * `main` that appended webhook header helpers (`getRequiredHeader`, `isHeadersProtocol`, `HeadersProtocol`,
 * `getHeader`) to Stainless's src/internal/headers.ts; its twin on `generated`, the version bump, lacks them: they are
 * custom code (twin-generations.ts), the owners', and an owners' module imports one. sdkgen's headers module declares
 * the same names in its form: the hunk is reported as already there, not carried into duplicate identifiers, and the
 * owners' module type-checks against sdkgen's helpers. A person's change to the body of a declaration of Stainless's
 * that sdkgen declares too (`isEmptyHeaders`) is not taken for done: it is carried or left for a person.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget (two
// migrations of a git history); test/migrate-declared-already-ts.test.ts samples the kind in memory.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrateResult } from '../generator/api/migrate';
import { typeCheckStrict } from './helpers/generated-tests';
import { git } from './helpers/git-repo';
import { migratedRepository } from './helpers/migrated-repository';
import { read } from './helpers/stainless-repository';
import { BOT, commit, HEADER, PERSON, write } from './helpers/stainless-history';
import { SLOW_FULL } from './helpers/slow-tests';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  servers: [{ url: 'https://api.acme.test' }],
  paths: {
    '/orders': {
      get: {
        operationId: 'listOrders',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
  },
};

const CONFIG = `organization:
  name: acme
  docs: https://acme.test/docs
resources:
  orders:
    methods:
      list: get /orders
targets:
  typescript:
    package_name: acme-sdk
`;

const STAINLESS_HEADERS = `${HEADER}type HeaderValue = string | undefined | null;
export type HeadersLike = Headers | Record<string, HeaderValue | readonly HeaderValue[]> | undefined | null;

export const isEmptyHeaders = (headers: HeadersLike) => {
  return !headers;
};
`;

/** The helpers the release squash appended, as metronome's module has them. */
const HELPERS = `
export const getRequiredHeader = (headers: HeadersLike | Headers, header: string): string => {
  const foundHeader = getHeader(headers, header);
  if (foundHeader === undefined) {
    throw new Error(\`Could not find \${header} header\`);
  }
  return foundHeader;
};

export const isHeadersProtocol = (headers: any): headers is HeadersProtocol => {
  return typeof headers?.get === 'function';
};

export interface HeadersProtocol {
  get: (header: string) => string | null | undefined;
}

export const getHeader = (headers: HeadersLike | Headers, header: string): string | undefined => {
  if (!headers) return undefined;
  if (isHeadersProtocol(headers)) return headers.get(header) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === header.toLowerCase()) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
};
`;

const OWNERS_VERIFY = `import { getRequiredHeader, type HeadersLike } from '../internal/headers';

/** The owners' webhook check: the signature header must be there. */
export function signatureOf(headers: HeadersLike): string {
  return getRequiredHeader(headers, 'Webhook-Signature');
}
`;

const releaseMessage = ['release: 1.0.0 (#9)', '', '## 1.0.0', '', '---------', '', `Co-authored-by: ${BOT}`].join(
  '\n',
);

function stainlessRepository(repo: string, ownersBodyEdit: boolean, helpers = HELPERS): void {
  git(repo, 'init', '-q', '-b', 'generated');
  write(repo, {
    '.stats.yml': 'configured_endpoints: 1\nopenapi_spec_hash: aaaa\nconfig_hash: bbbb\n',
    'package.json': `${JSON.stringify({ name: 'acme-sdk', version: '0.1.0' }, null, 2)}\n`,
    'src/index.ts': `${HEADER}export { Acme as default } from './client';\n`,
    'src/client.ts': `${HEADER}export class Acme {}\n`,
    'src/internal/headers.ts': STAINLESS_HEADERS,
  });
  commit(repo, BOT, 'feat(api): orders', '2025-09-01T00:00:00Z');
  git(repo, 'checkout', '-q', '-b', 'main');
  // The release squash: the helpers beside the version; on `generated`, its twin, the version bump, without them.
  write(repo, {
    'package.json': `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0' }, null, 2)}\n`,
    'src/internal/headers.ts': STAINLESS_HEADERS + helpers,
  });
  commit(repo, BOT, releaseMessage, '2025-09-15T00:00:00Z');
  git(repo, 'checkout', '-q', 'generated');
  write(repo, { 'package.json': `${JSON.stringify({ name: 'acme-sdk', version: '1.0.0' }, null, 2)}\n` });
  commit(repo, BOT, 'chore(internal): version bump', '2025-09-15T00:01:00Z');
  git(repo, 'checkout', '-q', 'main');
  write(repo, { 'src/lib/verify.ts': OWNERS_VERIFY });
  if (ownersBodyEdit) {
    const headers = read(repo, 'src/internal/headers.ts');
    write(repo, {
      'src/internal/headers.ts': headers.replace(
        '  return !headers;\n',
        '  return !headers || Object.keys(headers).length === 0;\n',
      ),
    });
  }
  write(repo, { 'openapi.json': `${JSON.stringify(SPEC, null, 2)}\n`, 'stainless.yml': CONFIG });
  commit(repo, PERSON, 'our webhook check, spec and config', '2025-09-20T00:00:00Z');
}

const declared = (text: string, name: string) =>
  text.match(new RegExp(`^export (?:const|function|interface) ${name}\\b`, 'gm'))?.length ?? 0;

describe.runIf(SLOW_FULL)("sdkgen migrate: helpers a release squash appended that sdkgen's module declares", () => {
  let repo: string;
  let report: MigrateResult;
  let code: number | null;

  beforeAll(() => {
    ({ repo, report, code } = migratedRepository('migrate-declared-already', (dir) => stainlessRepository(dir, false)));
  }, 120_000);

  it("reports the hunk already there in sdkgen's form, nothing for a person: exit 0", () => {
    expect(report.alreadyThere.map((entry) => entry.path)).toContain('src/internal/headers.ts');
    expect(report.reapplied.map((entry) => entry.path)).not.toContain('src/internal/headers.ts');
    expect(report.rejected).toEqual([]);
    expect(code).toBe(0);
  });

  it("declares each helper once, and the owners' module type-checks against sdkgen's", () => {
    const headers = read(repo, 'src/internal/headers.ts');
    for (const name of ['getRequiredHeader', 'isHeadersProtocol', 'HeadersProtocol', 'getHeader'])
      expect(declared(headers, name)).toBe(1);
    expect(read(repo, 'src/lib/verify.ts')).toBe(OWNERS_VERIFY);
    expect(typeCheckStrict(repo, ['src']).output).toBe('');
  });
});

describe.runIf(SLOW_FULL)("sdkgen migrate: a person's change to the body of a declaration sdkgen declares too", () => {
  it('is carried or left for a person, never taken for done', () => {
    const { repo, report } = migratedRepository('migrate-declared-body-edit', (dir) => stainlessRepository(dir, true));
    const carried = report.reapplied.some((entry) => entry.path === 'src/internal/headers.ts');
    const forAPerson = report.rejected.some((entry) => entry.path === 'src/internal/headers.ts');
    expect(carried || forAPerson).toBe(true);
    if (carried) expect(read(repo, 'src/internal/headers.ts')).toContain('Object.keys(headers).length === 0');
    else
      expect(report.rejected.find((entry) => entry.path === 'src/internal/headers.ts')?.hunks.join('\n')).toContain(
        'Object.keys(headers).length === 0',
      );
  }, 120_000);
});

/**
 * The release squash's helpers where sdkgen declares two names otherwise: `getHeader` taking its arguments the other
 * way round, `HeadersProtocol` with a required member sdkgen's lacks. Carried beside sdkgen's, the module declared them
 * twice and no module compiled: they go to a person, with their hunk and how the two differ (declared-otherwise.ts).
 */
const HELPERS_OTHERWISE = HELPERS.replace(
  '  get: (header: string) => string | null | undefined;\n',
  '  get: (header: string) => string | null | undefined;\n  has: (header: string) => boolean;\n',
)
  .replace(
    'export const getHeader = (headers: HeadersLike | Headers, header: string)',
    'export const getHeader = (header: string, headers: HeadersLike | Headers)',
  )
  .replace('getHeader(headers, header);', 'getHeader(header, headers);');

describe.runIf(SLOW_FULL)(
  "sdkgen migrate: helpers a release squash appended that sdkgen's module declares otherwise",
  () => {
    it('go to a person with how they differ, each name declared once, the package type-checking', () => {
      const { repo, report, code } = migratedRepository('migrate-declared-otherwise', (dir) =>
        stainlessRepository(dir, false, HELPERS_OTHERWISE),
      );
      const headers = read(repo, 'src/internal/headers.ts');
      for (const name of ['getRequiredHeader', 'isHeadersProtocol', 'HeadersProtocol', 'getHeader'])
        expect(declared(headers, name)).toBe(1);
      const reasons = report.needsHand.filter((entry) => entry.path === 'src/internal/headers.ts');
      expect(reasons.map((entry) => entry.reason).join('\n')).toMatch(
        /`getHeader`.*taking \(headers, header\) where yours takes \(header, headers\)/,
      );
      expect(reasons.map((entry) => entry.reason).join('\n')).toContain('without your required member `has`');
      const hunks = report.rejected.find((entry) => entry.path === 'src/internal/headers.ts')?.hunks.join('\n') ?? '';
      expect(hunks).toContain('+export const getHeader = (header: string, headers: HeadersLike | Headers)');
      expect(hunks).toContain('+  has: (header: string) => boolean;');
      expect(code).toBe(1);
      expect(typeCheckStrict(repo, ['src']).output).toBe('');
    }, 120_000);
  },
);
