/**
 * Regenerating after the spec gains a type, where the owners added `from .custom import *` at the end of sdkgen's
 * `types/__init__.py` (turbopuffer-python): sdkgen adds the new type's re-export at the same point. Python's imports
 * there mean the same in either order but for names bound twice (a later import binds again): sdkgen's names first,
 * the owners' star after them as they wrote it (write/merge-reexports.ts). Two imports binding a name in common stay a
 * conflict.
 */
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from '../../generator/write/merge';

const INIT = `# File generated from our OpenAPI spec by sdkgen.

from __future__ import annotations

from .row import Row as Row
from .namespace_summary import NamespaceSummary as NamespaceSummary
`;
const STAR = 'from .custom import *\n';
const NEW =
  'from .sdkgen_trial_probe_retrieve_response import SdkgenTrialProbeRetrieveResponse as SdkgenTrialProbeRetrieveResponse\n';

describe("merge: Python imports both sides add at one point of a package's __init__.py", () => {
  it("takes both, sdkgen's names before the owners' star, whichever side each is", () => {
    const merged = `${INIT}${NEW}${STAR}`;
    expect(mergeThreeWay(INIT, `${INIT}${STAR}`, `${INIT}${NEW}`, { code: true })).toEqual({
      text: merged,
      conflicts: 0,
    });
    expect(mergeThreeWay(INIT, `${INIT}${NEW}`, `${INIT}${STAR}`, { code: true }).text).toBe(merged);
  });

  it('orders imports of names by module, unless they bind a name in common', () => {
    const owners = `${INIT}from .custom import (\n    Filter as Filter,\n    RankBy,\n)\n`;
    expect(mergeThreeWay(INIT, owners, `${INIT}${NEW}`, { code: true }).text).toBe(`${owners}${NEW}`);
    const same = `${INIT}from .custom import SdkgenTrialProbeRetrieveResponse\n`;
    expect(mergeThreeWay(INIT, same, `${INIT}${NEW}`, { code: true }).conflicts).toBe(1);
  });
});
