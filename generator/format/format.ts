/**
 * Format stage: Prettier over every rendered file, in memory, before anything touches disk.
 * A file Prettier cannot parse is a generator bug (or a broken template): reported with its path.
 */
import type { RenderedFile } from '../emit/render';

const OPTIONS = {
  printWidth: 110,
  singleQuote: true,
  trailingComma: 'all' as const,
  arrowParens: 'always' as const,
  experimentalTernaries: false,
};

export class FormatError extends Error {
  constructor(file: string, cause: unknown) {
    super(`cannot format ${file} (a generator or template bug): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
    this.name = 'FormatError';
  }
}

function parserFor(file: string): string | null {
  if (file.endsWith('.ts')) return 'typescript';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.md')) return 'markdown';
  return null;
}

export async function formatFiles(files: RenderedFile[]): Promise<RenderedFile[]> {
  const prettier = await import('prettier');
  return Promise.all(
    files.map(async (file) => {
      const parser = parserFor(file.path);
      if (!parser) return file;
      try {
        return { path: file.path, contents: await prettier.format(file.contents, { ...OPTIONS, parser }) };
      } catch (error) {
        throw new FormatError(file.path, error);
      }
    }),
  );
}
