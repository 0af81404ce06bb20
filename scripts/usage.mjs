// What the bench scripts print on a wrong option: the script's name, what was wrong, and its header comment (the
// lines starting with `//`), which documents its options.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The header comment of the script at `scriptUrl` (its `import.meta.url`), without the comment marks. */
export function headerOf(scriptUrl) {
  return readFileSync(fileURLToPath(scriptUrl), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .map((line) => line.slice(3))
    .join('\n');
}

/** Prints `name: message` and the script's header to stderr, and exits 2. */
export function exitWithUsage(scriptUrl, name, message) {
  process.stderr.write(`${name}: ${message}\n\n${headerOf(scriptUrl)}\n`);
  process.exit(2);
}
