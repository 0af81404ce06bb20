/** What generate() takes and returns (generate.ts), in a module of their own that its branches import. */
import type { Diagnostics } from './diagnostics';
import type { RenderedFile } from './emit/render';
import type { FormatWriter } from './format/format';
import type { Api } from './ir/types';
import type { Rename } from './naming/scope';
import type { PreviousOutput } from './write/previous-output';
import type { RemovedExports } from './write/manifest';
import type { MockServer } from './emit/mock-server';

export interface GenerateOptions {
  spec: string;
  config?: string | null;
  /** Extra template layer (highest priority). */
  templates?: string | null;
  /** Built-in target overlay under templates/targets/, or `python`: a Python package instead of TypeScript. */
  target?: string | null;
  /** With `target: 'python'`, the import name; wins over a Stainless config's `targets.python.package_name`. */
  pythonPackage?: string | null;
  /**
   * The package's version, over the config's (`client.version`; default 0.1.0): `sdkgen migrate` gives the version the
   * repository released, so that every file showing it agrees (pyproject.toml, `_version.py`, the README's `--pre`).
   */
  packageVersion?: string | null;
  /** Skip formatting (for speed in tests of the IR only). */
  format?: boolean;
  /** `--allow-ref-root`: folder `$ref`s may read files from; wins over the config's `allowRefRoot:` (default: the spec's folder). */
  allowRefRoot?: string | null;
  /** `--formatter`: oxfmt, prettier or none; wins over SDKGEN_FORMATTER and the config's `formatter:`. */
  formatter?: string | null;
  /** `--mcp`: also an MCP server package, `packages/mcp-server/` (the config's `mcp:` or Stainless `mcp_server` ask too). */
  mcp?: boolean;
  /** `--no-funcs` (false): no standalone functions; wins over the config's `funcs:` (default true). */
  funcs?: boolean;
  /** `--no-reference-docs` (false): no docs/ pages and no README links to them, whatever the config says. */
  referenceDocs?: boolean;
  /** The owners keep their own Vitest config at `vitest.config.*`: sdkgen's goes beside it (emit's PlanOptions). */
  ownersVitest?: boolean;
  /** The era of the Stainless SDK the output holds (`YYYY-MM-DD`, stainless/era.ts): its forms are kept (emit's PlanOptions). */
  stainlessEra?: string | null;
  /**
   * The mock server the package's own tests run (emit/mock-server.ts): Steady where the repository's Stainless scripts
   * ran it (`sdkgen migrate` reads them, the manifest records it); null or absent, Prism.
   */
  mockServer?: MockServer;
  /** Files the owners deleted (the manifest's `deleted`, recorded by `sdkgen migrate`): left out of the output. */
  deleted?: readonly string[] | null;
  /** Names the owners took out of the entry (the manifest's `removedExports`, recorded by `sdkgen migrate`): left out. */
  removedExports?: RemovedExports | null;
  /** One-line notices, such as a formatter falling back to another (default: stderr). */
  onNotice?: (message: string) => void;
  onStage?: (stage: string, ms: number) => void;
  /**
   * Told of each output file as soon as it is final, while later files are still being rendered (in no particular
   * order; `files` of the result still lists them all): the writer can start on them meanwhile. `previous` is the
   * previous output (previousOutput), whose worker thread a compare worker can share (sharedThread()).
   */
  onFile?: (file: RenderedFile, api: Api, previous: PreviousOutput | null) => void;
  /**
   * The writer that formats files itself, asked at each file (format.ts's FormatOptions.writer): the files it takes
   * are not told to onFile, and their contents are read back from what it wrote.
   */
  formatWriter?: (api: Api, previous: PreviousOutput | null) => FormatWriter | null;
  /**
   * Every component schema a named type even with a Stainless config (which names only its models): for a caller
   * that reads the spec's schemas from the IR (`migrate` writing a config). Default false.
   */
  namedComponents?: boolean;
  /**
   * The output directory of an earlier run (or how to find it from the IR, when it depends on the client's name):
   * files whose render and format key are unchanged are taken from it as they are, not formatted again
   * (write/previous-output.ts). Default: none, everything is formatted.
   */
  previousOutput?: string | ((api: Api) => string) | null;
  /**
   * The run writes the output (not a dry run, not `check`): the previous output's worker may record what it found of
   * each file in the output's hash cache (write/hash-cache.ts). Default false.
   */
  recordHashes?: boolean;
}

export interface GenerateResult {
  api: Api;
  files: RenderedFile[];
  diagnostics: Diagnostics;
  renames: Rename[];
  timings: Array<{ stage: string; ms: number }>;
  /** Absolute paths of every file read: the config (and the Stainless config it names), the spec and each file it `$ref`s. */
  sources: string[];
  /** Of those, the spec's: its root document first, then each file it `$ref`s. */
  specFiles: string[];
  /**
   * The stamps (file-stamp.ts) of the files read (the configs, the spec's files) and of every file of the template
   * layers, taken before the run read them, by absolute path: write/inputs-key.ts's readStamps.
   */
  readStamps: Map<string, string>;
  /** The format key (format/format-key.ts) the files were formatted under: the manifest records it. */
  formatKey: string;
  /** The template layers the files were rendered from, highest first. */
  templateDirs: string[];
  /** A first TypeScript output of a Stainless config that also describes a Python package (`targets.python`). */
  otherTarget?: 'python';
}
