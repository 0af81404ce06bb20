/** Types of what scripts/stainless-ts-cases.mjs exports (for test/helpers/stainless-compat.ts). */

export interface TestCase {
  /** "<file relative to tests/api-resources> > <describe> > <test name>". */
  id: string;
  file: string;
  skipped: boolean;
  /** 1-based lines the case spans. */
  from: number;
  to: number;
}

export interface CaseRun {
  passed: string[];
  failed: Array<{ id: string; error: string }>;
  skipped: string[];
}

export function testFilesUnder(base: string, relative?: string): string[];
export function testCases(file: string, source: string): TestCase[];
export function writeCaseProject(options: {
  tests: string;
  packageName: string;
  dir: string;
  compilerOptions: Record<string, unknown>;
}): string;
export function casesWithErrors(
  dir: string,
  output: string,
): { cases: Array<TestCase & { errors: string[] }>; elsewhere: string[] };
export function runCases(
  requests: Array<{ name: string; packageName: string; dir: string; baseURL: string }>,
  work: string,
  options?: { timeout?: number; include?: string[] },
): Promise<Map<string, CaseRun>>;
