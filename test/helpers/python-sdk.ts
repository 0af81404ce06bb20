/**
 * The set-up most of test/python's files share: a Python SDK generated once for the file into a folder of its own,
 * its files read back, and a Python program run against it, often calling a server of 127.0.0.1 (LOCAL_SERVER).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { generate } from '../../generator/generate';
import { TMP } from './paths';
import { runProcess, venvPython, type ProcessResult } from './python';
import { runSdkgen } from './sdkgen-cli';
import { madeTempDir } from './temp-dirs';

/**
 * A reader of the Python SDK generated in memory from `root`'s `openapi.yaml` and `stainless.yml` at a Stainless era
 * (the era tests): a file's contents by its path in the output; a path it lacks throws.
 */
export async function pythonFilesAtEra(root: string, era: string | null): Promise<(file: string) => string> {
  const result = await generate({
    spec: path.join(root, 'openapi.yaml'),
    config: path.join(root, 'stainless.yml'),
    target: 'python',
    stainlessEra: era,
  });
  return (file) => {
    const found = result.files.find((f) => f.path === file);
    if (!found) throw new Error(`no ${file}`);
    return found.contents;
  };
}

/**
 * A new folder in test/.tmp, `<prefix>-XXXXXX`, removed once the test file that made it is done unless one of its
 * tests failed (test/setup/test-file.ts): then it stays for a look.
 */
export function pythonTempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(path.join(TMP, `${prefix}-`));
  madeTempDir(dir);
  return dir;
}

/** A spec or config given by its text, written into the test's folder under `name` (its extension says YAML or JSON). */
export interface InlineFile {
  name: string;
  text: string;
}

export interface PythonGeneration {
  /** The spec: a file's path, or a text to write. */
  spec: string | InlineFile;
  /** A Stainless config: a file's path, or a text to write. */
  config?: string | InlineFile;
  /** Further options of `sdkgen generate` (`--stainless-era`, …). */
  args?: string[];
}

/** Writes `file` into `dir` when it is a text, and returns its path. */
function fileIn(dir: string, file: string | InlineFile): string {
  if (typeof file === 'string') return file;
  const target = path.join(dir, file.name);
  writeFileSync(target, file.text);
  return target;
}

/**
 * A reader of the Python package generated in-process from `spec` and `config` (texts, written into a temp folder once)
 * at a Stainless era (`null`: the newest forms): `file('resources/notes.py')` is that file under `src/<package>/`.
 */
export function pythonPackageByEra(
  prefix: string,
  spec: string,
  config: string,
  packageName: string,
): (era: string | null) => Promise<(file: string) => string> {
  const root = pythonTempDir(prefix);
  writeFileSync(path.join(root, 'openapi.yaml'), spec);
  writeFileSync(path.join(root, 'stainless.yml'), config);
  return async (era) => {
    const read = await pythonFilesAtEra(root, era);
    return (file) => read(`src/${packageName}/${file}`);
  };
}

/**
 * `sdkgen generate <spec> --target python -o <out>` by the warm CLI of the tests, the spec and config written into
 * `dir` first when given by their texts; throws with sdkgen's output on failure. Returns `out`.
 */
