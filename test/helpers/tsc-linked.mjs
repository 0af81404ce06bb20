/**
 * `tsc -p <project> --pretty false` with --noEmit's diagnostics, but a relative import that reaches a link is read at
 * the path the link leads to (tsc follows links to their real path only in node_modules): with
 * ./shared-modules.ts's links, the SDKs of one program share one source file for a runtime module they have the same.
 * The program, its options and its diagnostics are tsc's own (createProgram, getPreEmitDiagnostics); prints them as
 * tsc does and exits 1 when there is one. Usage: node tsc-linked.mjs <tsconfig.json>
 *
 * `checkLinked` is the same check in the caller's process, for a test that already has TypeScript loaded: a spawned
 * process would load and warm the compiler again.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ts = createRequire(import.meta.url)('typescript');

/**
 * The diagnostics of `project` as tsc prints them (file names relative to `cwd`) and tsc's exit status. `sourceFiles`,
 * kept by the caller from one check to the next, holds each file's parse by its text: a file whose bytes did not
 * change (TypeScript's lib files, an SDK's unchanged modules) is not parsed again.
 */
export function checkLinked(project, cwd = process.cwd(), sourceFiles = new Map()) {
  const formatHost = {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => cwd,
    getNewLine: () => '\n',
  };
  const report = (diagnostics) => ({
    output: diagnostics.length > 0 ? ts.formatDiagnostics(diagnostics, formatHost) : '',
    status: diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error) ? 1 : 0,
  });
  let unrecoverable;
  const config = ts.getParsedCommandLineOfConfigFile(
    project,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => (unrecoverable = report([d])) },
  );
  if (!config) return unrecoverable ?? { output: '', status: 1 };
  const host = ts.createCompilerHost(config.options);
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = host.readFile(fileName);
    const kept = sourceFiles.get(fileName);
    if (text !== undefined && kept?.text === text && !shouldCreate) return kept;
    const parsed = parse(fileName, languageVersion, onError, shouldCreate);
    if (parsed) sourceFiles.set(fileName, parsed);
    return parsed;
  };
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), host.getCanonicalFileName, config.options);
  host.resolveModuleNames = (names, containingFile, _reused, redirectedReference, options) =>
    names.map((name) => {
      const resolved = ts.resolveModuleName(
        name,
        containingFile,
        options,
        host,
        cache,
        redirectedReference,
      ).resolvedModule;
      return resolved && { ...resolved, resolvedFileName: realpathSync(resolved.resolvedFileName) };
    });
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  return report(ts.getPreEmitDiagnostics(program));
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { output, status } = checkLinked(process.argv[2]);
  process.stdout.write(output);
  process.exitCode = status;
}
