/**
 * A small link checker for generated Markdown: every relative link `[text](target#anchor)` outside code must name a
 * file that exists, and its anchor (if any) a heading of that file, as GitHub derives heading anchors (lower case,
 * punctuation but `-` and `_` dropped, spaces as `-`, a repeated anchor numbered `-1`, `-2`…).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** GitHub's anchors of a Markdown text's headings (ATX headings outside fenced code). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  for (const line of withoutFencedCode(markdown).split('\n')) {
    const m = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase();
    const base = text.replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The text with fenced code blocks blanked (their lines kept, empty). */
function withoutFencedCode(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (fence === null && m) {
        fence = m[1];
        return '';
      }
      if (fence !== null) {
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Relative link targets of a Markdown text, outside code (fenced blocks and code spans). */
export function relativeLinks(markdown: string): string[] {
  const text = withoutFencedCode(markdown).replace(/(`+)[^`]*?\1/g, '``');
  const links: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1];
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) continue; // https:, mailto:
    links.push(target);
  }
  return links;
}

/**
 * Broken links of the Markdown files `files` (absolute paths) under `root`: "<file>: <target>" for each relative link
 * whose file is missing, lies outside `root`, or has no heading for its anchor.
 */
export function brokenLinks(root: string, files: string[]): string[] {
  const broken: string[] = [];
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let found = anchorsOf.get(file);
    if (!found) anchorsOf.set(file, (found = headingAnchors(readFileSync(file, 'utf8'))));
    return found;
  };
  for (const file of files) {
    for (const link of relativeLinks(readFileSync(file, 'utf8'))) {
      const [target, anchor] = link.split('#', 2) as [string, string | undefined];
      const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
      const where = `${path.relative(root, file)}: ${link}`;
      if (path.relative(root, resolved).startsWith('..')) broken.push(`${where} (outside the package)`);
      else if (!existsSync(resolved) || !statSync(resolved).isFile()) broken.push(`${where} (no such file)`);
      else if (anchor !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(anchor))
        broken.push(`${where} (no such heading)`);
    }
  }
  return broken;
}
