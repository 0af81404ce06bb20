/**
 * The IR's request body (`Method.body`): how a method's body is encoded and sent, its parts' and fields' encodings
 * (OpenAPI's Encoding Object). Re-exported by types.ts, the IR's one entry point.
 */
import type { SourceRef } from './type-expr';

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'binary' | 'text';

/** How a multipart part or form field with a style is sent (OpenAPI's `style` and `explode`, as for a query parameter). */
export interface PartStyle {
  style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
}

export interface RequestBody {
  encoding: BodyEncoding;
  /** Media type sent: "application/json", "multipart/form-data", "application/octet-stream"… */
  contentType: string;
  /**
   * 'fields': the body's properties are fields of the params object (`in: 'body'`), sent as one object.
   * 'whole': one params field (`bodyParam`) holds the whole body (arrays, unions, primitives, binary).
   */
  shape: 'fields' | 'whole';
  /** The params field holding the whole body when shape is 'whole'. */
  bodyParam: string | null;
  required: boolean;
  /** Multipart parts that are JSON-encoded (OpenAPI `encoding.<part>.contentType: application/json`). */
  jsonParts: string[];
  /**
   * Multipart array parts whose items are each a part under the property's own name, not `name[]` (OpenAPI
   * `encoding.<part>.style: form`, exploded). Absent when none is.
   */
  repeatParts?: string[];
  /**
   * Multipart parts and form (`application/x-www-form-urlencoded`) fields whose `encoding` gives a style other than
   * `form` exploded (`deepObject`, `form` with `explode: false`, `spaceDelimited`, `pipeDelimited`), by property (wire)
   * name: sent as a query parameter of that style would be, each name-value pair a part or a field (OpenAPI's Encoding
   * Object: 3.0 for forms alone, 3.1 for multipart too). Absent when none is.
   */
  partStyles?: Record<string, PartStyle>;
  /**
   * Form fields whose `encoding` says `allowReserved: true`: RFC 3986's reserved characters (`/`, `?`, `:`…) are sent
   * as they are, not percent-encoded. Absent when none is.
   */
  reservedParts?: string[];
  /** Multipart parts with a `contentType` of their own that is not JSON (`text/plain`, `image/png`), by name. */
  partContentTypes?: Record<string, string>;
  /** A JSON body the operation also accepts as `multipart/form-data` (Stainless sends it so when it holds a file). */
  multipartToo?: true;
  /**
   * Set when the config names the params field holding the whole body (`body_param_name`): Stainless's SDKs then take
   * it in the params by that name, never positionally (writer-node's `files.upload({ content, … })`). Absent otherwise.
   */
  bodyParamByConfig?: true;
  /**
   * The named schema the body is (a `$ref` to it) when its fields are the params' fields (shape 'fields'): no field
   * names it, yet the request sends it.
   */
  schemaId?: string;
  /**
   * Set when the body's fields are the params' fields (shape 'fields') and its schema takes properties it does not
   * declare (`additionalProperties: true`): the params take any other key too, sent in the body. Absent otherwise.
   */
  additionalFields?: true;
  source: SourceRef;
}
