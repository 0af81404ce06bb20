// ref-spec-url.mjs — the ref's own test script given the trial's spec where its `.stats.yml` names none.
//
// Stainless's `scripts/mock` takes the spec from `.stats.yml`'s `openapi_spec_url` and stops before any test runs
// where there is none ("Error: No OpenAPI spec path/url provided or found in .stats.yml": a release whose spec
// Stainless does not publish, openlayer-python's). Check 9 then had no test of the ref's to compare with, and every
// owners' test failing in the migrated tree read as failing "not at the ref", those failing at the ref alike in check
// 6 included. The ref's work tree is the trial's own: its `.stats.yml` gets the trial's copy of the spec (the one the
// migrated tree's mock serves), so both scripts run their tests against the same spec; said in the reason.
import fs from 'node:fs';
import path from 'node:path';
import { scriptTexts } from './mock-servers.mjs';

/**
 * Where the tree `dir`'s scripts read the spec from `.stats.yml` and it names none: `openapi_spec_url: <spec>` added
 * to it, and the note that says so. Null where nothing was changed.
 */
export function giveRefTheSpec(dir, spec) {
  const stats = path.join(dir, '.stats.yml');
  if (!spec || !fs.existsSync(stats)) return null;
  const text = fs.readFileSync(stats, 'utf8');
  if (/^openapi_spec_url:\s*\S/m.test(text)) return null;
  if (!scriptTexts(dir).some((s) => /openapi_spec_url/.test(s) && /\.stats\.yml/.test(s))) return null;
  fs.writeFileSync(stats, `${text.replace(/\n*$/, '\n')}openapi_spec_url: ${spec}\n`);
  return "the ref's .stats.yml names no spec (its scripts/mock stops without one): given the trial's copy";
}
