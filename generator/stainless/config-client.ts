/**
 * How the generated client reaches the API, from a Stainless config: `client_settings` (its options, their
 * environment variables and auth roles, the idempotency header, default timeout and retries), `environments` and
 * the top-level `security` and `security_schemes`.
 */
import { describe, type ConfigReader } from './config-reader';
import { knownKeys } from './config-keys';
import type { ClientOpt, StainlessConfig } from './config-types';

export interface StainlessClientSettings
  extends Pick<StainlessConfig, 'defaultTimeoutMs' | 'clientOpts' | 'environments' | 'security' | 'securitySchemes'> {
  /**
   * `client_settings` and its `idempotency` and `default_retries` mappings. Their single keys (`default_env_prefix`,
   * `default_client_name`, `header`, `max_retries`, the retry delays) are read by `parseStainlessConfig` with the config's other single keys, after every
   * section, so that warnings come in one order: the sections', then the single keys'.
   */
  clientSettings: Record<string, unknown>;
  idempotency: Record<string, unknown>;
  retries: Record<string, unknown>;
}

/** A timeout in milliseconds (`90000`) or as an ISO 8601 duration (`PT90S`, `PT1M30S`); null when absent or wrong. */
export function readTimeoutMs(reader: ConfigReader, value: unknown, where: string): number | null {
  const iso = typeof value === 'string' ? /^PT(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(value.trim()) : null;
  return iso && (iso[1] || iso[2])
    ? Math.round((Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0)) * 1000)
    : reader.wholeNumber(value, where);
}

/** A string, number or boolean; null when absent, and a warning when it is another value. */
function scalarOrNull(
  value: unknown,
  where: string,
  invalid: ConfigReader['invalid'],
): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (['string', 'number', 'boolean'].includes(typeof value)) return value as string | number | boolean;
  invalid(where, 'must be a string, number or boolean');
  return null;
}

export function readClientSettings(reader: ConfigReader, top: Record<string, unknown>): StainlessClientSettings {
  const { warn, invalid, str, map, list, oneOf } = reader;
  const clientSettings = map(top.client_settings, 'client_settings');
  for (const key of Object.keys(clientSettings)) {
    if (!knownKeys('client_settings').has(key)) warn(`client_settings.${key}`, 'not supported by sdkgen; ignored');
  }
  const idempotency = map(clientSettings.idempotency, 'client_settings.idempotency');
  for (const key of Object.keys(idempotency))
    if (!knownKeys('client_settings.idempotency').has(key))
      warn(`client_settings.idempotency.${key}`, 'not supported by sdkgen; ignored');
  const retries = map(clientSettings.default_retries, 'client_settings.default_retries');
  for (const key of Object.keys(retries))
    if (!knownKeys('client_settings.default_retries').has(key))
      warn(`client_settings.default_retries.${key}`, 'not supported by sdkgen; ignored');
  const defaultTimeoutMs = readTimeoutMs(reader, clientSettings.default_timeout, 'client_settings.default_timeout');
  const clientOpts: ClientOpt[] = Object.entries(map(clientSettings.opts, 'client_settings.opts')).map(
    ([key, value]) => {
      const where = `client_settings.opts.${key}`;
      const o = map(value, where);
      const type = oneOf(o.type, `${where}.type`, ['string', 'number', 'integer', 'boolean'] as const) ?? 'string';
      const auth = o.auth === undefined ? null : map(o.auth, `${where}.auth`);
      const role = auth
        ? (oneOf(auth.role, `${where}.auth.role`, [
            'value',
            'username',
            'password',
            'client_id',
            'client_secret',
          ] as const) ?? 'value')
        : 'value';
      // (Stainless's reference documents these two alone: another, a `token_url` say, is read nowhere.)
      for (const k of Object.keys(auth ?? {}))
        if (k !== 'security_scheme' && k !== 'role') warn(`${where}.auth.${k}`, 'not supported by sdkgen; ignored');
      let dflt = o.default;
      if (dflt !== undefined && dflt !== null && !['string', 'number', 'boolean'].includes(typeof dflt)) {
        invalid(`${where}.default`, 'must be a string, number or boolean');
        dflt = null;
      }
      for (const k of Object.keys(o)) {
        if (!knownKeys('client_settings.opts.*').has(k)) warn(`${where}.${k}`, 'not supported by sdkgen; ignored');
      }
      return {
        key,
        type,
        readEnv: str(o.read_env, `${where}.read_env`),
        nullable: o.nullable === true,
        default: (dflt as ClientOpt['default']) ?? null,
        example: scalarOrNull(o.example, `${where}.example`, invalid),
        description: str(o.description, `${where}.description`),
        auth: auth
          ? {
              securityScheme: str(auth.security_scheme, `${where}.auth.security_scheme`) ?? '',
              role,
            }
          : null,
        sendInHeader: str(o.send_in_header, `${where}.send_in_header`),
        sendAsQueryParam: str(o.send_as_query_param, `${where}.send_as_query_param`),
        sendInCookie: str(o.send_in_cookie, `${where}.send_in_cookie`),
        serverVariable: str(o.server_variable, `${where}.server_variable`),
        sendAsPathParam: str(o.send_as_path_param, `${where}.send_as_path_param`),
        sendAsBodyParam: str(o.send_as_body_param, `${where}.send_as_body_param`),
      };
    },
  );

  const environments = Object.entries(map(top.environments, 'environments')).flatMap(([name, value]) => {
    if (typeof value === 'string' && value.trim()) return [{ name, url: value.trim() }];
    invalid(`environments.${name}`, `must be a URL, got ${describe(value)}`);
    return [];
  });

  const security =
    top.security === undefined
      ? null
      : list(top.security, 'security').map((req, i) => {
          const entry = map(req, `security[${i}]`);
          return Object.fromEntries(
            Object.entries(entry).map(([k, v]) => [k, list(v, `security[${i}].${k}`).map(String)]),
          );
        });
  const securitySchemes = top.security_schemes === undefined ? null : map(top.security_schemes, 'security_schemes');

  return {
    clientSettings,
    idempotency,
    retries,
    defaultTimeoutMs,
    clientOpts,
    environments,
    security,
    securitySchemes,
  };
}
