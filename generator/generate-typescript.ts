/**
 * The TypeScript branch of generate(): plan → render → format of an `Api`, with the runtime files, the files the
 * previous output still holds taken as they are, and the spec with its code samples.
 */
import { createHash } from 'node:crypto';
import type { SdkConfig } from './config';
import { extend } from './extend';
import { documentedSpecFile, type CodeSample } from './emit/documented-spec';
import type { KeyLeaves } from './emit/key-leaves';
import { fileHeaderComment, sdkPlanner, type PlanOptions } from './emit/typescript/plan';
import type { MockTestsSwitch } from './emit/typescript/plan-context';
import type { UnitReuse } from './emit/typescript/plan-units';
import type { PlanUnitTag } from './emit/planned-file';
import { Renderer, type RenderedFile, type TemplateLayers } from './emit/render';
import { extraTemplates, runtimeFiles, runtimeLeftOut, runtimeView } from './emit/typescript/runtime-files';
import { startFormatting, type FormatInput, type Formatter } from './format/format';
import type { GenerateOptions } from './generate-options';
import { templateLayers } from './generate-layers';
import type { Api } from './ir/types';
import type { LoadedSpec } from './load/load';
import { compareStrings } from './naming/case';
import { packageManagerField } from './package-manager';
import { typeScriptTargetOptions } from './stainless/typescript-target';
import { CODE_IDENTITY, stampLayers } from './write/inputs-key';
import type { PreviousOutput } from './write/previous-output';

/** The columns of text a comment line of Stainless's SDKs holds, after its ` * `. */
const STAINLESS_COMMENT_WIDTH = 80;

/** A template that renders to nothing but whitespace writes no file (how a target drops package.json). */
export function writesFile(rendered: RenderedFile): boolean {
  return /\S/.test(rendered.contents);
}

/** What the emit stage plans and renders with: the template layers, the plan's options and the renderer. */
export async function emitSetup(
  api: Api,
  config: SdkConfig,
  options: Omit<GenerateOptions, 'spec' | 'config'>,
  mockRoot: string | null,
): Promise<{
  layers: TemplateLayers;
  importExt: string;
  funcs: boolean;
  planOptions: PlanOptions;
  renderer: Renderer;
  layerStamps: Map<string, string>;
}> {
  const layers = templateLayers(config, options);
  // Before the layers are listed or read (write/inputs-key.ts's readStamps).
  const stamps = stampLayers(layers.dirs);
  const importExt = options.target === 'deno' ? '.ts' : '.js';
  const funcs = options.funcs !== false && config.funcs;
  const planOptions: PlanOptions = {
    importExt,
    funcs,
    codeSamples: config.stainless?.codeSamples != null,
    extraTemplates: await extraTemplates(layers.dirs),
    mockSpec: mockRoot !== null ? `mock/${mockRoot}` : null,
    referenceDocs: options.referenceDocs !== false && config.referenceDocs,
    ownersVitest: options.ownersVitest === true,
    stainlessEra: options.stainlessEra ?? null,
    mockServer: options.mockServer ?? null,
    treeShaking: config.treeShaking || config.stainless?.treeShaking === true,
    tanstackQuery: config.tanstackQuery,
    mockTestsOffBy: mockTestsOffBy(config),
    // The workflows run npm's scripts: a Deno / JSR package has none.
    workflows: config.workflows && options.target !== 'deno',
    packageManager: packageManagerField(config.packageManager ?? config.stainless?.packageManager ?? null),
    target: typeScriptTargetOptions(config.stainless),
  };
  return { layers, importExt, funcs, planOptions, renderer: await Renderer.create(layers), layerStamps: stamps };
}

