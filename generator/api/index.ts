/**
 * sdkgen's programmatic API: `import { generate, check, diff, loadIr, defineConfig } from 'sdkgen'`. Every CLI
 * command is a thin layer over these; they take the same options, return data, and throw SdkgenErrors.
 */
export {
  generate,
  generateUnlessUpToDate,
  type GenerateOptions,
  type GenerateResult,
  type InputOptions,
  type OutputChanges,
  type UpToDate,
} from './generate';
export {
  check,
  diff,
  diffPublished,
  loadIr,
  type CheckedDirectory,
  type CheckOptions,
  type CheckResult,
  type DiffOptions,
  type DiffResult,
  type LoadIrResult,
  type Api,
} from './analyze';
export { watch, type WatchEvent, type WatchOptions, type Watcher } from './watch';
export { migrate, type MigrateOptions, type MigrateResult } from './migrate';
export { update, type UpdateOptions, type UpdateResult } from './update';
export { SdkgenError, SpecError, UsageError, OutputConflictError, type Diagnostic } from './errors';
export type { FetchOptions } from './inputs';
export { defineConfig, type Formatter, type UserConfig } from './define-config';
