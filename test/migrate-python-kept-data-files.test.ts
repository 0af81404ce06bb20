/**
 * Of Stainless's files sdkgen writes none of, a data file a file that stays reads by its name stays with it (runway's
 * `tests/sample_file.txt`, which the kept test module of the owners' upload method opens): without it their test
 * fails on a file not found.
 */
import { describe, expect, it } from 'vitest';
import { keptForOthers } from '../generator/migrate/python/owners/kept-for-others';

const file = (path: string, text: string) => ({ path, blob: null, text });

describe('Stainless files a staying file reads', () => {
  const uploadsTest = file(
    'tests/api_resources/test_uploads.py',
    'from pathlib import Path\n\nsample_file = Path(__file__).parent.parent / "sample_file.txt"\n',
  );
  const sample = file('tests/sample_file.txt', 'Hello, world!\n');
  const other = file('tests/other_data.txt', 'unused\n');

  it('keeps a data file whose name a staying module quotes, and no other', () => {
    const reasons = keptForOthers([sample, other], [uploadsTest], 'runwayml', new Set());
    expect(reasons.get('tests/sample_file.txt')).toBe('read');
    expect(reasons.has('tests/other_data.txt')).toBe(false);
  });

  it('keeps none where only a going file names it, or a name merely containing it', () => {
    const longer = file('tests/test_x.py', 'data = "my_sample_file.txt"\n');
    expect(keptForOthers([sample], [longer], 'runwayml', new Set()).size).toBe(0);
  });
});
