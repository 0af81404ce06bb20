/**
 * sdkgen's tests of its runtime on the owners' code: apollo-python's owners replaced the body of Stainless's
 * `to_httpx_files` (a mapping or pairs, the branch refusing anything else taken out); migrate carries their body into
 * sdkgen's `_files.py`, and sdkgen's `tests/test_files.py::test_anything_else_is_refused` then failed on their code
 * (`ValueError`, not the `TypeError` it expects). A test calling a function whose code is now the owners' is written
 * skipped, pytest's reason naming their edit, and the report lists it; a test of the same file calling none of it
 * (the async twin, untouched; the multipart request through the client) runs and passes. A regeneration keeps it so.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, sdkgen } from '../helpers/git-repo';
import { commitGenerationThenMain } from '../helpers/git-history';
import {
  expectCleanRegeneration,
  PETS_CONFIG,
  PETSTORE_SPEC,
  stainlessPythonGeneration,
} from '../helpers/python-migrate';
import { PYTHON_FULL, runPytest } from '../helpers/python';
import { tempDir } from '../helpers/sdk';
import { read, write } from '../helpers/stainless-repository';

const FILES = 'src/acme/_files.py';
const TESTS = 'tests/test_files.py';

/** apollo's body of `to_httpx_files`: a mapping gives a dict, anything else is read as pairs. */
function ownersToHttpxFiles(stainless: string): string {
  const from =
    '    entries = [(key, _transform_file(file)) for key, file in _entries(files)]\n' +
    '    return dict(entries) if isinstance(files, Mapping) else entries\n';
  const at = stainless.indexOf(from);
  expect(at).toBeGreaterThan(0);
  const to =
    '\n    if isinstance(files, Mapping):\n' +
    '        return {key: _transform_file(file) for key, file in files.items()}\n\n' +
    '    return [(key, _transform_file(file)) for key, file in files]\n';
  return stainless.slice(0, at) + to + stainless.slice(at + from.length);
}

describe.runIf(PYTHON_FULL)("migrate: sdkgen's runtime tests of a function whose body the owners replaced", () => {
  let work: string;
  let repo: string;
  let run: ReturnType<typeof sdkgen>;

  beforeAll(() => {
    work = tempDir('migrate-runtime-tests-owners-code');
    const spec = path.join(work, 'openapi.yaml');
    writeFileSync(spec, read(path.dirname(PETSTORE_SPEC), path.basename(PETSTORE_SPEC)));
    ({ repo } = stainlessPythonGeneration(work, PETS_CONFIG, spec));
    const base = commitGenerationThenMain(repo);
    write(repo, FILES, ownersToHttpxFiles(read(repo, FILES)));
    git(repo, 'commit', '-qam', 'fix(files): a mapping or pairs');
    run = sdkgen(
      repo,
      'migrate',
      '--config',
      path.join(work, 'stainless.yml'),
      '--spec',
      spec,
      '--base',
      base,
      '--verbose',
    );
  }, 600_000);

  it("carries their body, and reports sdkgen's tests calling it as theirs to test", () => {
    const out = run.stdout + run.stderr;
    expect(run.code, out).toBe(0);
    expect(read(repo, FILES)).toContain('    return [(key, _transform_file(file)) for key, file in files]\n');
    expect(out).toContain("  tests:    6 of sdkgen's tests of its runtime written skipped");
    expect(out).toContain("sdkgen's tests of its runtime that call code your carried edits changed");
    expect(out).toContain('tests/test_files.py::test_anything_else_is_refused (_files.py: to_httpx_files)');
    const tests = read(repo, TESTS);
    expect(tests).toContain(
      '@pytest.mark.skip(reason="your edit of _files.py: to_httpx_files (carried into sdkgen\'s module) is yours to test")\n' +
        'def test_anything_else_is_refused() -> None:',
    );
    // The async twin and the request through the client call none of their code.
    expect(tests).toMatch(/\n\nasync def test_async_reads_paths_too\(/);
    expect(tests).toMatch(/\n\ndef test_a_file_is_sent_as_a_multipart_part\(/);
  });

  it("passes pytest on their code: the tests of it skipped, sdkgen's others run", async () => {
    const { cases, result } = await runPytest({
      cwd: repo,
      args: [TESTS, '-q'],
      junit: path.join(work, 'junit.xml'),
      env: { PYTHONPATH: path.join(repo, 'src') },
      timeout: 300_000,
    });
    const outcome = (name: string) => cases.find((c) => c.id === `${TESTS}::${name}`)?.outcome;
    expect(
      cases.filter((c) => c.outcome === 'failed'),
      result.stdout + result.stderr,
    ).toEqual([]);
    expect(outcome('test_anything_else_is_refused')).toBe('skipped');
    expect(outcome('test_a_mapping_gives_a_dict_and_pairs_a_list')).toBe('skipped');
    for (const name of [
      'test_what_file_content_is',
      'test_async_reads_paths_too',
      'test_the_bytes_of_a_whole_binary_body',
      'test_a_file_is_sent_as_a_multipart_part',
    ])
      expect(outcome(name), name).toBe('passed');
  }, 300_000);

  it('keeps the skip on regeneration', () => {
    expectCleanRegeneration(repo);
    expect(read(repo, TESTS)).toContain('@pytest.mark.skip(reason="your edit of _files.py: to_httpx_files');
  }, 300_000);
});
