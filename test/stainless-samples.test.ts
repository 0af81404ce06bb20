/**
 * Specs that document a Stainless SDK (../shared/stainless-compat/samples/*): generated from the spec alone (no
 * config), every TypeScript/JavaScript code sample they carry must type-check against our SDK under tsc --strict,
 * each sample a module of its own, its package import pointed at the generated src/. A sample may fail only when it
 * is listed below by operation, with the reason.
 */
// `npm test` leaves this file to `npm run test:slow` (SDKGEN_SLOW_TESTS=full, run by CI) for its time budget:
// there, test/smithery.test.ts samples a spec's code samples compiled (docs/contributing.md, "What `npm test`
// samples").
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/generate';
import { importedPackages, typeCheckSamples } from './helpers/code-samples';
import { sharedPath } from './helpers/paths';
import { tempDir } from './helpers/sdk';
import { SLOW_FULL } from './helpers/slow-tests';

const SAMPLES = sharedPath('stainless-compat', 'samples');

/** Samples that cannot compile against any SDK true to the spec: spec file → "VERB /path" → why. */
const KNOWN_EXCEPTIONS: Record<string, Record<string, string>> = {
  'nuntly.openapi.yml': {
    'POST /inboxes/{inboxId}/messages': 'the sample passes `to` a string; the schema says `type: array` of strings',
    'POST /messages/{messageId}/forward': 'the sample passes `to` a string; the schema says `type: array` of strings',
  },
};

const specs = existsSync(SAMPLES)
  ? readdirSync(SAMPLES)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
  : [];

describe.skipIf(!SLOW_FULL || specs.length === 0)(
  'Stainless-documented specs: every code sample compiles (no config)',
  () => {
    for (const name of specs) {
      it(name, async () => {
        const spec = path.join(SAMPLES, name);
        const result = await generate({ spec, format: false });
        const { samples, errors } = typeCheckSamples(spec, result, tempDir(`samples-${name.replace(/\W+/g, '-')}`));
        expect(samples.length).toBeGreaterThan(0);
        const failing = samples.filter((s) => errors.has(s.file));
        const known = KNOWN_EXCEPTIONS[name] ?? {};
        console.log(
          `${name}: ${samples.length - failing.length}/${samples.length} samples compile` +
            (failing.length > 0 ? `; failing: ${failing.map((s) => s.operation).join(', ')}` : ''),
        );
        expect(errors.get('(other)') ?? [], 'tsc errors outside the samples').toEqual([]);
        const unexpected = failing
          .filter((s) => !(s.operation in known))
          .map((s) => `${s.operation}:\n${errors.get(s.file)!.join('\n')}`);
        expect(unexpected, 'samples that should compile').toEqual([]);
        // The package the samples import is the package generated.
        expect([...new Set(samples.flatMap((s) => importedPackages(s.source)))]).toEqual([result.api.packageName]);
        // A listed exception that compiles now is stale: the list stays true.
        expect(Object.keys(known).filter((op) => !failing.some((s) => s.operation === op))).toEqual([]);
      });
    }
  },
);

if (specs.length === 0) {
  describe('Stainless-documented specs', () => {
    it.skip(`skipped: ${SAMPLES} is absent or holds no spec`, () => {});
  });
}
