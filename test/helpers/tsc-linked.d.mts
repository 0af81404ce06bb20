import type { SourceFile } from 'typescript';

export function checkLinked(
  project: string,
  cwd?: string,
  sourceFiles?: Map<string, SourceFile>,
): { output: string; status: number };
