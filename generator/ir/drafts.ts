/**
 * What pass 1 (structure) builds before the names pass runs: a method, its response and pagination with their types
 * unnamed, page schemes before their class is named, and the context the pass reads them with. structure.ts,
 * methods.ts and responses.ts all use these; here, none of them imports another for its types.
 */
import type { BuildContext } from './context';
import type { Docs, Method, PaginationScheme, Param, ResponseKind, TypeRef } from './types';

/** A method as the structure pass builds it: its types are ids, its params type and page class not named yet. */
export type MethodDraft = Omit<Method, 'params' | 'response' | 'pagination'> & {
  readonly params: {
    readonly fields: Param[];
    readonly required: boolean;
    /** A body that is one of several objects: each variant's name and fields (the first's are `fields`). */
    readonly variants?: Array<{ name: string; fields: Param[]; closed?: true }>;
  } | null;
  readonly response: ResponseDraft;
  readonly pagination: PaginationDraft | null;
};

/** A response kind before the type it returns is named. */
export type ResponseDraft =
  | Exclude<ResponseKind, { kind: 'json' }>
  | { readonly kind: 'json'; readonly type: TypeRef; readonly textBody?: string; readonly accept?: string };

/** A method's pagination, pointing at its scheme by key. */
export interface PaginationDraft {
  readonly schemeKey: string;
  readonly item: TypeRef;
  /** The docs of the items' schema (a union's, its first variant's with a Stainless config). */
  readonly itemDocs: Docs;
}

/** A page scheme before its class is named: `preferredName` is what the names pass asks for. */
export interface SchemeDraft extends Omit<PaginationScheme, 'className'> {
  /** What makes two schemes one: the Stainless scheme's name, or the detected shape. */
  readonly key: string;
  readonly preferredName: string;
}

/** Built while the structure pass runs, read-only after. */
export interface StructureRegistry {
  readonly schemes: SchemeDraft[];
  /** Types shared by several methods (the same unwrapped field of a model) → the id of the first one. */
  readonly sharedAliases: Map<string, string>;
  /** Names of the cookie parameters a Stainless config's methods leave out, each reported once. */
  readonly cookiesLeftOut: Set<string>;
}

export type StructureContext = BuildContext & { readonly registry: StructureRegistry };
