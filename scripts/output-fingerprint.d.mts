/** Types of what scripts/output-fingerprint.mjs exports (for its unit test). */

/** One output to generate: its name, the spec, and the CLI options the tests use for it. */
export interface Target {
  name: string;
  spec: string;
  args: string[];
}

/** The record of one generated output. */
export interface OutputRecord {
  /** Output path → sha256. */
  files: Record<string, string>;
  diagnostics: unknown[];
  notices?: string[];
  error?: unknown;
}

export interface Fingerprint {
  outputs: Record<string, OutputRecord>;
}

/** One output that differs between two fingerprints. */
export interface Difference {
  name: string;
  /** Set when only one side generated the output at all. */
  only?: 'base' | 'head';
  changed: string[];
  onlyBase: string[];
  onlyHead: string[];
  diagnostics?: boolean;
  error?: boolean;
}

export function targets(roots?: { repo?: string; sharedDir?: string }): Target[];
export function hashTree(dir: string): Record<string, string>;
export function readFileForFingerprint(full: string, relative: string): Buffer | string;
export function compareFingerprints(base: Fingerprint, head: Fingerprint): Difference[];
export function totals(fingerprint: Fingerprint): { outputs: number; files: number; failed: number };
export function describeDifferences(
  differences: Difference[],
  labels?: { baseLabel?: string; headLabel?: string },
): string;
