/**
 * An owners' import placed again in sdkgen's module, which imports the same itself, is there once (groq's
 * `import { Stream } from '../../core/streaming'` in its chat completions): a second copy is a duplicate identifier.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeatedImports, withoutRepeatedMembers } from '../../generator/migrate/reapply/duplicate-imports';

describe('migrate: an import line repeated by a carried edit', () => {
  it('keeps the first, and every import that differs', () => {
    const text = [
      "import { APIPromise } from '../../core/api-promise';",
      "import { Stream } from '../../core/streaming';",
      "import { RequestOptions } from '../../internal/request-options';",
      "import { Stream } from '../../core/streaming'",
      "import { type Stream as S } from '../../core/streaming';",
      '',
      'export const x = 1;',
    ].join('\n');
    expect(withoutRepeatedImports(text).split('\n')).toEqual([
      "import { APIPromise } from '../../core/api-promise';",
      "import { Stream } from '../../core/streaming';",
      "import { RequestOptions } from '../../internal/request-options';",
      "import { type Stream as S } from '../../core/streaming';",
      '',
      'export const x = 1;',
    ]);
  });

  it('leaves a module without repeats as it is', () => {
    const text = "import a from 'a';\nimport b from 'b';\n";
    expect(withoutRepeatedImports(text)).toBe(text);
  });
});

describe('migrate: an interface member repeated by a carried edit', () => {
  it('keeps the first, dropping the later with its doc comment', () => {
    const text = [
      'export interface FileUploadParams {',
      '  /**',
      '   * Header param: The content type of the file.',
      '   */',
      "  'Content-Type': string;",
      '',
      '  /**',
      '   * Header param: The size of the file in bytes.',
      '   */',
      "  'Content-Length': number;",
      '',
      '  /**',
      '   * Header param: The MIME type of the file.',
      '   */',
      "  'Content-Type': string;",
      '',
      '  /** Query param: the graph. */',
      '  graphId?: string;',
      '}',
      '',
      'export interface Other {',
      "  'Content-Type': string;",
      '}',
      '',
    ].join('\n');
    expect(withoutRepeatedMembers(text).split('\n')).toEqual([
      'export interface FileUploadParams {',
      '  /**',
      '   * Header param: The content type of the file.',
      '   */',
      "  'Content-Type': string;",
      '',
      '  /**',
      '   * Header param: The size of the file in bytes.',
      '   */',
      "  'Content-Length': number;",
      '',
      '  /** Query param: the graph. */',
      '  graphId?: string;',
      '}',
      '',
      'export interface Other {',
      "  'Content-Type': string;",
      '}',
      '',
    ]);
  });

  it('leaves members of nested object types alone', () => {
    const text = 'export interface A {\n  a: {\n    b: string;\n    b: string;\n  };\n  c: number;\n}\n';
    expect(withoutRepeatedMembers(text)).toBe(text);
  });
});
