/**
 * A comment block the owners put above everything in Stainless's file (a licence header) stays first in sdkgen's
 * module, whatever sdkgen's module opens with. llama-stack-client-python's owners put Meta's licence at the top of
 * every module; sdkgen's `_constants.py` opens with `from __future__ import annotations`, its `_utils/_compat.py` with
 * a docstring, so the header found its place by the lines after it (`import httpx`) and came below them.
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';

const LICENCE =
  '# Copyright (c) Acme, Inc. and affiliates.\n# All rights reserved.\n#\n# Licensed under the LICENSE file.\n\n';
const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const STAINLESS = `${BANNER}import httpx\n\nRAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"\n`;

describe("sdkgen migrate: the owners' header above Stainless's file", () => {
  it("stays above sdkgen's `from __future__` import", () => {
    const target =
      'from __future__ import annotations\n\nimport httpx\n\nRAW_RESPONSE_HEADER = "X-Stainless-Raw-Response"\n';
    const result = reapplyEdits(STAINLESS, LICENCE + STAINLESS, target);
    expect(result.rejected).toEqual([]);
    expect(result.text).toBe(LICENCE + target);
  });

  it("stays above sdkgen's module docstring", () => {
    const stainless = 'from __future__ import annotations\n\nimport sys\n';
    const target = '"""Typing helpers."""\n\nfrom __future__ import annotations\n\nimport sys\n';
    const result = reapplyEdits(stainless, LICENCE + stainless, target);
    expect(result.text).toBe(LICENCE + target);
  });

  it("goes below sdkgen's shebang line, which must come first", () => {
    const stainless = '#!/usr/bin/env python\nimport sys\n\nprint(sys.argv)\n';
    const target = '#!/usr/bin/env python3\nfrom __future__ import annotations\n\nimport sys\n\nprint(sys.argv)\n';
    const edited = `#!/usr/bin/env python\n${LICENCE}import sys\n\nprint(sys.argv)\n`;
    const result = reapplyEdits(stainless, edited, target);
    expect(result.text).toBe(
      `#!/usr/bin/env python3\n${LICENCE}from __future__ import annotations\n\nimport sys\n\nprint(sys.argv)\n`,
    );
  });

  it('places code added at the top by its context as before', () => {
    const stainless = 'import httpx\n\nX = 1\n';
    const target = 'from __future__ import annotations\n\nimport httpx\n\nX = 1\n';
    const result = reapplyEdits(stainless, `import os\n${stainless}`, target);
    expect(result.text).toBe('from __future__ import annotations\n\nimport os\nimport httpx\n\nX = 1\n');
  });
});
