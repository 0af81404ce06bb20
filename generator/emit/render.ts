/**
 * Rendering: planned files → text, through Handlebars templates found in layers. For every logical
 * template path (files and partials alike) the first layer that has it wins:
 *   --templates <user dir>  →  templates/targets/<target>/  →  templates/base/
 * Handlebars runs in strict mode (a missing view field is an error naming the template and field) with
 * `noEscape` (we emit code, not HTML; escaping is the view builders' job).
 *
 * The templates of templates/base are compiled ahead of time by scripts/build.mjs (dist/base-templates.js,
 * each with the SHA-256 of its source): a template whose source has exactly that content is not compiled
 * again. Anything else (a user's template, one edited since the build, or no build at all) is compiled here,
 * with the Handlebars compiler, which is then loaded; a run that needs none loads only Handlebars' runtime.
 */
import { compareStrings } from '../naming/case';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import HandlebarsRuntime from 'handlebars/runtime';
import type { PlannedFile } from './planned-file';

type HandlebarsEnvironment = typeof import('handlebars');

/** Compile options of every template (scripts/build.mjs compiles templates/base with the same). */
const TEMPLATE_OPTIONS = { noEscape: true, strict: true };

interface PrecompiledModule {
  handlebarsVersion: string;
  /** JSON of the compile options. */
  options: string;
  templates: Record<string, { sha256: string; spec: TemplateSpecification }>;
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
      const loaded = (await import(pathToFileURL(file).href)) as PrecompiledModule;
      const usable =
        loaded.handlebarsVersion === HandlebarsRuntime.VERSION && loaded.options === JSON.stringify(TEMPLATE_OPTIONS);
      return usable ? loaded : null;
    } catch {
      return null; // unreadable: everything is compiled here
    }
  })();
  return precompiledModule;
}

export interface TemplateLayers {
  /** Folders, highest priority first. */
  dirs: string[];
}

export interface RenderedFile {
  path: string;
  contents: string;
}

export class TemplateError extends Error {
  constructor(template: string, layer: string, cause: unknown) {
    // Handlebars says `"x" not defined in [object Object] - 3:7`: name the field and where, not the object.
    const detail = (cause instanceof Error ? cause.message : String(cause)).replace(
      / not defined in \[object Object\]/,
      ' not defined in the view',
    );
    super(`template ${template} (from ${layer}): ${detail}`);
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
}

/** A template's source, where it is served from, and its compiled form when the build has it. */
interface TemplateSource {
  logical: string;
  /** The layer folder serving it. */
  layer: string;
  text: string;
  precompiled: TemplateSpecification | null;
}

export class Renderer {
  /** Compiled templates by logical path, built on first use. */
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();

  private constructor(
    private readonly layers: TemplateLayers,
    private readonly hbs: typeof HandlebarsRuntime | HandlebarsEnvironment,
    /** Every .hbs template across the layers, by logical path (the highest layer's). */
    private readonly sources: Map<string, TemplateSource>,
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
      sources.set(logical, { logical, layer: servedBy, text, precompiled: matches ? built.spec : null });
    });
    // The compiler only when some template needs it; templates and partials share one environment.
    const needsCompiler = [...sources.values()].some((s) => s.precompiled === null);
    const hbs = needsCompiler ? (await import('handlebars')).default.create() : HandlebarsRuntime.create();
    const renderer = new Renderer(layers, hbs, sources);
    // Partials: every file under partials/ in any layer, highest layer wins.
    for (const source of sources.values()) {
      if (!source.logical.startsWith('partials/')) continue;
      const name = source.logical.slice('partials/'.length, -'.hbs'.length);
      const partial = renderer.compile(source);
      // An error inside a partial names the partial (and its layer), not only the template that called it.
      const named: HandlebarsTemplateDelegate = (context, runtimeOptions) => {
        try {
          return partial(context, runtimeOptions);
        } catch (error) {
          throw error instanceof TemplateError ? error : new TemplateError(source.logical, source.layer, error);
        }
      };
      hbs.registerPartial(name, named);
    }
    return renderer;
  }

  /** How many of the templates are served from the build's precompiled ones. */
  get precompiledCount(): number {
    return [...this.sources.values()].filter((s) => s.precompiled !== null).length;
  }

  private compile(source: TemplateSource): HandlebarsTemplateDelegate {
    if (source.precompiled) return this.hbs.template(source.precompiled);
    // Not precompiled means the environment is the compiler's (see create()).
    return (this.hbs as HandlebarsEnvironment).compile(source.text, { ...TEMPLATE_OPTIONS });
  }

  /**
   * The template at `logical` whose text is `text` (runtime-files.ts's `.ts.hbs` files): the precompiled one when
   * it is the template create() found there, else compiled now.
   */
  async compileText(logical: string, text: string): Promise<HandlebarsTemplateDelegate> {
    const known = this.sources.get(logical);
    if (known && known.text === text) return this.compile(known);
    const { default: Handlebars } = await import('handlebars');
    return Handlebars.compile(text, { ...TEMPLATE_OPTIONS });
  }

  async render(file: PlannedFile): Promise<RenderedFile> {
    const source = this.sources.get(file.template);
    if (!source)
      throw new TemplateError(file.template, this.layers.dirs.join(', '), new Error('no layer has this template'));
    let template = this.compiled.get(file.template);
    if (!template) {
      template = this.compile(source);
      this.compiled.set(file.template, template);
    }
    const layer = source.layer;
    try {
      return { path: file.path, contents: template(file.view) };
    } catch (error) {
      const inner = error instanceof TemplateError ? `in ${error.message}` : error;
      throw new TemplateError(file.template, layer, inner);
    }
  }
}
