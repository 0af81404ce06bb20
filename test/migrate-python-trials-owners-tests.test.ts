/**
 * The Python trial's check 6 runs the owners' test files (in a network namespace of its own, as check 9's script, so
 * that another trial's mock on 127.0.0.1:4010 does not answer them), and Stainless's test modules they edited that the migrated
 * repository keeps as theirs (migrate carried their tests out of Stainless's test of its runtime): present, and not
 * sdkgen's (its manifest does not list them). A test module of sdkgen's with their edits carried is not one of them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { runOwnersPytest, shortSummaryFailures } from '../bench/migrate-trials/lib/python-owners-pytest.mjs';
// @ts-expect-error: the harness is plain JavaScript
import { ownersTests } from '../bench/migrate-trials/lib/python-trial.mjs';
import { tempDir } from './helpers/sdk';

describe("the Python trial's owners' tests", () => {
  it("reads pytest's short summary: each failing test or module by id, with its message (compared with the ref's)", () => {
    const text = [
      'tests/test_a.py F.',
      '=========================== short test summary info ============================',
      "FAILED tests/test_a.py::test_copy - TypeError: Client.__init__() got an unexpected keyword argument 'proxies'",
      'FAILED tests/test_a.py::TestX::test_y[a - b] - assert 1 == 2',
      "ERROR tests/test_b.py - ModuleNotFoundError: No module named 'ddtrace'",
      'ERROR tests/test_b.py',
      'ERROR tests/test_a.py::test_copy - RuntimeError: teardown',
      'ERROR tests/test_c.py',
      '1 failed, 1 passed, 1 error in 0.12s',
    ].join('\n');
    expect(shortSummaryFailures(text)).toEqual([
      { id: 'tests/test_a.py::TestX::test_y[a - b]', message: 'assert 1 == 2' },
      {
        id: 'tests/test_a.py::test_copy',
        message: "TypeError: Client.__init__() got an unexpected keyword argument 'proxies' | RuntimeError: teardown",
      },
      { id: 'tests/test_b.py', message: "ModuleNotFoundError: No module named 'ddtrace'" },
      { id: 'tests/test_c.py', message: '' },
    ]);
  });

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

  // (Where no namespace can be made here, nothing to show.)
  it.runIf(spawnSync('unshare', ['-n', 'true']).status === 0)(
    "runs the owners' tests in a network of their own: a server on the machine's loopback does not answer them",
    async () => {
      const repo = tempDir('python-owners-netns');
      mkdirSync(path.join(repo, 'tests'));
      writeFileSync(path.join(repo, 'tests/test_mock.py'), '');
      // Another trial's mock, listening on the machine's 127.0.0.1.
      const server = spawn(
        process.execPath,
        [
          '-e',
          "require('http').createServer((q, s) => s.end('other trial')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })",
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        const port = await new Promise<string>((resolve) =>
          server.stdout.once('data', (d) => resolve(String(d).trim())),
        );
        // A stand-in for pytest: the test fails where a request to that port is answered.
        const python = path.join(repo, 'python');
        writeFileSync(
          python,
          `#!/usr/bin/env bash\nif curl -s -m 5 http://127.0.0.1:${port}/; then echo; echo "FAILED tests/test_mock.py::test_own_mock - answered"; echo "1 failed"; exit 1; fi\necho "1 passed"\n`,
        );
        chmodSync(python, 0o755);
        const r = runOwnersPytest(repo, python, ['tests/test_mock.py'], { PYTHONPATH: '' }, null);
        expect(r.failing, r.log).toEqual([]);
        expect(r.status).toBe('pass');
        expect(r.reason).not.toContain("machine's network");
      } finally {
        server.kill();
      }
    },
  );
});
