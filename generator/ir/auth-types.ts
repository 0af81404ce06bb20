/**
 * The IR's description of how a client authenticates (`Api.auth`): the credential schemes and the OAuth2
 * client-credentials exchange. Re-exported by `ir/types.ts`.
 */
import type { Docs } from './type-expr';

/**
 * How the client authenticates. `option` is the client constructor option. `unnamed`: with a Stainless config, no
 * security (the API's or an operation's) asks for a credential of the scheme in its first requirement (the others
 * are alternatives), or it also allows none (`{}`); Stainless's endpoint tests then give a credential that may be
 * null no value. Absent otherwise.
 */
export type AuthScheme = {
  unnamed?: true;
  /**
   * With a Stainless config, its place among the schemes the config's `security_schemes` and then the spec's
   * `components.securitySchemes` declare (one past them when neither does): Stainless's Python client merges the
   * credentials of several schemes in this order. Absent otherwise.
   */
  declared?: number;
} & (
  | {
      kind: 'bearer';
      name: string;
      option: string;
      envVar: string | null;
      /** Whether the option must hold a value (not null); the client throws when it has none and no default. */
      required: boolean;
      /** Its value when neither given nor in its environment variable (a Stainless config's `default:`), or null. */
      default: string | null;
      docs: Docs;
      /** The word before the token in `Authorization`, when not `Bearer` (`x-stainless-auth.scheme_keyword`). */
      keyword?: string;
    }
  | {
      kind: 'apiKey';
      name: string;
      in: 'header' | 'query' | 'cookie';
      wireName: string;
      /** Placed in the query by its Stainless option's `send_as_query_param` (not the scheme's `in` alone). */
      sendAsQueryParam?: true;
      option: string;
      envVar: string | null;
      required: boolean;
      default: string | null;
      docs: Docs;
    }
  | {
      kind: 'basic';
      name: string;
      usernameOption: string;
      passwordOption: string;
      usernameEnvVar: string | null;
      passwordEnvVar: string | null;
      /** Whether both parts must hold a value (neither may be null). */
      required: boolean;
      /** Each part's own: whether it must hold a value, and its value when neither given nor in its variable. */
      usernameRequired: boolean;
      passwordRequired: boolean;
      usernameDefault: string | null;
      passwordDefault: string | null;
      /**
       * Whether `Authorization` is sent only when both parts have a value (Stainless's SDKs: a null part sends no
       * credential); false: when either has one, the other sent empty.
       */
      bothParts: boolean;
      docs: Docs;
      /**
       * The two are an OAuth2 client ID and secret (an `oauth2` scheme's `clientCredentials` flow), never sent on a
       * request: the client exchanges them at the token URL for an access token it sends as `Authorization: Bearer`.
       * Absent for HTTP basic auth.
       */
      clientCredentials?: ClientCredentialsFlow;
    }
);

/** An OAuth2 client-credentials exchange (RFC 6749 §4.4), as `AuthScheme`'s `clientCredentials` holds it. */
export interface ClientCredentialsFlow {
  /** Where `grant_type=client_credentials` is posted, form-encoded: absolute, or relative to the base URL. */
  tokenUrl: string;
  /** How the ID and secret go to the token URL: HTTP Basic credentials (the default), or fields of the form. */
  credentialsIn: 'header' | 'body';
  /** The scopes asked for (the form's `scope`, space-separated); empty: none asked for. */
  scopes: string[];
}
