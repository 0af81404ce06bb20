/** Reading a repository's history: git itself, and which commits are Stainless's bot's. */
import { spawnSync } from 'node:child_process';

/**
 * The start of an address at one of Stainless's domains (stainless.com, stainlessapi.com). Under it, only the `dev`
 * mailbox (`dev@`, `dev+git@`, `dev+bot@`) and a mailbox named as a bot (`bot@`, `stainless-bot@`) are the
 * generator's: any other is a person's.
 */
const STAINLESS_DOMAIN = 'stainless';

/**
 * An extended regular expression (git's and JavaScript's alike, any case) for the strings of `[^>]` other than those
 * starting with `word`: git has no negative lookahead to say "a domain not Stainless's".
 */
function notStartingWith(word: string): string {
  const [first, rest] = [word[0], word.slice(1)];
  const otherFirst = `[^${first.toLowerCase()}${first.toUpperCase()}>][^>]*`;
  const thenRest = rest === '' ? '' : `|[${first.toLowerCase()}${first.toUpperCase()}]${notStartingWith(rest)}`;
  return `(${otherFirst}${thenRest})?`;
}

/**
 * The author of a generation commit (`git log --author`, extended, any case; git matches it against `Name <email>`):
 * a name of Stainless's app (`stainless-app[bot]`, `Stainless Bot`, `stainless-bot`) or its staging bot (`stlc-bot`),
 * with an address that is not a Stainless person's. Not any bot: a dependency bot's commit carries the owners' code,
 * and taken as the base it would hide their edits. Not a person committing under the bot's name either (openai-node's
 * and replicate's `stainless-bot <dmeadows@stainless.com>`, `stainless-em <em@stainless.com>`, fixing the owners'
 * custom code by hand): their commits are the owners' code, as the same people's under their own names are. Tested
 * against a name alone (no `<`), it says whether the name is the bot's.
 */
export const GENERATOR_BOT =
  '^(stainless|stlc)[^<]*' +
  `(<(dev(\\+[^@>]*)?@[^>]*|[^@>]*bot[^@>]*@[^>]*|[^@>]*|[^@>]*@${notStartingWith(STAINLESS_DOMAIN)})>)?$`;

/** Whether a commit's author (`%an`, `%ae`) is Stainless's generator, as `GENERATOR_BOT` says. */
export function byGeneratorBot(name: string, email: string): boolean {
  return new RegExp(GENERATOR_BOT, 'i').test(`${name} <${email}>`);
}

/**
 * The bot's commit of the owners' own code written in Stainless's studio (parsecular's WebSocket client and the client
 * methods using it): not a generation.
 */
export const CUSTOM_CODE_PATCH = /^Stainless custom code patch\b/i;
const CO_AUTHOR = /^Co-authored-by:[ \t]*(.+)$/gim;

/** Whether a commit message's `Co-authored-by:` trailers name someone other than Stainless's bots. */
export function coAuthoredByAPerson(message: string): boolean {
  const bot = new RegExp(GENERATOR_BOT, 'i');
  return [...message.matchAll(CO_AUTHOR)].some((trailer) => !bot.test(trailer[1].trim()));
}

/**
 * Whether a commit message's `Co-authored-by:` trailers name Stainless's bot: a person's commit bringing the bot's
 * (a pull request of Stainless's squash-merged under the person's name, cerebras-python's "Fix SDK constructor bug"
 * with Stainless's "fix(client): compat with new httpx 0.28.0 release").
 */
export function coAuthoredByTheBot(message: string): boolean {
  const bot = new RegExp(GENERATOR_BOT, 'i');
  return [...message.matchAll(CO_AUTHOR)].some((trailer) => bot.test(trailer[1].trim()));
}

/** `git log` flags for each commit's patch as bare hunks (no context), one commit after another, marked by %x01. */
export const HUNKS_LOG = ['--format=%x01%H', '--patch', '--unified=0', '--no-color', '--no-renames', '--relative'];

export function git(dir: string, args: string[], input?: string): { ok: boolean; stdout: string } {
  const run = spawnSync('git', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { ok: run.status === 0, stdout: run.stdout ?? '' };
}
