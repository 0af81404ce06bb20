/**
 * Markdown report, ready to paste into (or post as) a pull-request comment: a hidden marker (so a CI
 * job can find and update its previous comment), a summary line, one table per group for breaking and
 * non-breaking changes, and the notes folded away in a <details> block.
 */
import type { Change, DiffResult } from './model';
import { groupTitle, shortList, summaryLine } from './report-text';

export const MARKDOWN_MARKER = '<!-- sdkgen-diff -->';

const BADGE: Record<Change['classification'], string> = { breaking: '🔴 breaking', 'non-breaking': '🟢 non-breaking', note: '⚪ note' };

export function renderMarkdown(result: DiffResult): string {
  const headline = result.changes.length === 0 ? 'none — the generated SDK surface is identical' : summaryLine(result).replace(/suggested version bump: (\w+)/, 'suggested version bump: **$1**');
  const out: string[] = [MARKDOWN_MARKER, `### SDK changes: ${headline}`, ''];
  out.push(`Comparing \`${result.old.input}\` (${result.old.title} ${result.old.specVersion}) with \`${result.new.input}\` (${result.new.title} ${result.new.specVersion}).`);
  const main = result.changes.filter((c) => c.classification !== 'note');
  const notes = result.changes.filter((c) => c.classification === 'note');
  for (const [group, changes] of groups(main)) {
    out.push('', `#### ${group === 'types' ? 'Shared types' : `\`${groupTitle(group)}\``}`, '', '| | Change | Where | Why |', '| --- | --- | --- | --- |');
    for (const c of changes) out.push(row(c));
  }
  if (notes.length > 0) {
    out.push('', `<details><summary>${notes.length} ${notes.length === 1 ? 'note' : 'notes'} (documentation, deprecations, changes the SDK hides)</summary>`, '');
    out.push('| Group | Change | Where |', '| --- | --- | --- |');
    for (const c of notes) out.push(`| \`${groupTitle(c.group)}\` | ${cell(c.message)} | ${where(c)} |`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function groups(changes: Change[]): Map<string, Change[]> {
  const map = new Map<string, Change[]>();
  for (const c of changes) map.set(c.group, [...(map.get(c.group) ?? []), c]);
  return map;
}

function row(c: Change): string {
  return `| ${BADGE[c.classification]} | ${cell(c.message)} | ${where(c)} | ${cell(c.reason)} |`;
}

function where(c: Change): string {
  const used = c.affects.length > 0 ? `<br>used by ${cell(shortList(c.affects.map((a) => `\`${a}\``), 4))}` : '';
  return `\`${cell(c.location)}\`${used}`;
}

/** Table-cell safe: no newlines, pipes escaped (GFM honours `\|` inside code spans in tables). */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
