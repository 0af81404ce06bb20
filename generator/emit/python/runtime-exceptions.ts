import { pytestOptOut } from '../../naming/python';

/**
 * The runtime's `_exceptions.py` as the package ships it: the base error (`ClientError` in the template) under the
 * name the client gives it, `<Client>Error`; `APIWebhookValidationError` only in a package that unwraps webhooks (as
 * Stainless's declare it from their first unwrap on: print-init.ts). A name pytest would collect as a test class (`Test…`, a client named
 * `TestAPI`) gets the class attribute that keeps it out of collection, in the class body after its docstring.
 */
export function namedExceptionsModule(template: string, baseName: string, unwrapsWebhooks = true): string {
  const named = withoutWebhookError(template, unwrapsWebhooks).replace(/\bClientError\b/g, baseName);
  const optOut = pytestOptOut(baseName);
  if (optOut.length === 0) return named;
  const declaration = new RegExp(`^class ${baseName}\\(Exception\\):\\n(?: {4}"""[^\\n]*"""\\n)?`, 'm');
  if (!declaration.test(named)) throw new Error(`_exceptions.py: no one-line declaration of ${baseName} to opt out`);
  return named.replace(declaration, (head) => `${head}${optOut.join('\n')}\n`);
}

/** The template without the webhook error's `__all__` entry and class, unless the package unwraps webhooks. */
function withoutWebhookError(template: string, unwrapsWebhooks: boolean): string {
  if (unwrapsWebhooks) return template;
  const entry = /^ {4}"APIWebhookValidationError",\n/m;
  const declaration = /^class APIWebhookValidationError\(APIError\):\n(?: {4}[^\n]*\n)+\n\n/m;
  if (!entry.test(template) || !declaration.test(template))
    throw new Error('_exceptions.py: no APIWebhookValidationError entry and class to leave out');
  return template.replace(entry, '').replace(declaration, '');
}
