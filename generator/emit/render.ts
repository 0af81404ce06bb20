/**
 * Rendering: planned files → text, through Handlebars templates found in layers. For every logical
 * template path (files and partials alike) the first layer that has it wins:
 *   --templates <user dir>  →  templates/targets/<target>/  →  templates/base/
 * Templates have Handlebars' semantics in strict mode (a missing view field is an error naming the template and
 * field) with `noEscape` (we emit code, not HTML; escaping is the view builders' job).
 *
 * Templates are compiled to plain JavaScript by template-compiler.ts; those of templates/base ahead of time by
 * scripts/build.mjs (dist/base-templates.js, each with the SHA-256 of its source): a template whose source has
 * exactly that content is not compiled again. Anything else (a user's template, one edited since the build, or no
 * build at all) is parsed here with Handlebars' parser. When some template uses what that compiler leaves out
 * (block params, decorators, partial blocks, inline partials), Handlebars itself renders every template.
 */
import { compareStrings } from '../naming/case';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importModule } from '../import-module';
import type { PlannedFile, PlanUnitTag } from './planned-file';
import { TEMPLATE_CODE_VERSION, TEMPLATE_PARAMETERS, compileTemplate } from './template-compiler';
import { type CompiledTemplate, type Partials, templateRuntime } from './template-runtime';

type HandlebarsEnvironment = typeof import('handlebars');

/** Handlebars' compile options when it renders (the compiled code has the same semantics). */
const HANDLEBARS_OPTIONS = { noEscape: true, strict: true };

/** A template ready to render a view. */
export type RenderTemplate = (view: unknown) => string;

interface PrecompiledModule {
  /** template-compiler.ts's TEMPLATE_CODE_VERSION when the module was built. */
  templateCodeVersion: string;
  templates: Record<string, { sha256: string; render: CompiledTemplate }>;
}

let precompiledModule: Promise<PrecompiledModule | null> | undefined;

/** dist/base-templates.js (next to this module once bundled, or in dist/ from the sources), or null. */
function loadPrecompiled(): Promise<PrecompiledModule | null> {
  precompiledModule ??= (async () => {
    const file = [
      new URL('./base-templates.js', import.meta.url),
      new URL('../../dist/base-templates.js', import.meta.url),
    ]
      .map((u) => fileURLToPath(u))
      .find((f) => existsSync(f));
    if (!file) return null;
    try {
      const loaded = await importModule<PrecompiledModule>(pathToFileURL(file).href);
      return loaded.templateCodeVersion === TEMPLATE_CODE_VERSION ? loaded : null;
    } catch {
      return null; // unreadable: everything is compiled here
    }
  })();
  return precompiledModule;
}

/** Handlebars (parser and compiler), loaded only when a template must be compiled here. */
async function loadHandlebars(): Promise<HandlebarsEnvironment> {
  return (await import('handlebars')).default;
}

/** A template's source compiled here: sdkgen's code for it, or null when it needs Handlebars. */
function compileHere(handlebars: HandlebarsEnvironment, text: string): CompiledTemplate | null {
  const body = compileTemplate(handlebars.parse(text));
  // The body is built from the template alone (its text and names as JSON literals), never from a spec.
  return body === null ? null : (new Function(...TEMPLATE_PARAMETERS, body) as CompiledTemplate);
}

/** One template's text as a render function (typescript/runtime-files.ts's `.ts.hbs` files without a Renderer). */
export async function compileTemplateText(text: string): Promise<RenderTemplate> {
  const handlebars = await loadHandlebars();
  const compiled = compileHere(handlebars, text);
  if (compiled === null) return handlebars.compile(text, { ...HANDLEBARS_OPTIONS });
  const partials: Partials = Object.create(null);
  return (view) => compiled(view, { root: view }, templateRuntime, partials);
}

export interface TemplateLayers {
  /** Folders, highest priority first. */
  dirs: string[];
}

