/**
 * Plain-text report for terminals and CI logs: a summary line, then one block per group.
 */
import type { Change, DiffResult } from './model';

const LABEL: Record<Change['classification'], string> = {
  breaking: 'BREAKING',
  'non-breaking': 'non-breaking',
  note: 'note',
};

export function summaryLine(result: DiffResult): string {
  const { breaking, nonBreaking, notes, semver } = result.summary;
  if (breaking + nonBreaking + notes === 0) return 'No changes to the SDK surface.';
  const bump = semver === 'none' ? '' : ` — suggested version bump: ${semver}`;
  return `${breaking} breaking, ${nonBreaking} non-breaking, ${notes} ${notes === 1 ? 'note' : 'notes'}${bump}`;
}

export function renderText(result: DiffResult): string {
  const lines = [`sdkgen diff: ${result.old.input} → ${result.new.input}`, summaryLine(result)];
  let group: string | null = null;
  for (const c of result.changes) {
    if (c.group !== group) {
      group = c.group;
      lines.push('', groupTitle(group));
    }
    lines.push(`  ${LABEL[c.classification].padEnd(12)}  ${c.location}: ${c.message}`);
    lines.push(`  ${''.padEnd(12)}  ${c.classification === 'note' ? '' : 'why: '}${c.reason}`);
    if (c.affects.length > 0) lines.push(`  ${''.padEnd(12)}  used by: ${shortList(c.affects)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function groupTitle(group: string): string {
  if (group === 'client') return 'client';
  if (group === 'types') return 'shared types';
  return `client.${group}`;
}

export function shortList(items: string[], max = 5): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
