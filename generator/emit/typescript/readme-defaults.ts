/**
 * What sdkgen's README states of the client: the options its first program passes, and the default timeout and
 * retries (plan-readme.ts).
 */
import type { Api } from '../../ir/types';
import { quoteString } from './print-doc';
import type { AuthOptionView, DocsView } from './views';

/** The runtime's defaults (core/base-client.ts), unless the config sets the client's own. */
const RUNTIME_TIMEOUT_MS = 60_000;
const RUNTIME_MAX_RETRIES = 2;

/** The client's default timeout and retries, as the README states them. */
export function requestDefaultsText(
  api: Api,
): Pick<
  DocsView,
  'defaultTimeoutMs' | 'defaultTimeoutText' | 'defaultMaxRetries' | 'retriedByDefault' | 'retryBackoffText'
> {
  const timeout = api.requestDefaults.timeoutMs ?? RUNTIME_TIMEOUT_MS;
  const retries = api.requestDefaults.maxRetries ?? RUNTIME_MAX_RETRIES;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const duration = (ms: number) =>
    ms % 60_000 === 0 && ms > 60_000
      ? unit(ms / 60_000, 'minute')
      : ms % 1000 === 0
        ? unit(ms / 1000, 'second')
        : unit(ms, 'millisecond');
  const timeoutText = duration(timeout);
  const backoff = api.retryBackoff;
  const times = retries === 0 ? null : retries === 1 ? 'once' : retries === 2 ? 'twice' : `${retries} times`;
  return {
    defaultTimeoutMs: String(timeout),
    defaultTimeoutText: timeoutText,
    defaultMaxRetries: String(retries),
    retriedByDefault: times === null ? 'not retried' : `retried ${times}`,
    retryBackoffText:
      backoff === null
        ? ''
        : `The first retry waits ${duration(backoff.initialMs)} and each later one twice as long, up to ` +
          `${duration(backoff.maxMs)}, less up to a quarter at random.`,
  };
}

/**
 * The options the README's first program passes to the client: the first credential the client reads from the
 * environment (to show where it comes from), then the required ones it does not, each a placeholder to replace.
 */
export function readmeClientArgs(authOptions: AuthOptionView[]): DocsView['clientArgs'] {
  const fromEnv = authOptions.find((o) => o.envVarName !== '');
  return authOptions.flatMap((o) =>
    o === fromEnv
      ? [
          {
            option: o.option,
            value: `process.env[${quoteString(o.envVarName)}]`,
            comment: 'the default, can be omitted',
          },
        ]
      : o.envVarName === '' && o.required
        ? [{ option: o.option, value: quoteString(`My ${o.option}`), comment: '' }]
        : [],
  );
}
