/**
 * Client options as the client, its tests and its README use them: credentials from auth schemes and the settings
 * sent with every request.
 */

/** One client option added by an auth scheme (basic auth adds two: username and password). */
export interface AuthOptionView {
  /** Option name: "apiKey". */
  option: string;
  /** Environment variable as a string literal ("'SMITHERY_API_KEY'") or "null". */
  envVar: string;
  /** The option's default, an expression: "readEnv('SMITHERY_API_KEY')", or "null" without an environment variable. */
  defaultValue: string;
  /** Environment variable name for docs ("SMITHERY_API_KEY") or "". */
  envVarName: string;
  /** JSDoc block for the option (ends with a newline). */
  doc: string;
  /** True when the client cannot be built without it (neither given, nor in the environment, nor defaulted). */
  required: boolean;
  /** Whether it may be null (no value: its credential is not sent); the client's field is then `string | null`. */
  nullable: boolean;
  /** Its default (a Stainless config's `default:`) as Markdown inline code for a table cell, or "". */
  defaultCode: string;
  /** What the client's field is set to, an expression of the option's variable: "apiKey", "password ?? null". */
  value: string;
  /** Error message (a string literal) thrown when a required option is missing. */
  missingMessage: string;
}

/**
 * One credential the client sends with every request, from an auth scheme of the spec: how it is sent (one of
 * `bearer`, `basic`, `header`, `cookie` is true; none in `authQuery`) and the option holding it.
 */
export interface AuthCredentialView {
  /** `Authorization: <keyword> <option>`. */
  bearer: boolean;
  /** For bearer auth, the word before the token, escaped for a template literal ("Bearer"); else "". */
  keyword: string;
  /** `Authorization: Basic <base64 of username:password>` (`option` holds the username, `passwordOption` the password). */
  basic: boolean;
  /** A header named `name`. */
  header: boolean;
  /** A cookie named `cookieName`, in the `Cookie` header. */
  cookie: boolean;
  /** The client option holding the credential (for basic auth, the username): "apiKey". */
  option: string;
  /** For basic auth, the option holding the password; else "". */
  passwordOption: string;
  /** The header's or query parameter's name as a string literal ("'X-API-Key'"); "" for the other kinds. */
  name: string;
  /** The cookie's name, escaped for a template literal ("session_id"); "" for the other kinds. */
  cookieName: string;
  /**
   * Set `Authorization` only when an earlier scheme has not: several schemes may each set it, and the first one
   * configured wins.
   */
  unlessAuthorizationSet: boolean;
  /**
   * The condition the credential is sent under, or "" when it is always sent: "this.apiKey != null" unless the
   * option is required (the constructor refuses the client without it), and `Authorization` not set already
   * (`unlessAuthorizationSet`).
   */
  guard: string;
  /**
   * OAuth2 client credentials: `option` holds the client ID and `passwordOption` the secret, exchanged at `tokenUrl`
   * for an access token the client keeps until shortly before it expires and sends as `Authorization: Bearer`.
   */
  exchange: boolean;
  /** For `exchange`, the token URL as a string literal; else "". */
  tokenUrl: string;
  /** For `exchange`, whether the ID and secret are form fields of the token request (else its Basic credentials). */
  credentialsInBody: boolean;
  /** For `exchange`, the `scope` asked for as a string literal ("'read write'"); "" when none is. */
  scope: string;
  /**
   * For `exchange`, the option of the same scheme holding an access token the caller may give instead ("accessToken"):
   * given, it is sent and nothing is exchanged. "" when the scheme has none.
   */
  tokenOption: string;
}

/** A client option sent with every request, by name. */
export interface OptionSentView {
  /** Option name: "orgId". */
  option: string;
  /** Header or query parameter name, a string literal: "'X-Org-Id'". */
  name: string;
}
