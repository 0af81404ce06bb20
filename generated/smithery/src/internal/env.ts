/**
 * Reads an environment variable in Node, Bun and Deno (`undefined` elsewhere, e.g. in browsers).
 * Surrounding whitespace is trimmed and an empty value counts as unset.
 */
export function readEnv(name: string): string | undefined {
  const runtime = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  let value: string | undefined;
  try {
    value = runtime.process?.env?.[name] ?? runtime.Deno?.env?.get(name);
  } catch {
    // Deno without --allow-env throws: treat as unset.
  }
  return value?.trim() || undefined;
}