export function generatePythonInto(dir: string, out: string, generation: PythonGeneration): string {
  const spec = fileIn(dir, generation.spec);
  const config = generation.config === undefined ? undefined : fileIn(dir, generation.config);
  const args = ['generate', spec, '--target', 'python', '-o', out, '--quiet'];
  if (config) args.push('--config', config);
  const result = runSdkgen([...args, ...(generation.args ?? [])]);
  if (result.code !== 0)
    throw new Error(
      `sdkgen generate ${path.basename(spec)} --target python failed (exit ${result.code ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  return out;
}

export interface PythonRunOptions {
  timeout?: number;
  env?: NodeJS.ProcessEnv;
  /** Python's own options before `-c` (`-W error`). */
  pythonArgs?: string[];
}

/**
 * `program` run by the venv's python (`python -c`) with the SDKs of `outs` importable (their src/ on PYTHONPATH) and
 * no bytecode written into them; in `env` (this process's environment unless given), a minute at most unless
 * `timeout` says otherwise.
 */
export function runPythonAgainst(
  outs: string | string[],
  program: string,
  options: PythonRunOptions = {},
): Promise<ProcessResult> {
  const sources = (Array.isArray(outs) ? outs : [outs]).map((out) => path.join(out, 'src'));
  return runProcess(venvPython(), [...(options.pythonArgs ?? []), '-c', program], {
    env: { ...(options.env ?? process.env), PYTHONPATH: sources.join(path.delimiter), PYTHONDONTWRITEBYTECODE: '1' },
    timeout: options.timeout ?? 60_000,
  });
}

/**
 * `program` run against an SDK generated in memory (`files`, by their paths in the SDK, as generatePythonFiles reads
 * them): its src/ is written into `root` first.
 */
export function runPythonAgainstFiles(
  root: string,
  files: ReadonlyMap<string, string>,
  program: string,
  options: PythonRunOptions = {},
): Promise<ProcessResult> {
  for (const [file, contents] of files) {
    if (!file.startsWith('src/')) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), contents);
  }
  return runPythonAgainst(root, program, options);
}

/** This process's environment without the variables whose names start with `prefix` (an SDK's own, `ACME_`). */
export function environmentWithout(prefix: string): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith(prefix)));
}

export interface PythonSdk {
  /** The test file's folder: the spec and config given by their texts are written here, the SDK into `out`. */
  readonly dir: string;
  /** The SDK's folder (generated once the file's beforeAll hooks ran). */
  readonly out: string;
  /** The text of one of the SDK's files, by its path in the SDK. */
  read(file: string): string;
  /** `program` run against the SDK (runPythonAgainst). */
  run(program: string, options?: PythonRunOptions): Promise<ProcessResult>;
}

/**
 * The Python SDK of `generation`, generated before the tests of the suite (or file) this is called in, into a folder
 * of test/.tmp (pythonTempDir); `hook.timeout` for that hook where the project's default is too short.
 */
export function pythonSdk(prefix: string, generation: PythonGeneration, hook: { timeout?: number } = {}): PythonSdk {
  const dir = pythonTempDir(prefix);
  const out = path.join(dir, 'out');
  beforeAll(() => {
    generatePythonInto(dir, out, generation);
  }, hook.timeout);
  return {
    dir,
    out,
    read: (file) => readFileSync(path.join(out, file), 'utf8'),
    run: (program, options) => runPythonAgainst(out, program, options),
  };
}

/**
 * Python that defines `serve(answer)`: a server of 127.0.0.1, in a thread, answering each request with
 * `answer(request)` — the request's `command`, `path`, `headers` and `body` (bytes) — which returns a value sent as
 * JSON with status 200, or `(status, content type or None, bytes)`. `serve` returns the server's base URL; the server
 * ends with the program. `serve_recording(note)` serves `{}` to every request after appending `note(request)` to a
 * list, and returns the URL and that list. Programs that call an SDK start with it.
 */
export const LOCAL_SERVER = `
import json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

def serve(answer):
    class Handler(BaseHTTPRequestHandler):
        def reply(self):
            length = int(self.headers.get("Content-Length") or 0)
            self.body = self.rfile.read(length) if length else b""
            answered = answer(self)
            status, kind, payload = (
                answered if isinstance(answered, tuple) else (200, "application/json", json.dumps(answered).encode())
            )
            self.send_response(status)
            if kind is not None:
                self.send_header("Content-Type", kind)
            bodiless = self.command == "HEAD" or status in (204, 304)
            if not bodiless:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if not bodiless:
                self.wfile.write(payload)
        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = reply
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}"

def serve_recording(note):
    received = []

    def answer(request):
        received.append(note(request))
        return {}

    return serve(answer), received
`;
