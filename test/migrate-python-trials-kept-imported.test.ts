/**
 * Check 7 of a Python trial (no Stainless file left) takes a module of Stainless's that migrate kept because the
 * owners' code imports it, and says so in its report, as kept on purpose: the files are read from that list alone.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the harness is plain JavaScript
import { keptImportedByReport } from '../bench/migrate-trials/lib/python-trial.mjs';

describe("the Python trial's reading of migrate's kept-imported list", () => {
  it('reads the files listed under that heading, and none of the next list', () => {
    const report = [
      'Your files, kept as they are (1):',
      '  src/acme/lib/helpers.py',
      "Stainless's modules your code imports, kept (sdkgen writes none in their place) (2):",
      '  src/acme/types/model_config_param.py',
      '  src/acme/types/shared.py',
      "Stainless's removed or replaced files you edited only in their comments (1):",
      '  src/acme/_base_client.py',
    ].join('\n');
    expect(keptImportedByReport(report)).toEqual(['src/acme/types/model_config_param.py', 'src/acme/types/shared.py']);
    expect(keptImportedByReport('The migration is complete.\n')).toEqual([]);
  });
});
