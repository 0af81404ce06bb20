/**
 * Markdown report, ready to paste into (or post as) a pull-request comment: a hidden marker (so a CI
 * job can find and update its previous comment), a summary line, one table per group for breaking and
 * non-breaking changes, and the notes folded away in a <details> block.
 */
import type { Change, DiffResult } from './model';
import { groupTitle, shortList, summaryLine } from './report-text';

export const MARKDOWN_MARKER = '<!-- sdkgen-diff -->';

const BADGE: Record<Change['classification'], string> = {
  breaking: '🔴 breaking',
  'non-breaking': '🟢 non-breaking',
  note: '⚪ note',
};

/**
 * GitHub rejects comments over 65,536 characters: past `maxChars`, rows are left out (breaking ones are
 * listed first in every group) and a line says how many, so the comment still posts.
 */
export function renderMarkdown(result: DiffResult, maxChars = 60_000): string {
  const headline =
    result.changes.length === 0
      ? 'none — the generated SDK surface is identical'
      : summaryLine(result).replace(/suggested version bump: (\w+)/, 'suggested version bump: **$1**');
  const out: string[] = [MARKDOWN_MARKER, `### SDK changes: ${headline}`, ''];
  out.push(
    `Comparing \`${result.old.input}\` (${result.old.title} ${result.old.specVersion}) ` +
      `with \`${result.new.input}\` (${result.new.title} ${result.new.specVersion}).`,
  );
  // Rows are added while they fit (with room left for the closing lines); after the first that does
  // not, everything else is counted as omitted.
  const budget = maxChars - 400;
  let size = out.join('\n').length;
  let omitted = 0;
  const fits = (lines: string[]) => omitted === 0 && size + lines.reduce((n, l) => n + l.length + 1, 0) <= budget;
  const push = (...lines: string[]) => {
    out.push(...lines);
    size += lines.reduce((n, l) => n + l.length + 1, 0);
  };
  const main = result.changes.filter((c) => c.classification !== 'note');
  const notes = result.changes.filter((c) => c.classification === 'note');
  for (const [group, changes] of groups(main)) {
    const header = [
      '',
      `#### ${group === 'types' ? 'Shared types' : `\`${groupTitle(group)}\``}`,
      '',
      '| | Change | Where | Why |',
      '| --- | --- | --- | --- |',
    ];
    if (!fits([...header, row(changes[0])])) {
      omitted += changes.length;
      continue;
    }
    push(...header);
    for (const c of changes) {
      if (fits([row(c)])) push(row(c));
      else omitted++;
    }
  }
  if (notes.length > 0) {
    const header = [
      '',
      `<details><summary>${notes.length} ${notes.length === 1 ? 'note' : 'notes'} (documentation, deprecations, changes the SDK hides)</summary>`,
      '',
      '| Group | Change | Where |',
      '| --- | --- | --- |',
    ];
    const noteRow = (c: Change) => `| \`${groupTitle(c.group)}\` | ${cell(c.message)} | ${where(c)} |`;
    if (fits([...header, noteRow(notes[0])])) {
      push(...header);
      for (const c of notes) {
        if (fits([noteRow(c)])) push(noteRow(c));
        else omitted++;
      }
      push('', '</details>');
    } else omitted += notes.length;
  }
  if (omitted > 0)
    out.push(
      '',
      `_${omitted} more change${omitted === 1 ? '' : 's'} not shown to keep this comment within GitHub's size limit: ` +
        'run `sdkgen diff --format text` (or `json`) for all of them._',
    );
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
  const used =
    c.affects.length > 0
      ? `<br>used by ${cell(
          shortList(
            c.affects.map((a) => `\`${a}\``),
            4,
          ),
        )}`
      : '';
  return `\`${cell(c.location)}\`${used}`;
}

/** Table-cell safe: no newlines, pipes escaped (GFM honours `\|` inside code spans in tables). */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
