/**
 * A Stainless file sdkgen no longer writes, which the owners edited only in comments (issue 89, ImageKit's rewritten
 * `@example` in a resource's doc comment): a doc comment is the SDK's documentation, so the edit is shown for a
 * person, never dropped as "nothing of yours"; a plain comment (a licence line) still is.
 */
import { describe, expect, it } from 'vitest';
import { planMigration } from '../generator/migrate/plan';

const HEADER = '// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const stainless = (example: string, note = '// Lists extensions.') =>
  `${HEADER}${note}\nexport class Extensions {\n  /**\n   * Creates one.\n   *\n   * @example\n   * \`\`\`ts\n` +
  `   * await client.extensions.create({ name: '${example}' });\n   * \`\`\`\n   */\n  create() {\n` +
  `    return this.post('/extensions');\n  }\n}\n`;

function plan(edited: string) {
  const path = 'src/resources/extensions.ts';
  return planMigration({
    current: [{ path, blob: 'edited', text: edited }],
    base: { blobs: new Map([[path, 'stainless']]), texts: new Map([[path, stainless('remove-bg')]]) },
    rendered: [{ path: 'src/client.ts', contents: 'export class Client {}\n' }],
  });
}

describe('migrate: comment edits in a Stainless file sdkgen removes', () => {
  it('shows an edited doc comment for a person', () => {
    const result = plan(stainless('ai-tasks'));
    expect(result.removed).toContain('src/resources/extensions.ts');
    expect(result.commentOnlyEdits).not.toContain('src/resources/extensions.ts');
    const rejected = result.rejected.find((r) => r.path === 'src/resources/extensions.ts');
    expect(rejected?.hunks.join('\n')).toContain("+   * await client.extensions.create({ name: 'ai-tasks' });");
  });

  it('still drops an edit of a plain comment', () => {
    const result = plan(stainless('remove-bg', '// Lists the extensions of an account.'));
    expect(result.commentOnlyEdits).toContain('src/resources/extensions.ts');
    expect(result.rejected.map((r) => r.path)).not.toContain('src/resources/extensions.ts');
  });
});
