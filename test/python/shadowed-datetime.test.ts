/**
 * Fields named `date` / `datetime` beside date and date-time types: a field binds its name in the class body, where
 * pydantic and type checkers resolve the annotations, so a module with such a field imports the `datetime` module
 * (Stainless: `import datetime`, `date: datetime.date`), under `_datetime` when a field is named `datetime` itself; a
 * module with a `date` field that writes no `date` type imports `datetime` by name (vaif's `date: Union[str, datetime]`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonSdk } from '../helpers/python-sdk';
import { describeErrors, FULL_ONLY_NOTICE, PYTHON_FULL, runProcess, runPyright, venvPython } from '../helpers/python';

const CHECK = `
from diary_sdk.types.entry import Entry
entry = Entry.model_validate(
    {"date": "2024-01-02", "datetime": "2024-01-02T03:04:05Z", "history": [{"at": "2024-01-02T03:04:05Z", "on": "2024-01-03"}]}
)
print(type(entry.date).__name__, type(entry.datetime).__name__, type(entry.history[0].on).__name__)
from diary_sdk.types.stamp import Stamp
print(type(Stamp.model_validate({"date": "2024-01-02T03:04:05Z"}).date).__name__)
`;

const USES = `
import datetime

from diary_sdk import Diary
from diary_sdk.types import Entry, EntryCreateParams

params: EntryCreateParams = {"date": datetime.date(2024, 1, 2), "since": datetime.datetime(2024, 1, 2)}


def create(client: Diary) -> Entry:
    return client.entries.create(date=datetime.date(2024, 1, 2), since="2024-01-02T00:00:00Z")


def day(entry: Entry) -> datetime.date:
    return entry.date
`;

describe('fields named like the datetime types', () => {
  const read = (file: string) => readFileSync(path.join(out, 'src/diary_sdk', file), 'utf8');
  const { out } = pythonSdk('py-datetime', {
    spec: path.join(import.meta.dirname, 'fixtures', 'shadowed-datetime.yaml'),
  });

  it('parses them as dates in a model', async () => {
    const result = await runProcess(venvPython(), ['-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('date datetime date\ndatetime');
  }, 120_000);

  it('qualifies the types through the datetime module where a field shadows them, and only there', () => {
    expect(read('types/entry_create_params.py')).toMatch(/^import datetime$/m);
    expect(read('types/entry_create_params.py')).toContain('date: Required[Annotated[Union[str, datetime.date]');
    expect(read('types/entry.py')).toMatch(/^import datetime as _datetime$/m);
    expect(read('types/entry.py')).toContain('    date: _datetime.date\n');
    // (A field named `date` where the module writes no `date` type: the type imported by name, as Stainless's.)
    expect(read('types/stamp.py')).toMatch(/^from datetime import datetime$/m);
    expect(read('types/stamp.py')).toContain('    date: Optional[datetime] = None\n');
    // The resource's signature imports the types themselves, in one line.
    expect(read('resources/entries.py')).toMatch(/^from datetime import date, datetime$/m);
    expect(read('resources/entries.py')).toContain('        date: Union[str, date],\n');
  });

  it.runIf(PYTHON_FULL)(
    'type-checks under pyright strict',
    async () => {
      writeFileSync(path.join(out, 'uses.py'), USES);
      const config = path.join(out, 'pyrightconfig.check.json');
      const files = ['uses.py', 'src/diary_sdk/types', 'src/diary_sdk/resources'];
      writeFileSync(config, JSON.stringify({ include: files, extraPaths: ['src'], typeCheckingMode: 'strict' }));
      const run = await runPyright(config);
      const errors = run.diagnostics.filter((d) => d.severity === 'error');
      expect(describeErrors(errors, out)).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
