/**
 * The type-checking thread test/helpers/sdk.ts keeps in each test process: `tsc -p <project> --pretty false`, run by
 * TypeScript's own functions for it (config parsing, the compiler host, emit and its diagnostics report, exit status),
 * without a new process per check. What a spawned tsc does again every time, this thread does once: load and compile
 * the compiler, parse and bind TypeScript's lib files (50,000 lines for ES2022 + DOM) and the declarations of the
 * packages the checks use (@types/node, the MCP SDK's: 2–3 MB a program), and warm up the checker's code. Those are
 * the same files every check (the repository's node_modules, which no test changes), so one parse of each serves
 * every program, as TypeScript's language service shares source files between programs: a file is bound once, and
 * what a program records on it (its path) is the same for every program.
 *
 * A SyncThread (./sync-thread.ts): requests `{ id, project }` arrive on `workerData.port`, each answer is posted back
 * with the request's id, then `workerData.signal` is set and notified.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const LIB_FOLDER = path.dirname(require.resolve('typescript/lib/lib.d.ts'));
/** The repository's installed packages (TypeScript's lib files among them), which no test changes. */
const NODE_MODULES = path.dirname(path.dirname(LIB_FOLDER));
/** tsc's own setting (it skips JSDoc that cannot hold type errors). */
const JSDOC_PARSING_MODE = ts.JSDocParsingMode.ParseForTypeErrors;

/** Parsed declaration files of the repository's packages, by file name and the options the parse depends on. */
const sharedFiles = new Map();

/** TypeScript's lib files and the declarations of the repository's packages (@types/node, the MCP SDK's, …). */
const isShared = (fileName) => fileName.startsWith(NODE_MODULES + '/') && /\.d\.[cm]?ts$/.test(fileName);

class Exit {
  constructor(status) {
    this.status = status;
  }
}

/** A compiler host whose lib and package declaration files come from `sharedFiles`, parsed the first time. */
function hostSharingDeclarations(options, system) {
  const host = ts.createCompilerHostWorker(options, undefined, system);
  host.jsDocParsingMode = JSDOC_PARSING_MODE;
  const parse = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    if (shouldCreateNewSourceFile || !isShared(fileName))
      return parse(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    const settings =
      typeof languageVersionOrOptions === 'object'
        ? languageVersionOrOptions
        : { languageVersion: languageVersionOrOptions };
    const key = [fileName, settings.languageVersion, settings.impliedNodeFormat, settings.jsDocParsingMode].join('|');
    let file = sharedFiles.get(key);
    if (!file) {
      file = parse(fileName, languageVersionOrOptions, onError);
      if (file) sharedFiles.set(key, file);
    }
    return file;
  };
  return host;
}

/**
 * What `tsc -p <project> --pretty false` prints and its exit status; null where this thread cannot stand in for it.
 * With `only` (file paths), what it would print of those files alone: the program is the same, but only they are
 * checked, so the files they import are read for the types they use instead of being checked in full. With `noEmit`,
 * as `tsc -p <project> --noEmit` (whatever the project's own setting).
 */
function compileProject(project, only, noEmit) {
  let output = '';
  const system = {
    ...ts.sys,
    write: (text) => (output += text),
    exit: (status) => {
      throw new Exit(status);
    },
  };
  const report = ts.createDiagnosticReporter(system, false);
  try {
    // As tsc resolves -p: a folder means its tsconfig.json.
    let configFile = ts.normalizePath(project);
    if (system.directoryExists(configFile)) {
      configFile = ts.combinePaths(configFile, 'tsconfig.json');
      if (!system.fileExists(configFile)) {
        report(
          ts.createCompilerDiagnostic(
            ts.Diagnostics.Cannot_find_a_tsconfig_json_file_at_the_specified_directory_Colon_0,
            project,
          ),
        );
        return { status: 1, output };
      }
    } else if (!system.fileExists(configFile)) {
      report(ts.createCompilerDiagnostic(ts.Diagnostics.The_specified_path_does_not_exist_Colon_0, project));
      return { status: 1, output };
    }
    const cwd = system.getCurrentDirectory();
    const commandLineOptions = {
      project: ts.getNormalizedAbsolutePath(project, cwd),
      pretty: false,
      ...(noEmit ? { noEmit: true } : {}),
    };
    const config = ts.parseConfigFileWithSystem(configFile, commandLineOptions, new Map(), undefined, system, report);
    // Watch and incremental builds (a .tsbuildinfo) take other paths in tsc.
    if (config.options.watch || ts.isIncrementalCompilation(config.options)) return null;
    const host = hostSharingDeclarations(config.options, system);
    const canonical = ts.createGetCanonicalFileName(host.useCaseSensitiveFileNames());
    ts.changeCompilerHostLikeToUseCache(host, (fileName) => ts.toPath(fileName, cwd, canonical));
    const program = ts.createProgram({
      rootNames: config.fileNames,
      options: config.options,
      projectReferences: config.projectReferences,
      host,
      configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
    });
    if (only) return { status: reportFiles(program, only, cwd, canonical, report), output };
    const status = ts.emitFilesAndReportErrorsAndGetExitStatus(program, report, (text) =>
      system.write(text + system.newLine),
    );
    return { status, output };
  } catch (error) {
    if (error instanceof Exit) return { status: error.status, output };
    throw error;
  }
}

/**
 * Reports the diagnostics of the program's options and of the files `only` names, in tsc's order (syntax first; the
 * semantics only when the syntax is clean), and returns tsc's exit status for them (`noEmit`: nothing is written).
 */
function reportFiles(program, only, cwd, canonical, report) {
  const wanted = new Set(only.map((file) => ts.toPath(file, cwd, canonical)));
  const files = program.getSourceFiles().filter((file) => wanted.has(file.path));
  let diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...files.flatMap((file) => program.getSyntacticDiagnostics(file)),
  ];
  if (diagnostics.length === 0)
    diagnostics = [...program.getGlobalDiagnostics(), ...files.flatMap((file) => program.getSemanticDiagnostics(file))];
  const sorted = ts.sortAndDeduplicateDiagnostics(diagnostics);
  sorted.forEach(report);
  return sorted.some((d) => d.category === ts.DiagnosticCategory.Error)
    ? ts.ExitStatus.DiagnosticsPresent_OutputsSkipped
    : ts.ExitStatus.Success;
}

const { port, signal } = workerData;
port.on('message', ({ id, project, only, noEmit }) => {
  let answer;
  try {
    answer = { id, result: compileProject(project, only, noEmit) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
