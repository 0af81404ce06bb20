/**
 * Template views: the contract between sdkgen and template authors. Every field a template may use is
 * declared and documented in this folder and nowhere else, one module per kind of output file (the order of
 * the re-exports below is the order of the definitions in templates/views.schema.json). All strings are
 * final: names are valid identifiers, spec text is already escaped for where it goes (JSDoc blocks end in a
 * newline, string literals are quoted, Markdown is neutralised). A template never escapes anything itself.
 */
export type * from './package';
export type * from './client-options';
export type * from './client';
export type * from './resources';
export type * from './docs';
export type * from './mcp';
export type * from './tanstack';
