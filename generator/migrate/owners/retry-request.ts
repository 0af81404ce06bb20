/**
 * Stainless's client works out how long to wait before a retry in `retryRequest`, then sleeps and sends the request
 * again (`return this.makeRequest(options, retriesRemaining - 1, requestLogID)`). sdkgen's client loops over its
 * attempts itself and asks its protected `retryDelayMillis`, which takes `retryRequest`'s arguments, for the wait
 * alone. So an owners' `retryRequest` that still ends as Stainless's does (the sleep, then the next attempt) is their
 * decision of the wait (a header of their API read, a limit of their own), and it carries over as that override: their
 * code as they wrote it up to the sleep, then the wait returned. One ending otherwise (a retry counted, logged, sent
 * elsewhere) is not this, and stays for a person.
 */

/** sdkgen's BaseClient method that decides the wait (templates/base/src/core/base-client.ts.hbs). */
export const RETRY_DELAY_METHOD = 'retryDelayMillis';

/** The Stainless client method whose wait `RETRY_DELAY_METHOD` decides. */
export const RETRY_REQUEST_METHOD = 'retryRequest';

/** `retryRequest`'s parameters, as Stainless writes them and sdkgen's method takes them (spaces aside). */
const PARAMETERS =
  'options:FinalRequestOptions,retriesRemaining:number,requestLogID:string,responseHeaders?:Headers|undefined';

/**
 * A `retryRequest` method (its doc comment included, as client-hooks.ts reads methods) as sdkgen's `retryDelayMillis`
 * override; null where it does not take Stainless's parameters or does not end with the sleep and the next attempt.
 */
export function asRetryDelayOverride(text: string): string | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => signature(line) !== null);
  if (at < 0) return null;
  const open = lines.findIndex((line, i) => i >= at && /\)\s*:\s*Promise<\s*APIResponseProps\s*>\s*\{\s*$/.test(line));
  if (open < 0) return null;
  const declared = lines.slice(at, open + 1).join('\n');
  const parameters = declared.slice(declared.indexOf('(') + 1, declared.lastIndexOf(')'));
  if (parameters.replace(/\s+/g, '').replace(/,$/, '') !== PARAMETERS) return null;

  // The body's last statements: the sleep for the wait, then the next attempt, then the `}` that closes the method.
  const statements = lines
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line, i }) => i > open && line !== '');
  const [sleep, next, close] = statements.slice(-3);
  const waited = sleep && /^await\s+sleep\(\s*([A-Za-z_$][\w$]*)\s*\);?$/.exec(sleep.line);
  if (!waited || !next || !/^return\s+this\.makeRequest\(/.test(next.line) || close?.line !== '}') return null;
  const indent = /^\s*/.exec(lines[sleep.i])![0];
  const body = [...lines.slice(open + 1, sleep.i), `${indent}return ${waited[1]};`];

  const awaits = body.some((line) => /\bawait\b/.test(line));
  const head = lines
    .slice(at, open + 1)
    .join('\n')
    .replace(
      signaturePattern(),
      (_m, indent: string) => `${indent}protected override ${awaits ? 'async ' : ''}${RETRY_DELAY_METHOD}(`,
    )
    .replace(
      /Promise<\s*APIResponseProps\s*>(\s*\{\s*)$/,
      (_m, brace: string) => `${awaits ? 'Promise<number>' : 'number'}${brace}`,
    )
    // The id of the call's log lines was for the next attempt; unused now, it is named so.
    .replace(/\brequestLogID(?=\s*:)/, (name) =>
      body.some((line) => /\brequestLogID\b/.test(line)) ? name : `_${name}`,
    );
  return [...lines.slice(0, at), head, ...body, lines[close.i]].join('\n');
}

function signaturePattern(): RegExp {
  return new RegExp(`^(\\s*)(?:(?:private|protected|public)\\s+)?(?:async\\s+)?${RETRY_REQUEST_METHOD}\\s*\\(`, 'm');
}

function signature(line: string): RegExpExecArray | null {
  return signaturePattern().exec(line);
}
