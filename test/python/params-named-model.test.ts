/**
 * A model whose name ends in `Params` (`NewVaultParams`, as Rubrik's `CreateNewVappParams`) that a request body also
 * takes: its params form is `NewVaultParamsParam` in a module of its own, as Stainless names it
 * (`ScoringFnParams` → `ScoringFnParamsParam`). It once kept the model's name and module, so the params TypedDict
 * imported the pydantic model: pyright refused the dict and the nested keys went out unrenamed (`org_vdc_id`).
 * Likewise a request-side variant (`DeviceParam`, of a schema with a read-only property) once printed a model too,
 * in the module its params form needed (NetBox's `GenericObjectParam`).
 * With SDKGEN_PYTHON_TESTS=full a local server checks the keys sent, and pyright strict checks the SDK.
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/positional-params-python.test.ts samples Python params (docs/contributing.md, "What `npm test`
// samples").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { LOCAL_SERVER, pythonSdk } from '../helpers/python-sdk';

const CALL_CHECK = `${LOCAL_SERVER}
from vault_sdk import Vault

received = []

def answer(request):
    body = json.loads(request.body)
    received.append(body)
    if request.path == "/devices":
        return {"id": "d1", **body["device"]}
    return {"id": "j1", "newVaultParams": body["newVaultParams"]}

client = Vault(base_url=serve(answer), max_retries=0)
job = client.snapshots.export.create(
    new_vault_params={"name": "n", "org_vdc_id": "o"}, power_on=True, label={"text_value": "t"}
)
device = client.devices.create(device={"site_id": "s"})
print(json.dumps(received[0], sort_keys=True))
print(type(job.new_vault_params).__name__, job.new_vault_params.org_vdc_id if job.new_vault_params else None)
print(json.dumps(received[1], sort_keys=True), device.site_id)
`;

/** Every `.py` file under `dir`, relative to it. */
function pythonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return pythonFiles(dir, relative);
    return entry.name.endsWith('.py') ? [relative] : [];
  });
}

/** The pydantic models a params module (`*_params.py`, `*_param.py`) imports from another types module. */
function modelsImportedByParams(types: string): string[] {
  const found: string[] = [];
  for (const file of pythonFiles(types).filter((name) => /_params?\.py$/.test(name))) {
    const text = readFileSync(path.join(types, file), 'utf8');
    if (!/\(TypedDict\b/.test(text) && !/TypeAlias/.test(text)) continue;
    for (const [, dots, module, names] of text.matchAll(/^from (\.+)([\w.]+) import (.+)$/gm)) {
      const target = path.join(types, path.dirname(file), '../'.repeat(dots.length - 1), ...module.split('.'));
      let imported: string;
      try {
        imported = readFileSync(`${target}.py`, 'utf8');
      } catch {
        continue; // a package, or the runtime (`_utils`): not a types module
      }
      for (const name of names.split(',').map((part) => part.trim().split(' ')[0]))
        if (new RegExp(`^class ${name}\\(BaseModel\\)`, 'm').test(imported)) found.push(`${file}: ${name}`);
    }
  }
  return found;
}

describe.runIf(PYTHON_FULL)('a model named like a params type', () => {
  const sdk = pythonSdk('py-params-named-model', {
    spec: path.join(import.meta.dirname, 'fixtures', 'params-named-model.yaml'),
  });
  const types = path.join(sdk.out, 'src/vault_sdk/types');

  it('gives the params form its own name and module, and params modules import no model', () => {
    const params = readFileSync(path.join(types, 'snapshots/export_create_params.py'), 'utf8');
    expect(params).toContain('from .new_vault_params_param import NewVaultParamsParam\n');
    expect(params).toContain('Required[Annotated[NewVaultParamsParam, PropertyInfo(alias="newVaultParams")]]');
    const form = readFileSync(path.join(types, 'snapshots/new_vault_params_param.py'), 'utf8');
    expect(form).toContain('class NewVaultParamsParam(TypedDict, total=False):');
    expect(form).toContain('org_vdc_id: Required[Annotated[str, PropertyInfo(alias="orgVdcId")]]');
    expect(readFileSync(path.join(types, 'snapshots/new_vault_params.py'), 'utf8')).toContain(
      'class NewVaultParams(BaseModel):',
    );
    // A model has the form's name (`LabelParam`): the form takes the next free one.
    expect(params).toContain('from .label_param2 import LabelParam2\n');
    expect(readFileSync(path.join(types, 'snapshots/label_param2.py'), 'utf8')).toContain(
      'class LabelParam2(TypedDict, total=False):',
    );
    // A request-side variant (`Device` has a read-only `id`) is a params form alone, no model of that name.
    const variant = readFileSync(path.join(types, 'device_param.py'), 'utf8');
    expect(variant).toContain('class DeviceParam(TypedDict, total=False):');
    expect(variant).toContain('site_id: Required[Annotated[str, PropertyInfo(alias="siteId")]]');
    expect(modelsImportedByParams(types)).toEqual([]);
  });

  it.runIf(PYTHON_FULL)(
    'sends the nested keys renamed and type-checks under pyright strict',
    async () => {
      const result = await sdk.run(CALL_CHECK);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim().split('\n')).toEqual([
        '{"label": {"textValue": "t"}, "newVaultParams": {"name": "n", "orgVdcId": "o"}, "powerOn": true}',
        'NewVaultParams o',
        '{"device": {"siteId": "s"}} s',
      ]);
      expect(
        await pyrightErrorsUnderOwnSettings(sdk.out, ['src/vault_sdk', 'tests/api_resources'], ['src', '.']),
      ).toEqual([]);
    },
    300_000,
  );
  if (!PYTHON_FULL) it.skip(`requests and pyright: ${FULL_ONLY_NOTICE}`, () => {});
});
