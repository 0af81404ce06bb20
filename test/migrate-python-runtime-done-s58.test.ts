/**
 * An owners' patch of Stainless's `_parse_retry_after_header` putting the HTTP-date reading inside a `try` (openai's
 * "honor Retry-After delays up to two minutes": a date such as year 99999 raised ValueError out of the retry loop)
 * makes Stainless's runtime do what sdkgen's does (its `_parse_retry_after_header` reads such a date as no delay):
 * migrate lists it as done by sdkgen's runtime, with the test showing it, instead of asking a person to carry it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropDoneByPythonRuntime } from '../generator/migrate/python/already-done/runtime-behaviours';
import { editsAsHunks } from '../generator/migrate/reapply/hunks';
import { ROOT } from './helpers/paths';

/** Stainless's `_parse_retry_after_header` (2025), its last part. */
const STAINLESS = [
  '        # Last, try parsing `retry-after` as a date.',
  '        retry_date_tuple = email.utils.parsedate_tz(retry_header)',
  '        if retry_date_tuple is None:',
  '            return None',
  '',
  '        retry_date = email.utils.mktime_tz(retry_date_tuple)',
  '        return float(retry_date - time.time())',
  '',
].join('\n');
/** openai's patch of it. */
const OWNERS = [
  '        # Last, try parsing `retry-after` as a date.',
  '        try:',
  '            retry_date_tuple = email.utils.parsedate_tz(retry_header)',
  '            if retry_date_tuple is None:',
  '                return None',
  '',
  '            retry_date = email.utils.mktime_tz(retry_date_tuple)',
  '        except (TypeError, ValueError, OverflowError, OSError):',
  '            return None',
  '',
  '        retry_date = email.utils.mktime_tz(retry_date_tuple)',
  '        return float(retry_date - time.time())',
  '',
].join('\n');

const judged = (owners: string) => {
  const done: Array<{ path: string; does: string; test: string }> = [];
  const left = dropDoneByPythonRuntime(
    [{ path: 'src/acme/_base_client.py', hunks: editsAsHunks(STAINLESS, owners) }],
    done,
    'acme',
  );
  return { done, left };
};

describe("an owners' patch catching what a `retry-after` date raises in Stainless's runtime", () => {
  it("is listed as done by sdkgen's runtime, with a test that exists", () => {
    const { done, left } = judged(OWNERS);
    expect(left).toEqual([]);
    expect(done.length).toBeGreaterThan(0);
    const [file, name] = done[0].test.split(' › ');
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(`def ${name}(`);
    // sdkgen's runtime does it: its date reading is guarded.
    const runtime = readFileSync(path.join(ROOT, 'templates/python/runtime/_base_client.py'), 'utf8');
    expect(runtime).toMatch(/try:\n\s+parsed = email\.utils\.parsedate_tz\(retry_after\)/);
  });

  it('leaves a patch doing more for a person (another delay, a log line)', () => {
    for (const other of [
      OWNERS.replace(
        '            return None\n\n        retry_date =',
        '            return 5.0\n\n        retry_date =',
      ),
      OWNERS.replace('        except (', '            log.debug("date")\n        except ('),
    ]) {
      const { done, left } = judged(other);
      expect(done).toEqual([]);
      expect(left).toHaveLength(1);
    }
  });
});

describe("an owners' patch of Stainless's transform leaving out a model's `__api_exclude__` fields", () => {
  const before = [
    '    if isinstance(data, pydantic.BaseModel):',
    '        return model_dump(data, exclude_unset=True, mode="json")',
    '',
    '    annotated_type = _get_annotated_type(annotation)',
    '',
  ].join('\n');
  const patched = (call: string) => before.replace('model_dump(data, exclude_unset=True, mode="json")', call);
  const judge = (owners: string) => {
    const done: Array<{ path: string; does: string; test: string }> = [];
    const left = dropDoneByPythonRuntime(
      [{ path: 'src/acme/_utils/_transform.py', hunks: editsAsHunks(before, owners) }],
      done,
      'acme',
    );
    return { done, left };
  };

  it("is listed as done by sdkgen's runtime (openai's patch), with a test that exists", () => {
    const { done, left } = judge(
      patched('model_dump(data, exclude_unset=True, mode="json", exclude=getattr(data, "__api_exclude__", None))'),
    );
    expect(left).toEqual([]);
    expect(done.map((d) => d.test)).toEqual([
      'test/python/runtime/test_transform_formats.py › test_a_models_api_exclude_fields_are_not_sent',
    ]);
    const [file, name] = done[0].test.split(' › ');
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(`def ${name}(`);
    const runtime = readFileSync(path.join(ROOT, 'templates/python/runtime/_utils/_transform.py'), 'utf8');
    expect(runtime).toContain('exclude=getattr(data, "__api_exclude__", None)');
  });

  it('leaves a patch changing more of the call for a person', () => {
    const { done, left } = judge(
      patched('model_dump(data, exclude_unset=False, mode="json", exclude=getattr(data, "__api_exclude__", None))'),
    );
    expect(done).toEqual([]);
    expect(left).toHaveLength(1);
  });
});
