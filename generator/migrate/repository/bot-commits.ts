/** Reading a repository's history: git itself, and which commits are Stainless's bot's. */
import { spawnSync } from 'node:child_process';

/**
 * The author of a generation commit (`git log --author`, extended, any case): Stainless's app (`stainless-app[bot]`)
 * or its staging bot (`stlc-bot`). Not any bot: a dependency bot's commit carries the owners' code, and taken as the
 * base it would hide their edits.
 */
export const GENERATOR_BOT = '^(stainless|stlc)';
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
