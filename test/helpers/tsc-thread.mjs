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
import { createHash } from 'node:crypto';
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

/**
 * The files a program checked without a diagnostic, by everything their check depends on (cleanKeys): a file with the
 * same key in a later program is known clean without checking it again. Most programs here are small SDKs with the
 * same runtime (src/core, src/internal, the tests' harness): checking those copies was half of a check's time.
 */
const cleanFiles = new Set();

/** Options that name paths: they differ between two SDKs' folders, and what they decide is in the keys otherwise. */
const PATH_OPTIONS = new Set([
  'baseUrl',
  'configFile',
  'configFilePath',
  'declarationDir',
  'outDir',
  'paths',
  'pathsBasePath',
  'project',
  'rootDir',
  'rootDirs',
  'tsBuildInfoFile',
  'typeRoots',
]);

const digest = (text) => createHash('sha1').update(text).digest('base64');

/**
 * For each file of `program` whose check can be reused, a key that says all its check depends on, else nothing:
 * the compiler options but where files are (module resolution is in the key otherwise), every file that declares in
 * the global scope or augments a module (a script, `declare global`, `declare module`), and the file's import closure
 * — each file's bytes and what each of its imports resolved to, named relative to the file keyed. Two files with the
 * same key are checked against the same declarations, so their diagnostics are the same. A file that references
 * others by `/// <reference>` has no key, nor has one whose closure holds such a file.
 */
function cleanKeys(program) {
  const options = program.getCompilerOptions();
  const optionsKey = JSON.stringify(
    Object.keys(options)
      .filter((key) => !PATH_OPTIONS.has(key))
      .sort()
      .map((key) => [key, options[key]]),
  );
  const files = program.getSourceFiles();
  /** What a file is, independent of where it is: its bytes, its kind and its imports' targets relative to it. */
  const own = new Map();
  /** The program's files each file imports (null: a file whose check cannot be reused, nor of those importing it). */
  const imported = new Map();
  for (const file of files) {
    if (isShared(file.fileName)) continue;
    if (file.referencedFiles.length || file.typeReferenceDirectives.length || file.libReferenceDirectives.length) {
      imported.set(file, null);
      continue;
    }
    const targets = [];
    const edges = file.imports.map((specifier) => {
      const resolved = program.getResolvedModuleFromModuleSpecifier(specifier, file)?.resolvedModule;
      const target = resolved && program.getSourceFile(resolved.resolvedFileName);
      if (!resolved) return `${specifier.text}>`;
      if (target && !isShared(target.fileName)) targets.push(target);
      const where = isShared(resolved.resolvedFileName)
        ? resolved.resolvedFileName
        : path.relative(path.dirname(file.fileName), resolved.resolvedFileName);
      return `${specifier.text}>${where}|${resolved.extension}|${target ? 'in' : 'out'}`;
    });
    imported.set(file, targets);
    own.set(
      file,
      digest([file.text, file.scriptKind, file.languageVersion, file.impliedNodeFormat, ...edges].join('\0')),
    );
  }
  // What declares in the global scope or augments a module is imported by every file, in effect.
  const globals = files.filter((file) => !ts.isExternalModule(file) || file.moduleAugmentations.length > 0);
  const sharedGlobals = globals.filter((file) => isShared(file.fileName)).map((file) => file.fileName);
  const programKey = digest([optionsKey, ...sharedGlobals].join('\0'));
  const ownGlobals = globals.filter((file) => !isShared(file.fileName));
  const keys = new Map();
  for (const file of files) {
    if (isShared(file.fileName) || file.isDeclarationFile || !imported.get(file)) continue;
    const closure = new Set([file, ...ownGlobals]);
    let reusable = true;
    for (const member of closure) {
      const next = imported.get(member);
      if (!next) {
        reusable = false;
        break;
      }
      for (const target of next) closure.add(target);
    }
    if (!reusable) continue;
    const members = [...closure].map(
      (member) => `${path.relative(path.dirname(file.fileName), member.fileName)}=${own.get(member)}`,
    );
    keys.set(file, digest([programKey, ...members.sort()].join('\0')));
  }
  return keys;
}

/**
 * Makes `program.getSemanticDiagnostics` skip checking the files known clean (cleanFiles), and remember those it
 * finds clean. A skipped file still gets the program's own diagnostics of it (file processing, not the checker's).
 */
function reuseCleanChecks(program) {
  if (!program.getCompilerOptions().noEmit) return;
  const keys = cleanKeys(program);
  const check = program.getSemanticDiagnostics;
  const ofFile = (file, cancellationToken) => {
    const key = keys.get(file);
    if (key && cleanFiles.has(key)) return program.getProgramDiagnostics(file);
    const diagnostics = check(file, cancellationToken);
    if (key && program.getBindAndCheckDiagnostics(file, cancellationToken).length === 0) cleanFiles.add(key);
    return diagnostics;
  };
  program.getSemanticDiagnostics = (file, cancellationToken) =>
    file
      ? ofFile(file, cancellationToken)
      : ts.sortAndDeduplicateDiagnostics(program.getSourceFiles().flatMap((each) => ofFile(each, cancellationToken)));
}

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
    reuseCleanChecks(program);
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
