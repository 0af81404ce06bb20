/**
 * `Omit` and `NotGiven` (templates/python/runtime/_types.py) are plain classes, as in Stainless's runtime, not
 * `@final`: owners' code that tests a parameter against them twice (llamacloud's `parsing.parse`:
 * `isinstance(expand, Omit) or (not isinstance(expand, Omit) and len(expand) == 0)` on a `SequenceNotStr[str] | Omit`)
 * passes pyright strict as it did on Stainless's SDK. With `@final` pyright knows no `SequenceNotStr` is an `Omit`
 * and reports the second call (`reportUnnecessaryIsInstance`). The program's one deliberate error (a `str` passed
 * where a `SequenceNotStr[str]` is wanted) shows the check ran.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { PYRIGHT, PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { tempDir } from '../helpers/sdk';

const PROGRAM = `from __future__ import annotations

from typing import Optional

from pkg._types import Omit, NotGiven, SequenceNotStr, omit, not_given


def parse(expand: SequenceNotStr[str] | Omit = omit) -> int:
    if isinstance(expand, Omit) or (not isinstance(expand, Omit) and len(expand) == 0):
        raise ValueError("You should provide a non-empty sequence for the \`expand\` parameter")
    return len(expand)


def wait(name: str | NotGiven = not_given, timeout: Optional[float] | NotGiven = not_given) -> float:
    if isinstance(name, NotGiven) or (not isinstance(name, NotGiven) and name == ""):
        return 0.0
    return 1.0 if isinstance(timeout, NotGiven) or timeout is None else timeout


parse(["text"])
wait("job", 2.0)
parse("text")
`;
const STR_LINE = PROGRAM.split('\n').indexOf('parse("text")') + 1;

describe.runIf(PYTHON_FULL)("the runtime's sentinels under pyright strict", () => {
  const dir = tempDir('sdkgen-py-sentinel-isinstance');
  beforeAll(() => {
    cpSync(path.join(ROOT, 'templates/python/runtime'), path.join(dir, 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'pkg/__init__.py'), '');
    writeFileSync(path.join(dir, 'prog.py'), PROGRAM);
    writeFileSync(
      path.join(dir, 'pyrightconfig.json'),
      JSON.stringify({ typeCheckingMode: 'strict', include: ['prog.py'], reportPrivateUsage: false }),
    );
  });

  it("owners' repeated isinstance tests against Omit and NotGiven are no error", { timeout: 300_000 }, async () => {
    const result = await runProcess(
      process.execPath,
      [PYRIGHT, '--outputjson', '--pythonpath', venvPython(), '-p', 'pyrightconfig.json'],
      { cwd: dir, timeout: 280_000 },
    );
    const report = JSON.parse(result.stdout) as {
      generalDiagnostics: { file: string; severity: string; rule?: string; range: { start: { line: number } } }[];
    };
    const errors = report.generalDiagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('prog.py'));
    expect(errors.map((d) => `${d.range.start.line + 1} ${d.rule ?? ''}`)).toEqual([`${STR_LINE} reportArgumentType`]);
  });
});
