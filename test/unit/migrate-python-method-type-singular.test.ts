/**
 * A type Stainless wrote for one method (`{Singular}{Method}Response`) is no model of the config: sdkgen writes it for
 * the method under the same name. Its singular is Stainless's (`settings` → `Setting`, Stainless's naming table), which
 * English-minded singularising leaves as it is (`settings` is read as uncountable there): metronome-python's
 * `SettingUpsertAvalaraCredentialsResponse` of `v1.settings.upsert_avalara_credentials` (an empty object in the spec)
 * was taken for a model, matched no schema and the move exited 1.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import type { UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const API_MD = [
  '# V1',
  '',
  '## Settings',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.v1 import SettingUpsertCredentialsResponse',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="post /v1/upsertCredentials">client.v1.settings.<a href="./src/acme/resources/v1/settings/settings.py">upsert_credentials</a>(\\*\\*<a href="src/acme/types/v1/setting_upsert_credentials_params.py">params</a>) -> <a href="./src/acme/types/v1/setting_upsert_credentials_response.py">SettingUpsertCredentialsResponse</a></code>',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/acme/types/v1/setting_upsert_credentials_response.py':
    'from ..._models import BaseModel\n\n\nclass SettingUpsertCredentialsResponse(BaseModel):\n    pass\n',
};

describe("derived config (Python): a method's own type under Stainless's singular", () => {
  it('is no model and nothing api.md lists is left unmatched', () => {
    const notes: string[] = [];
    const unmodelled: UnmodelledType[] = [];
    const models = pythonModels(
      API_MD,
      (file) => FILES[file] ?? null,
      'acme',
      { schemas: [], responseSchemas: new Map() },
      notes,
      new Map(),
      unmodelled,
    );
    expect(models).toEqual([]);
    expect(unmodelled).toEqual([]);
    expect(notes.join('\n')).not.toContain('match no schema');
  });
});
