/**
 * The era of a Stainless Python SDK's README (the sibling of python-era.ts, which holds the package's forms): the
 * forms of its programs and commands that changed with Stainless's generator rather than with the config. Each date
 * is the day the change first shows in the READMEs of the SDK repositories we hold (their git history); an SDK keeps
 * the older form until Stainless regenerates it.
 */

/** The README's forms that changed with Stainless's generator. */
export interface StainlessReadmeForms {
  /**
   * A credential's "may be left out" comment trails its argument (`api_key=…,  # …`), from TRAILING_CREDENTIAL_COMMENT_SINCE
   * on; before, it is a line of its own above the argument.
   */
  trailingCredentialComment: boolean;
  /** The logging section sets `<PREFIX>_LOG` to `info` (LOG_INFO_SINCE on); before, to `debug`. */
  logInfo: boolean;
  /**
   * The HTTP client program passes `proxy=` to `DefaultHttpxClient` (httpx's current name, HTTPX_PROXY_SINCE on);
   * before, `proxies=`.
   */
  httpxProxy: boolean;
  /** The section on managing HTTP resources closes a client with a `with` block (CLOSE_EXAMPLE_SINCE on); before, prose alone. */
  closeExample: boolean;
  /**
   * A pre-release's install command quotes pip's `--pre` flag with the package (`pip install '--pre acme'`), from
   * QUOTED_PRE_SINCE on; before, `pip install --pre acme`.
   */
  quotedPre: boolean;
  /**
   * The PyPI badge's image says which release it shows (`?label=pypi%20(stable)`, BADGE_LABEL_SINCE on); before, the
   * bare version image.
   */
  badgeLabel: boolean;
  /**
   * The labelled badge's line follows a `<!-- prettier-ignore -->` comment, its URL written bare (PRETTIER_IGNORE_BADGE_SINCE
   * on); before, its URL is in angle brackets (`(<https://…>)`), which PyPI's renderer showed as text.
   */
  badgePrettierIgnore: boolean;
  /** The README presents the MCP server the config names (MCP_SECTION_SINCE on); before, it does not. */
  mcpSection: boolean;
  /**
   * The README shows a call passing a nested param as a dict, in a "Nested params" section: from
   * NESTED_PARAMS_SECTION_SINCE on, and in the earliest READMEs (hetzner-python's of 2023-09-01); between
   * NESTED_PARAMS_SECTION_DROPPED_SINCE and then, its "Using types" prose alone said nested params are `TypedDict`s.
   */
  nestedParamsSection: boolean;
}

/** openai-python's "docs: move comments in example snippets" (#1860), and every SDK's regeneration the day after. */
export const TRAILING_CREDENTIAL_COMMENT_SINCE = '2024-11-11';
/** "docs: add info log level to readme" (openplugin-python-sdk cf1c57f, lumaai-python f7ba397). */
export const LOG_INFO_SINCE = '2024-11-22';
/** "docs(readme): fix http client proxies example" (honcho-python c00bb9c, openplugin-python-sdk 251eea8). */
export const HTTPX_PROXY_SINCE = '2024-12-10';
/** "docs(readme): example snippet for client context manager" (openai-python 83b96cab, lumaai-python 56f8353). */
export const CLOSE_EXAMPLE_SINCE = '2024-12-16';
/** "chore(internal): codegen related update" quoting `--pre` (phoebe-python 2c4d284, llama-stack-client 87ce8a92). */
export const QUOTED_PRE_SINCE = '2026-01-14';

/**
 * "docs: revise readme docs about nested params" (anthropic-sdk-python 305581b7, writer-python e1ff59b and
 * retell-python-sdk e254dd2 on 2025-03-09; lumaai-python 29b4757 and quickbooks-desktop-python c5451048 on 2025-03-11).
 */
export const NESTED_PARAMS_SECTION_SINCE = '2025-03-09';
/**
 * The first day a Stainless Python README is seen without the section (retell-python-sdk cae2bfd, 2024-03-22; then
 * braintrust-api-py, OneBusAway's python-sdk, honcho-python, writer-python, groq-python … up to 2025-03).
 */
export const NESTED_PARAMS_SECTION_DROPPED_SINCE = '2024-03-22';
/** "chore(readme): update badges" (openai-python 13b96050, lumaai-python 5d50b56, phoebe-python 13bdd60). */
export const BADGE_LABEL_SINCE = '2025-06-17';
/** "chore(readme): fix version rendering on pypi" (opencode-sdk-python 63b90c4, lumaai-python 24f04ae). */
export const PRETTIER_IGNORE_BADGE_SINCE = '2025-07-10';
/**
 * "docs: prominently feature MCP server setup in root SDK readmes" (dodopayments-python 96cd084, quickbooks-desktop-python
 * 83de2cf7, both authored 2026-01-06).
 */
export const MCP_SECTION_SINCE = '2026-01-06';

/** The README forms of an SDK of `era` (a `YYYY-MM-DD` date; null or unreadable: the newest). */
export function readmeFormsOfEra(era: string | null | undefined): StainlessReadmeForms {
  const date = era && /^\d{4}-\d{2}-\d{2}/.test(era) ? era.slice(0, 10) : null;
  const since = (change: string) => date === null || date >= change;
  return {
    trailingCredentialComment: since(TRAILING_CREDENTIAL_COMMENT_SINCE),
    logInfo: since(LOG_INFO_SINCE),
    httpxProxy: since(HTTPX_PROXY_SINCE),
    closeExample: since(CLOSE_EXAMPLE_SINCE),
    quotedPre: since(QUOTED_PRE_SINCE),
    badgeLabel: since(BADGE_LABEL_SINCE),
    badgePrettierIgnore: since(PRETTIER_IGNORE_BADGE_SINCE),
    mcpSection: since(MCP_SECTION_SINCE),
    nestedParamsSection: since(NESTED_PARAMS_SECTION_SINCE) || !since(NESTED_PARAMS_SECTION_DROPPED_SINCE),
  };
}
