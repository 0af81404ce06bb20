/**
 * `tsc -p <project> --pretty false` with --noEmit's diagnostics, but a relative import that reaches a link is read at
 * the path the link leads to (tsc follows links to their real path only in node_modules): with
 * ./shared-modules.ts's links, the SDKs of one program share one source file for a runtime module they have the same.
 * The program, its options and its diagnostics are tsc's own (createProgram, getPreEmitDiagnostics); prints them as
 * tsc does and exits 1 when there is one. Usage: node tsc-linked.mjs <tsconfig.json>
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';

const ts = createRequire(import.meta.url)('typescript');
const project = process.argv[2];

const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\n',
};
const report = (diagnostics) => {
  if (diagnostics.length > 0) process.stdout.write(ts.formatDiagnostics(diagnostics, formatHost));
  process.exitCode = diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error) ? 1 : 0;
};

const config = ts.getParsedCommandLineOfConfigFile(
  project,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) },
);
if (config) {
  const host = ts.createCompilerHost(config.options);
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
  report(ts.getPreEmitDiagnostics(program));
}
