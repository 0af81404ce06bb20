/**
 * A package of webhook unwraps exports `APIWebhookValidationError` beside the other errors, as Stainless's do from
 * their first unwrap on (dodopayments' 2025-10-25 "added unwrap functions for webhooks", imagekit's 2025-12-12): in
 * `__init__.py`'s import from `._exceptions` after `UnprocessableEntityError`, in `__all__` after
 * `"APIResponseValidationError"`. A package without unwraps does not name it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

async function initOf(config: string | undefined): Promise<string> {
  const result = await generate({ spec: fixture('webhooks.yaml'), config, target: 'python' });
  const init = result.files.find((f) => /^src\/[a-z_]+\/__init__\.py$/.test(f.path));
  if (!init) throw new Error('no package __init__.py');
  return init.contents;
}

describe('APIWebhookValidationError', () => {
  it('is exported by a package of webhook unwraps, in Stainless’s places', async () => {
    const init = await initOf(fixture('webhooks.stainless.yml'));
    expect(init).toMatch(
      / {4}UnprocessableEntityError,\n {4}APIWebhookValidationError,\n {4}APIResponseValidationError,\n/,
    );
    expect(init).toMatch(/ {4}"APIResponseValidationError",\n {4}"APIWebhookValidationError",\n/);
  }, 120_000);

  it('is not named by a package without them', async () => {
    const init = await initOf(undefined);
    expect(init).toContain('APIResponseValidationError');
    expect(init).not.toContain('APIWebhookValidationError');
  }, 120_000);
});
