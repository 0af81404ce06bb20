/**
 * Client options the owners made optional in Stainless's `_client.py` (they took out the error raised when the option
 * is missing, as stagehand's did for its API keys): sdkgen's client does that from the config (a client option with
 * `nullable: true` is optional and its credential is not sent when unset), so the report says which option and where,
 * rather than leaving a person to read the hunks.
 */

/** Stainless's (and sdkgen's) error for a missing client option, naming it. */
const MISSING_OPTION = /The (\w+) client option must be set/g;

/** The options whose missing-option error is in Stainless's client and not in the owners' (in the order found). */
export function optionsMadeOptional(stainless: string, edited: string): string[] {
  const named = (text: string) => new Set([...text.matchAll(MISSING_OPTION)].map((m) => m[1]));
  const still = named(edited);
  return [...named(stainless)].filter((option) => !still.has(option));
}

/** What the report asks of a person for those options that sdkgen's client (`sdkgen`) still requires. */
export function optionalOptionsReason(options: string[], sdkgen: string | null): string | null {
  const required = new Set(sdkgen === null ? [] : [...sdkgen.matchAll(MISSING_OPTION)].map((m) => m[1]));
  const left = options.filter((option) => required.has(option));
  if (left.length === 0) return null;
  const named = left.map((option) => `\`${option}\``).join(', ');
  return (
    `you made the client option${left.length > 1 ? 's' : ''} ${named} optional (no error when missing): sdkgen's ` +
    `client does so, and sends no credential for an unset one, when the config's client_settings.opts entry of ` +
    `${left.length > 1 ? 'each' : 'it'} has \`nullable: true\`; set that and regenerate, then drop these hunks`
  );
}
