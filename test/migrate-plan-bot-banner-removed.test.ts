/**
 * The plan's botBannerRemoved (migration-plan.ts, filled in plan.ts): the custom code Stainless's bot committed beside
 * a generation that migrate writes back only to take the bot's banner out (owners/bot-custom-code.ts). The report
 * lists these apart from sdkgen's files (test/unit/migrate-report-bot-banner.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const BANNER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const UPLOADS = "import { APIResource } from '../core/resource';\n\nexport class Uploads extends APIResource {}\n";
const TEST = "import Acme from 'acme';\n\ntest('uploads', () => {\n  expect(Acme).toBeDefined();\n});\n";

function plan(botCustomCode: ReadonlySet<string>) {
  // (The base as findStainlessBase gives it: with the bot's custom files it names.)
  const base = { blobs: new Map<string, string>(), texts: new Map<string, string>(), botCustomCode };
  return planMigration({
    current: [
      { path: 'src/resources/uploads.ts', blob: 'o-uploads', text: `${BANNER}${UPLOADS}` },
      { path: 'tests/api-resources/uploads.test.ts', blob: 'o-test', text: TEST },
      { path: 'tests/lib/upload.test.ts', blob: 'o-lib', text: `${BANNER}${TEST}` },
    ],
    base,
    rendered: [{ path: 'src/client.ts', contents: 'export class Acme {}\n' }],
  });
}

describe("the bot's custom code written back without its banner", () => {
  it('is named in botBannerRemoved, and only the files that lost a banner', () => {
    const migrated = plan(new Set(['src/resources/uploads.ts', 'tests/api-resources/uploads.test.ts']));
    expect(migrated.botBannerRemoved).toEqual(['src/resources/uploads.ts']);
    expect(migrated.writes).toContainEqual({ path: 'src/resources/uploads.ts', contents: UPLOADS });
    // The bot's custom test had no banner, and a file of the owners' with one copied in stays as they wrote it.
    expect(migrated.kept).toEqual(['tests/api-resources/uploads.test.ts', 'tests/lib/upload.test.ts']);
  });

  it('is empty when the base names no custom code', () => {
    expect(plan(new Set()).botBannerRemoved).toEqual([]);
  });
});
