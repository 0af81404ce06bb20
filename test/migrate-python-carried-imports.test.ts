/**
 * A module of Stainless's that sdkgen writes none of stays where the owners' edits carried into one of sdkgen's modules
 * import it (and so do the modules it imports in turn): the owners' code is in their edits too, and the package must
 * import. Without their edit importing it, it goes.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const PARAMS = [
  'from typing_extensions import TypedDict',
  '',
  '__all__ = ["RunParams"]',
  '',
  '',
  'class RunParams(TypedDict, total=False):',
  '    model: str',
  '    """The model."""',
  '',
].join('\n');
const OWNERS_PARAMS = PARAMS.replace(
  'from typing_extensions import TypedDict\n',
  'from typing_extensions import TypedDict\n\nfrom .model_config_param import ModelConfigParam\n',
).replace('    model: str', '    model: ModelConfigParam');
const MODEL_CONFIG =
  'from typing_extensions import TypedDict\n\nfrom .shared import Provider\n\n\nclass ModelConfigParam(TypedDict, total=False):\n    provider: Provider\n';
const SHARED = 'from typing_extensions import Literal, TypeAlias\n\nProvider: TypeAlias = Literal["a", "b"]\n';
const ORPHAN = 'from typing_extensions import TypedDict\n\n\nclass Orphan(TypedDict, total=False):\n    name: str\n';

function plan(ownersParams: string) {
  const stainless: Record<string, string> = {
    'src/acme/types/run_params.py': PARAMS,
    'src/acme/types/model_config_param.py': MODEL_CONFIG,
    'src/acme/types/shared.py': SHARED,
    'src/acme/types/orphan.py': ORPHAN,
  };
  const base = baseOf(stainless);
  const current = checkoutOf({ ...stainless, 'src/acme/types/run_params.py': ownersParams });
  // sdkgen's package (from a newer spec) writes the params module alone.
  const rendered = [{ path: 'src/acme/types/run_params.py', contents: PARAMS }];
  return planPythonMigration({ current, base, rendered, importName: 'acme' });
}

describe("sdkgen migrate (Python): Stainless's modules the owners' carried edits import", () => {
  it('keeps them, and what they import in turn, and removes the others', () => {
    const result = plan(OWNERS_PARAMS);
    const written = result.writes.find((f) => f.path === 'src/acme/types/run_params.py')?.contents;
    expect(written).toContain('model: ModelConfigParam');
    expect(result.keptImported).toEqual(['src/acme/types/model_config_param.py', 'src/acme/types/shared.py']);
    expect(result.removed).toEqual(['src/acme/types/orphan.py']);
  });

  it('removes them where no edit of the owners imports them', () => {
    const result = plan(PARAMS.replace('"""The model."""', '"""The model to run."""'));
    expect(result.keptImported).toEqual([]);
    expect(result.removed).toEqual([
      'src/acme/types/model_config_param.py',
      'src/acme/types/orphan.py',
      'src/acme/types/shared.py',
    ]);
  });
});
