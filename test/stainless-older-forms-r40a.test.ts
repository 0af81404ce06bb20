/**
 * Older Stainless SDKs read as they were written (issue 89 item 9), on real material in ../shared:
 * - before 2024-06-25 a resource module of the older runtime (`targets.node`) imports `* as Core` before `APIResource`
 *   (embed-node's generation of 2024-06-21, openai-node's before its "minor reformatting" of 2024-06-26), and an SDK
 *   whose modules do so is of that era;
 * - before 2025-04-08 an enum the request body's example gives a value is its first value in the endpoint tests
 *   (on knock-mgmt's spec, `channel_type: 'email'` where the body's example says 'push'); its own example stays;
 * - an operation whose `security` names only schemes the spec does not declare is the API's (tolstoy's
 *   `/tools/{toolId}/auth`, `[{ bearer: [] }]`): the `X-Org-ID` header its API-level `x-org-id` apiKey carries is the
 *   client's, not a parameter of the method (tolstoy-ts's generation 960827d of 2025-08-08, from the spec and config
 *   of joosuhail12/tolstoy whose hashes its `.stats.yml` names; the copy in ../shared has a dangling `$ref` there).
 */
// Each case generates a whole SDK (knock-mgmt's is large), and the last reads a mirror: `npm run test:slow` only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/api';
import { inferStainlessEra } from '../generator/stainless/era';
import { sharedPath } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const ONEBUSAWAY = sharedPath('stainless-compat', 'onebusaway');
const KNOCK_MGMT = sharedPath('stainless-configs', 'knocklabs__docs__data-specs-mapi');
/** joosuhail12/tolstoy's repository (the `fetch` tool's mirror): its spec and config of tolstoy-ts's generation. */
const TOLSTOY = '/work/.mirror/joosuhail12+tolstoy/repo';

async function generated(dir: string, spec: string, config: string, stainlessEra: string | null): Promise<string> {
  const output = tempDir(dir);
  await generate({ spec, config, output, stainlessEra, formatter: 'prettier' });
  return output;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe.runIf(SLOW_FULL)('older Stainless SDKs read as they were written', () => {
  describe.skipIf(!existsSync(ONEBUSAWAY))('the older runtime imports `* as Core` first before 2024-06-25', () => {
    const spec = path.join(ONEBUSAWAY, 'openapi.yml');
    const config = path.join(ONEBUSAWAY, 'stainless.yml');

    it('writes the era form and reads its era back', async () => {
      const older = await generated('older-forms-core', spec, config, '2024-06-20');
      const newer = await generated('older-forms-core', spec, config, '2024-06-28');
      const module = 'src/resources/current-time.ts';
      expect(read(older, module)).toContain(
        `import * as Core from '../core';\nimport { APIResource } from '../resource';`,
      );
      expect(read(newer, module)).toContain(
        `import { APIResource } from '../resource';\nimport * as Core from '../core';`,
      );
      const modules = (dir: string) =>
        readdirSync(path.join(dir, 'src/resources'))
          .filter((f) => f.endsWith('.ts'))
          .map((f) => ({ path: `src/resources/${f}`, text: read(dir, `src/resources/${f}`) }));
      expect(inferStainlessEra(modules(older), null)).toBe('2024-06-24');
      expect(inferStainlessEra(modules(newer), null)).not.toBe('2024-06-24');
    }, 60_000);
  });

  describe.skipIf(!existsSync(KNOCK_MGMT))(
    "an enum the body's example gives is its first value before 2025-04-08",
    () => {
      it('in the endpoint tests of the era', async () => {
        const spec = path.join(KNOCK_MGMT, 'openapi.yml');
        const config = path.join(KNOCK_MGMT, 'stainless.yml');
        const test = 'tests/api-resources/channel-groups.test.ts';
        const older = read(await generated('older-forms-enum', spec, config, '2025-04-07'), test);
        const newer = read(await generated('older-forms-enum', spec, config, '2025-04-08'), test);
        expect(newer).toContain("channel_group: { channel_type: 'push', name: 'Push Notification Group' }");
        expect(older).toContain("channel_group: { channel_type: 'email', name: 'Push Notification Group' }");
      }, 60_000);
    },
  );

  describe.skipIf(!existsSync(TOLSTOY))('an operation security naming only undeclared schemes is the API’s', () => {
    it("leaves the header the API's credential carries to the client", async () => {
      const inputs = tempDir('older-forms-security-inputs');
      const show = (at: string) => execFileSync('git', ['--git-dir', TOLSTOY, 'show', at], { maxBuffer: 1 << 26 });
      writeFileSync(path.join(inputs, 'openapi.json'), show('2c170141e0:docs/openapi.json'));
      writeFileSync(path.join(inputs, 'stainless.yml'), show('72955a6628:stainless.yml'));
      const out = await generated(
        'older-forms-security',
        path.join(inputs, 'openapi.json'),
        path.join(inputs, 'stainless.yml'),
        null,
      );
      const auth = read(out, 'src/resources/tools/auth.ts');
      expect(auth).toContain('retrieve(toolID: string, options?: RequestOptions): APIPromise<AuthRetrieveResponse>');
      expect(auth).not.toContain('X-Org-ID');
    }, 60_000);
  });
});
