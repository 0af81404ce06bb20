/**
 * A test module's import statements in Stainless's isort era (before 2023-12-22): one line up to 88 columns and one
 * name a line past them, whatever Ruff dropped (hetzner-python e719e0e: `from hetzner.types import ImageListResponse,
 * ImageUpdateResponse, ImageRetrieveResponse` on one line at 87 columns though its resource imports three params
 * modules more; every wrapped statement of its tests is past 88). Before, the Ruff era's rule held in every era.
 */
import { describe, expect, it } from 'vitest';
import { testImportStatement } from '../../generator/emit/python/tests/test-imports';

const NAMES = ['ImageListResponse', 'ImageUpdateResponse', 'ImageRetrieveResponse'];
const DROPPED = ['image_list_params', 'image_update_params', 'image_retrieve_params'];

describe("test imports in Stainless's isort era", () => {
  it('keeps a statement within 88 columns on one line, names dropped or not', () => {
    expect(testImportStatement('hetzner.types', NAMES, DROPPED, 88)).toBe(
      'from hetzner.types import ImageListResponse, ImageUpdateResponse, ImageRetrieveResponse',
    );
  });

  it('wraps one past 88 columns one name a line', () => {
    expect(testImportStatement('hetzner.types.servers', NAMES, [], 88)).toBe(
      'from hetzner.types.servers import (\n    ImageListResponse,\n    ImageUpdateResponse,\n    ImageRetrieveResponse,\n)',
    );
  });

  it("keeps the Ruff era's rule without an isort width", () => {
    expect(testImportStatement('hetzner.types', NAMES, DROPPED)).toMatch(/^from hetzner\.types import \(\n/);
    expect(testImportStatement('hetzner.types.servers', NAMES, [])).toBe(
      'from hetzner.types.servers import ImageListResponse, ImageUpdateResponse, ImageRetrieveResponse',
    );
  });
});