export async function emitApi(
  api: Api,
  config: SdkConfig,
  formatter: Formatter,
  options: Omit<GenerateOptions, 'spec' | 'config'>,
  mark: (stage: string) => void,
  mock: { root: string; files: RenderedFile[] } | null = null,
  spec: LoadedSpec | null = null,
  previous: PreviousOutput | null = null,
  leaves: Promise<KeyLeaves> | null = null,
): Promise<{ files: RenderedFile[]; formatKey: string; templateDirs: string[]; layerStamps: Map<string, string> }> {
  const { layers, importExt, funcs, planOptions, renderer, layerStamps } = await emitSetup(
    api,
    config,
    options,
    mock?.root ?? null,
  );
  // Each file goes to the formatter as soon as it is rendered: oxfmt formats on its own threads meanwhile.
  const onFile = options.onFile;
  const formatting = await startFormatting({
    formatter: options.format === false ? 'none' : formatter,
    onNotice: options.onNotice,
    onFile: onFile && ((file) => onFile(file, api, previous)),
    writer: options.formatWriter && (() => options.formatWriter!(api, previous)),
  });
  // The spec for the package's own mock, as read (JSON, not formatted): first, so that whoever writes the files
  // (onFile) has the largest one while the others are rendered.
  await previous?.ready();
  // One that is last run's, byte for byte, and still on disk as written, is neither compared nor written again.
  const unformatted = (file: RenderedFile) => {
    const taken = previous ? previous.takeUnformatted(file) : file;
    if (!taken.reused) onFile?.(taken, api, previous);
    return taken;
  };
  const mockFiles = (mock?.files ?? []).map(unformatted);
  // A file whose render is last run's, formatted under the same key, is the file on disk: taken, not formatted.
  const reuse = previous?.format === formatting.key ? previous : null;
  const reused: RenderedFile[] = [];
  // The unit of each planned file, and the units one of whose files rendered to nothing (not recorded: a later run
  // could not take them whole).
  const unitOf = new Map<string, PlanUnitTag>();
  const partial = new Set<string>();
  const fingerprints = new Map<string, string>();
  const format = (file: FormatInput) => {
    const fingerprint = renderFingerprint(file);
    const taken = reuse?.take(file.path, fingerprint, formatting.key);
    if (taken) reused.push(taken);
    else {
      fingerprints.set(file.path, fingerprint);
      formatting.add(file);
    }
  };
  // The runtime files next: they are formatted while the planned files are rendered, not after them. Their paths
  // (src/core, src/internal) are none of the plan's.
  const runtime = await runtimeFiles(layers.dirs, runtimeView(api, planOptions), {
    importExt,
    compile: (logical, source) => renderer.compileText(logical, source),
    leaveOut: runtimeLeftOut(api, { funcs, tanstackQuery: config.tanstackQuery, target: planOptions.target }),
    // A licence notice goes on every source file, the runtime's too (Stainless left its runtime without it, and
    // owners added it there by hand).
    header: fileHeaderComment(api.fileHeader),
  });
  for (const file of runtime) format({ path: file.path, contents: file.contents });
  // Stainless's SDKs wrap a comment's text at 80 columns, however deep it is; sdkgen's at the code's width.
  const wrapComments = planOptions.target?.stainlessLayout ? { textWidth: STAINLESS_COMMENT_WIDTH } : true;
  // A unit of the plan whose key is last run's is taken whole: not even planned (emit/typescript/plan-units.ts). Every file of a
  // unit carries its key, for the manifest. (The keys' texts hashed in a worker are awaited as late as can be.)
  const units: UnitReuse = {
    leaves: await leaves,
    runKey: createHash('sha256')
      .update(
        JSON.stringify({
          code: CODE_IDENTITY.get(),
          templates: renderer.templatesKey(),
          format: formatting.key,
          plan: planOptions,
        }),
      )
      .digest('hex'),
    take: (id, key, paths) => {
      const files = reuse?.takeUnit(id, key(), paths) ?? null;
      if (files) reused.push(...files);
      return files !== null;
    },
  };
  // Each file is rendered as soon as it is planned and handed to the formatter, which formats it on its own threads
  // while the next files are planned; its view is let go once it is rendered. One plan context serves the files and
  // the code samples.
  const planner = sdkPlanner(api, planOptions);
  for (const file of planner.files(units)) {
    const rendered = await renderer.render(file);
    const written = writesFile(rendered);
    if (written) format(extend(rendered, { wrapComments }));
    if (file.unit) {
      if (written) unitOf.set(file.path, file.unit);
      else partial.add(file.unit.id);
    }
    if (formatting.pending() > 0) await new Promise(setImmediate);
  }
  // A Stainless config's `openapi.code_samples`: the spec with each method's code sample, for the docs site.
  const documented: RenderedFile[] = [];
  if (spec && config.stainless?.codeSamples) {
    const samples: CodeSample[] = [];
    for (const { operation, sample } of planner.codeSamples())
      samples.push({ operation, source: (await renderer.render(sample)).contents });
    const file = documentedSpecFile(spec, samples);
    if (file) documented.push(unformatted(file));
  }
  // Each unit's key (for the manifest) while the formatter's threads format what is planned.
  for (const unit of unitOf.values()) void unit.key;
  mark('emit');
  const formatted = await formatting.finish();
  // (Each formatted file is a new object of the format stage's.)
  for (const file of formatted) file.rendered = fingerprints.get(file.path);
  for (const file of [...formatted, ...reused]) {
    const unit = unitOf.get(file.path);
    if (unit && !partial.has(unit.id)) file.unit = unit;
  }
  const files = [...formatted, ...reused, ...mockFiles, ...documented];
  mark('format');
  files.sort((a, b) => compareStrings(a.path, b.path));
  return { files, formatKey: formatting.key, templateDirs: layers.dirs, layerStamps };
}

/**
 * What the format stage's output of a file depends on besides the format key: its rendered text and how its
 * comments are wrapped (its path is the manifest's key). 128 bits of sha256.
 */
export function renderFingerprint(file: FormatInput): string {
  return createHash('sha256')
    .update(`${JSON.stringify(file.wrapComments ?? false)}\n`)
    .update(file.contents)
    .digest('hex')
    .slice(0, 32);
}

/** The key that turns the generated tests off: sdkgen's `mockTests` where it says, else a Stainless config's setting. */
export function mockTestsOffBy(config: SdkConfig): MockTestsSwitch | null {
  if (config.mockTests !== null) return config.mockTests ? null : 'config';
  return config.stainless?.disableMockTests === true ? 'stainless' : null;
}
