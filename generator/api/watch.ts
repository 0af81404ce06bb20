/**
 * `watch()`: generate, then generate again whenever the spec, a file it `$ref`s, the config (or the Stainless
 * config it names) or the template overlay changes. Changes are debounced (an editor's save is several events);
 * a run that fails reports its error and writes nothing, so the last good output stays.
 *
 * Folders are watched rather than files: editors save by writing a new file and renaming it over the old one,
 * which a watch on the old file would miss. They are watched from before the first run, and a file changed during a
 * run that the run turns out to read (a file newly `$ref`d) calls for another; so does a file the run read in a folder
 * watched only since, unless the output's inputs key (write/inputs-key.ts) is the key of the inputs now. A change
 * while a run reads is never left out of the output.
 */
import { watch as watchPath, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAMES, loadConfig, STAINLESS_CONFIG_NAMES } from '../config';
import { targetFromManifest } from '../write/recorded-target';
import { verifiedByInputsKey } from '../write/inputs-unchanged';
import { manifestInputs } from '../write/manifest';
import { generate, resolveConfig, type GenerateOptions, type GenerateResult } from './generate';
import { isUrl } from './inputs';
import { UsageError } from './errors';

export interface WatchOptions extends GenerateOptions {
  /** Quiet time after the last change before regenerating, in milliseconds (default 150). */
  debounceMs?: number;
  /** Called after every run: its result, or its error (then the output is left as it was). */
  onRun?: (event: WatchEvent) => void;
}

export type WatchEvent =
  | { ok: true; result: GenerateResult; changed: string[] }
  | { ok: false; error: unknown; changed: string[] };

export interface Watcher {
  /** Settles after the first run (whether it succeeded or not). */
  ready: Promise<void>;
  /** The files (existing, or config files that would be found once created) and folders watched now, absolute. */
  watched(): string[];
  /** Stops watching; resolves when a run in progress has finished. */
  close(): Promise<void>;
}

export function watch(options: WatchOptions): Watcher {
  if (options.spec === '-')
    throw new UsageError('watch needs a spec file or URL, not standard input', { code: 'usage' });
  const cwd = options.cwd ?? process.cwd();
  const debounceMs = options.debounceMs ?? 150;
  /** Files whose change triggers a run, and template folders (anything under them does). */
  let files = new Set<string>();
  let folders = new Set<string>();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let pending: string[] = [];
  /** Changes during the run to files not known to be inputs: another run follows when the run read one. */
  let unknownChanges: string[] = [];
  let closed = false;

  const inputsOf = (result: GenerateResult | null) => {
    const next = new Set<string>(result?.sources ?? []);
    if (!isUrl(options.spec)) next.add(path.resolve(cwd, options.spec));
    // The config that would be used, even when the run failed before reading it (or it is yet to be created).
    const config = resolveConfig(
      options,
      isUrl(options.spec) ? null : path.dirname(path.resolve(cwd, options.spec)),
    ).file;
    if (config) next.add(path.resolve(cwd, config));
    // Without --config, a config created (or removed) where one would be found changes which is used.
    if (options.config === undefined || options.config === null) {
      const dirs = [cwd, ...(isUrl(options.spec) ? [] : [path.dirname(path.resolve(cwd, options.spec))])];
      for (const dir of dirs)
        for (const name of [...CONFIG_NAMES, ...STAINLESS_CONFIG_NAMES]) next.add(path.join(dir, name));
    }
    return next;
  };

  const subscribe = () => {
    const dirs = new Map<string, boolean>(); // folder → recursive
    for (const file of files) dirs.set(path.dirname(file), dirs.get(path.dirname(file)) ?? false);
    for (const folder of folders) dirs.set(folder, true);
    for (const [dir, watcher] of watchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const [dir, recursive] of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watchPath(dir, { recursive, persistent: true }, (_event, name) =>
          onChange(dir, name === null ? null : String(name)),
        );
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // the folder does not exist (yet): nothing in it to watch
      }
    }
  };

  const isInput = (file: string) =>
    files.has(file) || [...folders].some((f) => file === f || file.startsWith(f + path.sep));

  const onChange = (dir: string, name: string | null) => {
    const file = name === null ? dir : path.join(dir, name);
    if (closed) return;
    if (name !== null && !isInput(file)) {
      if (running) unknownChanges.push(file);
      return;
    }
    pending.push(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void trigger();
    }, debounceMs);
  };

  const trigger = async (): Promise<void> => {
    if (running) {
      await running;
      if (pending.length > 0 && !running && !closed) return trigger();
      return;
    }
    const changed = [...new Set(pending)];
    pending = [];
    running = run(changed);
    await running;
    running = null;
    if (pending.length > 0 && !timer && !closed) await trigger();
  };

  /** The overlay folder: the option, else the config's `templates:`. */
  const overlayOf = async (configFile: string | null): Promise<Set<string>> => {
    let templates = options.templates ? path.resolve(cwd, options.templates) : null;
    if (!templates && configFile) {
      const config = await loadConfig(configFile).catch(() => null);
      if (config?.templates && config.dir) templates = path.resolve(config.dir, config.templates);
    }
    return new Set(templates ? [templates] : []);
  };

  let last: GenerateResult | null = null;
  const run = async (changed: string[]) => {
    unknownChanges = [];
    let event: WatchEvent;
    try {
      last = await generate(options);
      event = { ok: true, result: last, changed };
    } catch (error) {
      event = { ok: false, error, changed };
    }
    if (closed) return;
    files = inputsOf(last);
    // (Known from the last good run's config.)
    folders = await overlayOf(last?.configFile ?? null);
    const watchedDuringRun = new Set(watchers.keys());
    subscribe();
    // Files read from folders no one watched while it ran: another run, unless they are still what it read.
    const unwatched = [...(last?.sources ?? []), ...folders].filter(
      (file) => !watchedDuringRun.has(folders.has(file) ? file : path.dirname(file)),
    );
    if (last !== null && unwatched.length > 0 && !(await keyedOnInputsNow(last.output))) pending.push(...unwatched);
    // A file the run read, changed while it ran, perhaps after it was read.
    pending.push(...unknownChanges.filter(isInput));
    unknownChanges = [];
    options.onRun?.(event);
  };

  // Watched before the first run: the spec, the config that would be used, and the overlay.
  const ready = (async () => {
    files = inputsOf(null);
    folders = await overlayOf(
      resolveConfig(options, isUrl(options.spec) ? null : path.dirname(path.resolve(cwd, options.spec))).file,
    );
    subscribe();
    await trigger();
  })();
  return {
    ready,
    watched: () => [...files, ...folders].sort(),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      await running;
    },
  };
}

/** Whether the output in `dir` has an inputs key, and it is the key of its inputs now: they are the bytes it was made from. */
async function keyedOnInputsNow(dir: string): Promise<boolean> {
  try {
    const target = await targetFromManifest(dir);
    const verified = await verifiedByInputsKey({
      dir,
      inputs: manifestInputs(dir, target),
      config: target.config,
      formatter: target.formatter,
      templates: target.templates,
      target: target.target,
    });
    return verified !== null;
  } catch {
    return false;
  }
}
