/**
 * Which files that stay run a script of Stainless's, and how they name it (plan.ts keeps a script they run).
 */

/**
 * Whether a file can run a script: not a document (a note naming `scripts/lint`), nor a tool's config in a folder of its
 * own (`.trunk/trunk.yaml` listing paths its linters skip); a workflow, a script, a dev container, code can.
 */
export function mayRunScripts(path: string): boolean {
  if (/\.(md|markdown|rst|txt)$/i.test(path)) return false;
  return !/^\.(?!github\/|devcontainer\/)[^/]+\//.test(path);
}

/** Whether `text` (a workflow, a script) runs `script`: its path, as a word of its own. */
export function namesScript(text: string, script: string): boolean {
  const escaped = script.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s"'=/.])${escaped}($|[\\s"';])`, 'm').test(text);
}
