/**
 * `sdkgen diff` entry points: load two specs into IRs (`loadApi`: load → IR only, no rendering) and
 * compare the SDK surfaces (`diffApis`). The comparison lives in one module per concern:
 *
 *   compare-client.ts     client class, package, env vars, base URL, auth, page classes
 *   compare-resources.ts  resources added/removed/renamed, then every method
 *   compare-methods.ts    method identity (operationId → verb+path → SDK path) and call signatures
 *   compare-schemas.ts    named types, once each, with the variance of all their uses
 *   compare-types.ts      structural TypeRef comparison and value-set subtyping
 *   classify.ts           the rule table: kind × variance → breaking / non-breaking / note, and why
 */
import { loadConfig } from '../config';
import { Diagnostics, SpecError } from '../diagnostics';
import { buildIr } from '../ir/build';
import type { Api, SourceRef } from '../ir/types';
import { validateIr } from '../ir/validate';
import { loadSpec } from '../load/load';
import { normalize } from '../normalize/normalize';
import { severity } from './classify';
import { compareClient } from './compare-client';
import { matchMethods } from './compare-methods';
import { compareResources } from './compare-resources';
import { compareSchemas, matchSchemas } from './compare-schemas';
import { TypeComparer } from './compare-types';
import { resolveInput } from './inputs';
import { DIFF_SCHEMA_VERSION, type Change, type DiffResult, type DiffSide, type SemverBump } from './model';
import { ChangeSink } from './sink';
import { buildSurface } from './surface';

/** Spec (and optional config) → IR. Throws SpecError on an invalid spec, like `generate`. */
export async function loadApi(spec: string, config: string | null): Promise<Api> {
  const diagnostics = new Diagnostics();
  const sdkConfig = await loadConfig(config, diagnostics);
  const loaded = await loadSpec(spec, diagnostics);
  const { api } = buildIr(normalize(loaded, sdkConfig, diagnostics), sdkConfig, diagnostics);
  validateIr(api);
  if (diagnostics.errors.length > 0) throw new SpecError(diagnostics.errors[0]);
  return api;
}

export interface DiffInputs {
  old: string;
  new: string;
  /** Config for both sides (overridden per side by oldConfig/newConfig). Each may be a `git:` input. */
  config?: string | null;
  oldConfig?: string | null;
  newConfig?: string | null;
  cwd?: string;
}

/** Resolve inputs (git: revisions included), load both sides and diff them. */
export async function diffSpecs(inputs: DiffInputs): Promise<DiffResult> {
  const cwd = inputs.cwd ?? process.cwd();
  const resolved = [];
  try {
    const oldSpec = await resolveInput(inputs.old, cwd);
    resolved.push(oldSpec);
    const newSpec = await resolveInput(inputs.new, cwd);
    resolved.push(newSpec);
    const configOf = async (own: string | null | undefined) => {
      const input = own ?? inputs.config ?? null;
      if (input === null) return null;
      const r = await resolveInput(input, cwd);
      resolved.push(r);
      return r.file;
    };
    const oldConfig = await configOf(inputs.oldConfig);
    const newConfig = await configOf(inputs.newConfig);
    // Both load at once; when both fail, the old side's error is the one reported, whichever failed first.
    const [oldLoaded, newLoaded] = await Promise.allSettled([
      loadApi(oldSpec.file, oldConfig),
      loadApi(newSpec.file, newConfig),
    ]);
    if (oldLoaded.status === 'rejected') throw oldLoaded.reason;
    if (newLoaded.status === 'rejected') throw newLoaded.reason;
    const [oldApi, newApi] = [oldLoaded.value, newLoaded.value];
    const result = diffApis(oldApi, newApi, { old: inputs.old, new: inputs.new });
    // Sources of a git input point into a temporary directory: name them by the input instead.
    relabel(result.changes, 'old', oldSpec.file, inputs.old);
    relabel(result.changes, 'new', newSpec.file, inputs.new);
    return result;
  } finally {
    await Promise.all(resolved.map((r) => r.cleanup()));
  }
}

function relabel(changes: Change[], side: 'old' | 'new', file: string, input: string): void {
  if (file === input) return;
  for (const c of changes) {
    const ref: SourceRef | null = c.source[side];
    if (ref && ref.file === file) c.source = { ...c.source, [side]: { ...ref, file: input } };
  }
}

/** Compare two SDK surfaces. Pure: the same two IRs always give the same result, in the same order. */
export function diffApis(
  oldApi: Api,
  newApi: Api,
  labels: { old: string; new: string } = { old: 'old', new: 'new' },
): DiffResult {
  const oldSurface = buildSurface(oldApi);
  const newSurface = buildSurface(newApi);
  const sink = new ChangeSink();
  const methods = matchMethods(oldSurface, newSurface);
  const schemas = matchSchemas(oldSurface, newSurface, methods.pairs);
  const types = new TypeComparer(oldSurface, newSurface, schemas.matched, sink);

  compareClient(oldApi, newApi, types, sink);
  const addedMethods = compareResources(oldSurface, newSurface, methods, types, sink);
  compareSchemas(schemas, oldSurface, newSurface, types, sink, addedMethods);

  const side = (api: Api, input: string): DiffSide => ({
    input,
    title: api.title,
    specVersion: api.specVersion,
    clientName: api.clientName,
  });
  return buildResult(
    sink.changes,
    [...newSurface.resources.keys(), ...oldSurface.resources.keys()],
    side(oldApi, labels.old),
    side(newApi, labels.new),
  );
}

/** Deduplicated, ordered changes with their summary (shared with `diff --against`). */
export function buildResult(all: Change[], resourceOrder: string[], old: DiffSide, next: DiffSide): DiffResult {
  const changes = order(dedupe(all), resourceOrder);
  const breaking = changes.filter((c) => c.classification === 'breaking').length;
  const nonBreaking = changes.filter((c) => c.classification === 'non-breaking').length;
  const notes = changes.length - breaking - nonBreaking;
  const semver: SemverBump = breaking > 0 ? 'major' : nonBreaking > 0 ? 'minor' : notes > 0 ? 'patch' : 'none';
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    old,
    new: next,
    summary: { breaking, nonBreaking, notes, semver },
    changes,
  };
}

/** The same change reached twice (e.g. through two paths of a recursive type) is reported once. */
function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.kind}\u0000${c.location}\u0000${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Client first, then resources in SDK order (new, then removed ones), then shared types; breaking first in each group. */
function order(changes: Change[], resourceOrder: string[]): Change[] {
  const rank = new Map<string, number>([['client', 0]]);
  for (const path of resourceOrder) if (!rank.has(path)) rank.set(path, rank.size);
  const groupRank = (g: string) =>
    g === 'types' ? Number.MAX_SAFE_INTEGER : (rank.get(g) ?? Number.MAX_SAFE_INTEGER - 1);
  return changes
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        groupRank(a.c.group) - groupRank(b.c.group) ||
        severity(b.c.classification) - severity(a.c.classification) ||
        a.i - b.i,
    )
    .map(({ c }) => c);
}