export interface RenderedFile {
  path: string;
  contents: string;
  /**
   * `contents` in parts, when the file was made so (a large mock spec: mock-spec.ts): the output worker takes them as
   * they are, and `contents` is joined only when read.
   */
  contentsParts?: readonly string[];
  /**
   * The file is a copy of `file` (absolute), whose bytes are the UTF-8 of `contents` exactly (a large JSON spec's mock:
   * mock-spec.ts): the writers copy them, and `contents` is read only when asked for. Each read checks that the file
   * still has the stamp (file-stamp.ts) it was read under, and fails if not; `size` is its size in bytes.
   */
  copyOf?: CopiedFile;
  /**
   * Fingerprint of the text the emitter rendered before formatting (and how its comments are wrapped): recorded in
   * the manifest, so that a later run whose render of the file is the same can reuse it (write/previous-output.ts).
   */
  rendered?: string;
  /**
   * The file on disk, taken as it is (its render and format key are the last run's, or its unit's key): `sha256` of
   * its contents, and the manifest's `rendered` entry of it when it was taken with its unit, unrendered.
   */
  reused?: { sha256: string; renderedEntry?: string; unit?: TakenUnit };
  /** The unit of the plan it belongs to (emit/typescript/plan-units.ts), recorded in the manifest. */
  unit?: PlanUnitTag;
  /**
   * The printer wrote the file in its formatter's layout already (a Python module printed as Ruff would leave it): it
   * is written as printed, not formatted. test/python/ruff-layout.test.ts checks that the formatter leaves it so.
   */
  inFormatterLayout?: true;
}

/** A file another is a copy of (RenderedFile.copyOf). */
export interface CopiedFile {
  file: string;
  stamp: string;
  size: number;
}

/**
 * A unit taken whole from the last run (write/previous-output.ts takeUnit): the key and the manifest's `units` entry
 * it was taken under, and how many files it has. Shared by its files: the new manifest's entry of a unit of that key
 * whose files are all these, with these hashes, is the same (not computed again).
 */
export interface TakenUnit {
  key: string;
  entry: string;
  files: number;
}

export class TemplateError extends Error {
  constructor(template: string, layer: string, cause: unknown) {
    // Handlebars says `"x" not defined in [object Object] - 3:7`: name the field and where, not the object.
    const detail = (cause instanceof Error ? cause.message : String(cause)).replace(
      / not defined in \[object Object\]/,
      ' not defined in the view',
    );
    // The cause keeps where Handlebars or a helper failed: SDKGEN_DEBUG prints its stack too.
    super(`template ${template} (from ${layer}): ${detail}`, { cause });
    this.name = 'TemplateError';
  }
}

