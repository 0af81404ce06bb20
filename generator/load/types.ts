/** The loader's data: the documents it returns, the places in them, and where it reads documents from. */

export interface SpecDocument {
  /** Path shown in diagnostics: as given for the root, relative to the root's folder for others. */
  file: string;
  /** Absolute path: the document's key. */
  absPath: string;
  root: unknown;
  /** The file's stamp (file-stamp.ts) before it was read, when it was read from a file. */
  stamp?: string;
  /**
   * `root` is what the file's JSON says, unchanged, and the file's bytes are the UTF-8 of its text exactly: the loader
   * sets it for such a JSON file, and whatever edits `root` clears it (a Swagger 2.0 conversion, a Stainless config's
   * transformations). The mock spec is then a copy of the file (emit/mock-spec.ts).
   */
  asInFile?: boolean;
}

export interface LoadedSpec {
  root: SpecDocument;
  /** Every loaded document by absolute path, root included. */
  documents: Map<string, SpecDocument>;
  /** The version the root document declared: "2.0", "3.0.3", "3.1.0"… */
  declaredVersion: string;
  /** Semantics of the (converted) documents. */
  dialect: '3.0' | '3.1';
  /**
   * Targets of `$ref`s that point inside something other than a component schema (`#/paths/…`,
   * `#/components/schemas/A/properties/b`), as `absPath + pointer`: such a schema may have to be named.
   */
  deepRefTargets: Set<string>;
}

/** A place in a loaded document. */
export interface Location {
  doc: SpecDocument;
  pointer: string;
}

export interface LoadOptions {
  /** Upper bound on a single file's size, to fail clearly instead of exhausting memory. */
  maxBytes?: number;
  /**
   * Folder that every file a `$ref` names must lie in (after following symlinks). Default: the root document's
   * folder.
   */
  allowRefRoot?: string | null;
}

/** Where documents come from: the disk, or memory (tests). */
export interface DocumentSource {
  /** The path with every symlink followed, or null when nothing is there. */
  realPath(absPath: string): Promise<string | null>;
  /** Read and parse one document; `display` names it in errors. SpecErrors for anything unreadable. */
  read(display: string, absPath: string): Promise<SpecDocument>;
}
