/**
 * scripts/stainless-distance-python.mjs leaves Stainless's banner out of the lines it compares (stainlessOpening of
 * stainless-python-tests.mjs), and with it the owners' licence header above the banner (llama-stack-client's
 * "# Copyright (c) Meta…" atop every module Stainless had written before 2025-10): no generator writes it, so it
 * counts apart, not as lines sdkgen's package lacks.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script without declarations
import { stainlessOpening } from '../../scripts/stainless-python-tests.mjs';

const BANNER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n';
const HEADER = '# Copyright (c) Shop, Inc.\n# All rights reserved.\n#\n# Licensed under the MIT licence.\n\n';

describe("a Stainless module's opening (stainless-python-tests.mjs)", () => {
  it('is its banner and the blank lines after it', () => {
    expect(stainlessOpening(`${BANNER}\nimport httpx\n`)).toEqual({ header: 0, banner: 2, rest: 'import httpx\n' });
  });

  it("takes the owners' licence header above the banner with it, counted apart", () => {
    expect(stainlessOpening(`${HEADER}${BANNER}\nimport httpx\n`)).toEqual({
      header: 5,
      banner: 2,
      rest: 'import httpx\n',
    });
  });

  it('is none where no banner opens the module (code before it, or none at all)', () => {
    expect(stainlessOpening(`import httpx\n\n${BANNER}`)).toBeNull();
    expect(stainlessOpening('# Helpers we keep by hand.\n\nimport httpx\n')).toBeNull();
  });
});
