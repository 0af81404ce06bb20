/**
 * The Python trial's check 6 runs the owners' test files, and Stainless's test modules they edited that the migrated
 * repository keeps as theirs (migrate carried their tests out of Stainless's test of its runtime): present, and not
 * sdkgen's (its manifest does not list them). A test module of sdkgen's with their edits carried is not one of them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { ownersTests } from '../bench/migrate-trials/lib/python-trial.mjs';
import { tempDir } from './helpers/sdk';

describe("the Python trial's owners' tests", () => {
  it("adds Stainless's test modules the owners edited that stay as theirs, and no other", () => {
    const repo = tempDir('python-owners-tests');
    const files = {
      'tests/test_theirs.py': '',
      'tests/test_client.py': '',
      'tests/api_resources/test_pets.py': '',
      '.sdkgen/manifest.json': JSON.stringify({ files: { 'tests/api_resources/test_pets.py': {} } }),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    }
    const owners = {
      ownersFiles: ['tests/test_theirs.py', 'examples/demo.py'],
      hunks: [
        { file: 'tests/test_client.py' },
        { file: 'tests/test_client.py' },
        { file: 'tests/api_resources/test_pets.py' },
        { file: 'tests/test_models.py' },
        { file: 'src/acme/_client.py' },
      ],
    };
    expect(ownersTests(owners, repo)).toEqual(['tests/test_theirs.py', 'tests/test_client.py']);
    // Without a manifest (migrate did not finish) the owners' own files alone.
    expect(ownersTests(owners, path.join(repo, 'tests'))).toEqual(['tests/test_theirs.py']);
  });
});
