/**
 * Stainless's release doctor (a workflow checking its publishing's secrets, and the script it runs) goes with that
 * publishing when sdkgen's release workflow publishes instead; the owners' edit to either keeps both. A formatter run
 * over the repository that only took a trailing blank line out of the workflow (together-typescript's) is no such
 * edit: it changes nothing the workflow does, and leaving both would leave Stainless's files behind.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const DOCTOR = '.github/workflows/release-doctor.yml';
const SCRIPT = 'bin/check-release-environment';
const workflow =
  'name: Release Doctor\non:\n  workflow_dispatch:\n\njobs:\n  release_doctor:\n    runs-on: ubuntu-latest\n' +
  '    steps:\n      - name: Check release environment\n        run: |\n          bash ./bin/check-release-environment\n' +
  '        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n\n';
const script = '#!/usr/bin/env bash\n\nerrors=()\nif [ -z "${NPM_TOKEN}" ]; then\n  errors+=("NPM_TOKEN")\nfi\n';

function plan(doctorText: string) {
  const files = [
    { path: DOCTOR, pristine: workflow, text: doctorText },
    { path: SCRIPT, pristine: script, text: script },
  ];
  return planMigration({
    current: files.map((f) => ({ path: f.path, blob: f.text === f.pristine ? 'stainless' : 'edited', text: f.text })),
    base: {
      blobs: new Map(files.map((f) => [f.path, 'stainless'])),
      texts: new Map(files.map((f) => [f.path, f.pristine])),
    },
    rendered: [
      { path: 'src/client.ts', contents: 'export class Client {}\n' },
      { path: '.github/workflows/release.yml', contents: 'name: Release\non:\n  push:\n' },
    ],
  });
}

describe('migrate: Stainless’s release doctor edited in its spacing only', () => {
  it('goes with its script, as one the owners left as Stainless wrote it', () => {
    const result = plan(workflow.replace(/\n\n$/, '\n'));
    expect(result.removed).toEqual(expect.arrayContaining([DOCTOR, SCRIPT]));
    expect(result.keptRepositoryFiles).not.toContain(DOCTOR);
    expect(result.keptRepositoryFiles).not.toContain(SCRIPT);
    // Nothing of the owners' is lost with it: no edit is left for a person.
    expect(result.rejected.map((r) => r.path)).not.toContain(DOCTOR);
    expect(result.needsHand.map((n) => n.path)).not.toContain(DOCTOR);
  });

  it('stays with its script where the owners changed what it does', () => {
    const result = plan(workflow.replace('secrets.NPM_TOKEN', 'secrets.ACME_NPM_TOKEN || secrets.NPM_TOKEN'));
    expect(result.keptRepositoryFiles).toEqual(expect.arrayContaining([DOCTOR, SCRIPT]));
    expect(result.removed).not.toContain(DOCTOR);
  });
});