/** Where a logical template path is served from. */
export function findTemplate(layers: TemplateLayers, logical: string): string | null {
  for (const dir of layers.dirs) {
    const candidate = path.join(dir, logical);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every logical template path across the layers, with the layer that serves it. */
export async function listTemplates(layers: TemplateLayers): Promise<Array<{ logical: string; servedBy: string }>> {
  const seen = new Map<string, string>();
  for (const dir of layers.dirs) {
    for (const file of await walk(dir)) {
      const logical = path.relative(dir, file).split(path.sep).join('/');
      if (!seen.has(logical)) seen.set(logical, dir);
    }
  }
  return [...seen.entries()]
    .sort((a, b) => compareStrings(a[0], b[0]))
    .map(([logical, servedBy]) => ({ logical, servedBy }));
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

export interface RendererOptions {
  /** Use dist/base-templates.js where it matches (default true; false compiles every template here). */
  usePrecompiled?: boolean;
  /** Render with Handlebars itself, not the compiled code (tests compare the two). */
  engine?: 'compiled' | 'handlebars';
}

/** A template's source, where it is served from, and its compiled form when the build has it. */
interface TemplateSource {
  logical: string;
  /** The layer folder serving it. */
  layer: string;
  text: string;
  precompiled: CompiledTemplate | null;
}

export class Renderer {
  private constructor(
    private readonly layers: TemplateLayers,
    /** Every .hbs template across the layers, by logical path (the highest layer's). */
    private readonly sources: Map<string, TemplateSource>,
    /** Every template, ready to render, by logical path. */
    private readonly templates: Map<string, RenderTemplate>,
  ) {}

  static async create(layers: TemplateLayers, options: RendererOptions = {}): Promise<Renderer> {
    const precompiled = options.usePrecompiled === false ? null : await loadPrecompiled();
    const sources = new Map<string, TemplateSource>();
    const listed = (await listTemplates(layers)).filter((t) => t.logical.endsWith('.hbs'));
    const texts = await Promise.all(listed.map((t) => readFile(path.join(t.servedBy, t.logical), 'utf8')));
    listed.forEach(({ logical, servedBy }, i) => {
      const text = texts[i];
      const built = precompiled?.templates[logical];
      const matches = built !== undefined && built.sha256 === createHash('sha256').update(text).digest('hex');
      sources.set(logical, { logical, layer: servedBy, text, precompiled: matches ? built.render : null });
    });
    const compiled = options.engine === 'handlebars' ? null : await compileAll(sources);
    const templates = compiled ? bindCompiled(sources, compiled) : await handlebarsTemplates(sources);
    return new Renderer(layers, sources, templates);
  }

  /** A digest of every template's logical path and text, as served: what the renders depend on of the layers. */
  templatesKey(): string {
    const hash = createHash('sha256');
    for (const source of [...this.sources.values()].sort((a, b) => compareStrings(a.logical, b.logical)))
      hash.update(`${source.logical}\0${source.text}\0`);
    return hash.digest('hex');
  }

  /** How many of the templates are served from the build's precompiled ones. */
  get precompiledCount(): number {
    return [...this.sources.values()].filter((s) => s.precompiled !== null).length;
  }

  /**
   * The template at `logical` whose text is `text` (typescript/runtime-files.ts's `.ts.hbs` files): the one create()
   * found there when its text is the same, else compiled now.
   */
  async compileText(logical: string, text: string): Promise<RenderTemplate> {
    const known = this.templates.get(logical);
    if (known && this.sources.get(logical)?.text === text) return known;
    return compileTemplateText(text);
  }

  async render(file: PlannedFile): Promise<RenderedFile> {
    const source = this.sources.get(file.template);
    const template = this.templates.get(file.template);
    if (!source || !template)
      throw new TemplateError(file.template, this.layers.dirs.join(', '), new Error('no layer has this template'));
    try {
      return { path: file.path, contents: template(file.view) };
    } catch (error) {
      const inner = error instanceof TemplateError ? `in ${error.message}` : error;
      throw new TemplateError(file.template, source.layer, inner);
    }
  }
}

/** Every template as compiled code (the build's where it matches), or null when one of them needs Handlebars. */
async function compileAll(sources: Map<string, TemplateSource>): Promise<Map<string, CompiledTemplate> | null> {
  const compiled = new Map<string, CompiledTemplate>();
  let handlebars: HandlebarsEnvironment | undefined;
  for (const source of sources.values()) {
    if (source.precompiled) {
      compiled.set(source.logical, source.precompiled);
      continue;
    }
    handlebars ??= await loadHandlebars();
    let template: CompiledTemplate | null;
    try {
      template = compileHere(handlebars, source.text);
    } catch (error) {
      // A template that does not parse (a user's own, most often): its name, its layer and Handlebars' words.
      throw new TemplateError(source.logical, source.layer, error);
    }
    if (template === null) return null;
    compiled.set(source.logical, template);
  }
  return compiled;
}

/** An error inside a partial names the partial (and its layer), not only the template that called it. */
function namingPartial<T extends unknown[]>(source: TemplateSource, render: (...args: T) => string) {
  return (...args: T): string => {
    try {
      return render(...args);
    } catch (error) {
      throw error instanceof TemplateError ? error : new TemplateError(source.logical, source.layer, error);
    }
  };
}

/** The partial's name: its path under partials/ without `.hbs`; null for a template that is not a partial. */
function partialName(logical: string): string | null {
  return logical.startsWith('partials/') ? logical.slice('partials/'.length, -'.hbs'.length) : null;
}

function bindCompiled(
  sources: Map<string, TemplateSource>,
  compiled: Map<string, CompiledTemplate>,
): Map<string, RenderTemplate> {
  // Partials: every file under partials/ in any layer, highest layer wins.
  const partials: Partials = Object.create(null);
  for (const source of sources.values()) {
    const name = partialName(source.logical);
    const render = compiled.get(source.logical)!;
    if (name !== null)
      partials[name] = namingPartial(source, (context: unknown, data: Record<string, unknown>) =>
        render(context, data, templateRuntime, partials),
      );
  }
  const templates = new Map<string, RenderTemplate>();
  for (const [logical, render] of compiled)
    templates.set(logical, (view) => render(view, { root: view }, templateRuntime, partials));
  return templates;
}

async function handlebarsTemplates(sources: Map<string, TemplateSource>): Promise<Map<string, RenderTemplate>> {
  // One environment, so that the templates see the partials.
  const handlebars = (await loadHandlebars()).create();
  const templates = new Map<string, RenderTemplate>();
  for (const source of sources.values()) {
    const template = handlebars.compile(source.text, { ...HANDLEBARS_OPTIONS });
    templates.set(source.logical, template);
    const name = partialName(source.logical);
    if (name !== null) handlebars.registerPartial(name, namingPartial(source, template));
  }
  return templates;
}
