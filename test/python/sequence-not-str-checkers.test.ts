/**
 * `SequenceNotStr[str]` (templates/python/runtime/_types.py), the type of array params whose items can be a string:
 * both checkers an SDK's users run, mypy and pyright (strict), accept a list and a tuple, literal or declared, and
 * refuse a `str` — the one line of the program below that must be an error, and the only one. (A value declared
 * `Sequence[str]` is refused by mypy, whose `Sequence.__getitem__` takes an `int`, not any `SupportsIndex`: so it is
 * with the protocol of Stainless's SDKs too.)
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-rebuild.test.ts samples Python models (docs/contributing.md, "What `npm test` samples").
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { FULL_ONLY_NOTICE, PYRIGHT, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const PROGRAM = `from typing import List, Tuple

from pkg._types import SequenceNotStr


def take(values: SequenceNotStr[str]) -> int:
    return len(values) + len([value for value in values]) + (1 if "a" in values else 0)


names: List[str] = ["a", "b"]
pair: Tuple[str, ...] = ("a", "b")
take(names)
take(pair)
take(["a"])
take(("a", "b"))
take("abc")
`;
const STR_LINE = PROGRAM.split('\n').indexOf('take("abc")') + 1;

describe.runIf(PYTHON_FULL)('SequenceNotStr under mypy and pyright', () => {
  const dir = tempDir('sdkgen-py-sequence-not-str');
  beforeAll(() => {
    cpSync(path.join(ROOT, 'templates/python/runtime'), path.join(dir, 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'pkg/__init__.py'), '');
    writeFileSync(path.join(dir, 'prog.py'), PROGRAM);
  });

  // mypy: seconds of CPU, `npm run test:python`'s (SDKGEN_PYTHON_TESTS=full, CI's); pyright's check below runs in
  // `npm test` too.
  if (!PYTHON_FULL) console.log(`sequence-not-str-checkers: mypy is ${FULL_ONLY_NOTICE}`);
  it.runIf(PYTHON_FULL)('mypy --strict: lists and tuples accepted, a str refused', { timeout: 300_000 }, async () => {
    const result = await runProcess(
      venvPython(),
      ['-m', 'mypy', '--strict', '--follow-imports=silent', '--no-incremental', 'prog.py'],
      { cwd: dir, timeout: 280_000 },
    );
    const errors = result.stdout.split('\n').filter((line) => /^prog\.py:\d+: error/.test(line));
    expect(errors.map((line) => Number(line.split(':')[1]))).toEqual([STR_LINE]);
  });

  it('pyright strict: lists and tuples accepted, a str refused', { timeout: 300_000 }, async () => {
    writeFileSync(
      path.join(dir, 'pyrightconfig.json'),
      JSON.stringify({ typeCheckingMode: 'strict', include: ['prog.py'], reportPrivateUsage: false }),
    );
    const result = await runProcess(
      process.execPath,
      [PYRIGHT, '--outputjson', '--pythonpath', venvPython(), '-p', 'pyrightconfig.json'],
      { cwd: dir, timeout: 280_000 },
    );
    const report = JSON.parse(result.stdout) as {
      generalDiagnostics: { file: string; severity: string; range: { start: { line: number } } }[];
    };
    const errors = report.generalDiagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('prog.py'));
    expect(errors.map((d) => d.range.start.line + 1)).toEqual([STR_LINE]);
  });
});
