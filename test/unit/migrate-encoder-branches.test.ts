/**
 * reapply/encoder-branches.ts: the owners' `addFormValue` read by its branches (what the array branch and the object
 * branch send), so that a patch which rewrote or re-indented the whole function, every line of it changed, is still
 * told as "objects alone as JSON, arrays as Stainless's `key[]`" (ownersEncoderPatch's `objectsOnly`).
 */
import { describe, expect, it } from 'vitest';
import { encoderFormOf } from '../../generator/migrate/reapply/encoder-branches';
import { ownersEncoderPatch } from '../../generator/migrate/reapply/multipart-covered';

const STAINLESS = `const addFormValue = async (form: FormData, key: string, value: unknown): Promise<void> => {
  if (value === undefined) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    form.append(key, String(value));
  } else if (Array.isArray(value)) {
    await Promise.all(value.map((entry) => addFormValue(form, key + '[]', entry)));
  } else if (typeof value === 'object') {
    await Promise.all(
      Object.entries(value).map(([name, prop]) => addFormValue(form, \`\${key}[\${name}]\`, prop)),
    );
  }
};
`;

/** The owners' rewrite: a function declaration, four-space indent, objects holding no file as JSON ("{" in a string). */
const REWRITTEN = `async function addFormValue(form: FormData, key: string, value: unknown): Promise<void> {
    if (value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        form.append(key, String(value));
    } else if (Array.isArray(value)) {
        // items as Stainless sent them: "key[]" (a brace in a comment: {)
        for (const entry of value) await addFormValue(form, \`\${key}[]\`, entry);
    } else if (typeof value === 'object') {
        if (!hasUploadableValue(value)) {
            form.append(key, JSON.stringify(value));
        } else {
            await Promise.all(
                Object.entries(value).map(([name, prop]) => addFormValue(form, \`\${key}[\${name}]\`, prop)),
            );
        }
    }
}
`;

describe('encoderFormOf', () => {
  it("reads what each branch sends: Stainless's brackets, or an object as JSON", () => {
    expect(encoderFormOf(STAINLESS)).toEqual({ arrays: 'brackets', objects: 'brackets' });
    expect(encoderFormOf(REWRITTEN)).toEqual({ arrays: 'brackets', objects: 'json' });
    const bare = REWRITTEN.replace('`${key}[]`', 'key');
    expect(encoderFormOf(bare)).toEqual({ arrays: 'bare', objects: 'json' });
    expect(encoderFormOf('export const x = 1;\n')).toBeNull();
  });

  it('tells an objects-only patch that rewrote the whole function (every line changed)', () => {
    const path = 'src/internal/uploads.ts';
    const patch = ownersEncoderPatch([{ path, text: REWRITTEN }], () => STAINLESS, null);
    expect(patch).toEqual({ plainAsJson: true, fileArraysRepeat: false, objectsOnly: true });
    // (An array branch that sends JSON too: not objects-only.)
    const arraysToo = REWRITTEN.replace(
      'for (const entry of value) await addFormValue(form, `${key}[]`, entry);',
      'form.append(key, JSON.stringify(value));',
    );
    expect(ownersEncoderPatch([{ path, text: arraysToo }], () => STAINLESS, null)?.objectsOnly).toBeUndefined();
  });
});
