/**
 * Nested model classes named as Stainless names them: an array's items after the singular of its property
 * (`account_stages` → `AccountStage`, as the TypeScript SDK's `StageListResponse.AccountStage`), deeper ones with
 * their parent's name (`AccountStageCategory`); a field named `fields` kept as it is (pydantic 2 has no such attribute).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/acronym-class-names.test.ts samples Python names (docs/contributing.md, "What `npm test`
// samples").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_FULL, runProcess, venvPython } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const CHECK = `
from stages_sdk.types.stage_list_response import StageListResponse, AccountStage, AccountStageCategory, Field, Meta
r = StageListResponse.model_validate({"account_stages": [{"id": "a", "categories": [{"name": "n"}]}], "fields": [{"label": "l"}], "meta": {"total": 1}})
print(type(r.account_stages[0]).__name__, type(r.account_stages[0].categories[0]).__name__, type(r.fields[0]).__name__, type(r.meta).__name__)
`;

describe.runIf(PYTHON_FULL)('nested model classes', () => {
  const { out } = pythonSdk('py-nested', { spec: path.join(import.meta.dirname, 'fixtures', 'nested-names.yaml') });

  it('are named after the singular of an array property', () => {
    const module = readFileSync(path.join(out, 'src/stages_sdk/types/stage_list_response.py'), 'utf8');
    expect([...module.matchAll(/^class (\w+)/gm)].map((m) => m[1])).toEqual([
      'AccountStageCategory',
      'AccountStage',
      'Field',
      'Meta',
      'StageListResponse',
    ]);
    expect(module).toContain('    fields: Optional[List[Field]] = None\n');
  });

  it('parse as those classes', async () => {
    const result = await runProcess(venvPython(), ['-W', 'error', '-c', CHECK], {
      env: { ...process.env, PYTHONPATH: path.join(out, 'src') },
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('AccountStage AccountStageCategory Field Meta');
  }, 120_000);
});
