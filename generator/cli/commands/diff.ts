/**
 * `sdkgen diff <old> <new>`: compare the SDKs two specs generate, at the level of the SDK surface
 * (resources, methods, params, types), and classify every change as breaking, non-breaking or a note.
 */
import { UsageError } from '../../diagnostics';
import { diff, diffPublished } from '../../api/analyze';
import type { DiffResult } from '../../diff/model';
import { renderJson } from '../../diff/report-json';
import { renderMarkdown } from '../../diff/report-markdown';
import { renderText } from '../../diff/report-text';
import type { CommandSpec } from '../command';

const FORMATS = ['text', 'markdown', 'json'] as const;
const FAIL_ON = ['breaking', 'any', 'none'] as const;

export const command: CommandSpec = {
  name: 'diff',
  summary:
    'Compare the SDKs generated from two specs and classify each change (breaking, non-breaking, note).\n' +
    '<old> and <new> are spec files or git:<ref>:<path> (a spec at a revision of this repository).\n' +
    'With --against, compare the SDK generated from <spec> with a published one (before switching from Stainless).',
  usage:
    'sdkgen diff <old> <new> [--format text|markdown|json] [--fail-on breaking|any|none] [--config <file>]\n' +
    '       sdkgen diff --against <api.md | package dir | .tgz> <spec> [--config <file>] [--format …] [--fail-on …]',
  options: {
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    config: { type: 'string', short: 'c' },
    'old-config': { type: 'string' },
    'new-config': { type: 'string' },
    against: { type: 'string' },
  },
  help: {
    format: 'report format: text (default), markdown (for a PR comment) or json (for tools)',
    'fail-on': 'exit 1 when a breaking change (breaking) or any change (any) is found; default none',
    config: 'sdkgen config for both specs (file or git:<ref>:<path>)',
    'old-config': 'config for <old> only (overrides --config)',
    'new-config': 'config for <new> only (overrides --config)',
    against:
      "the published SDK to compare <spec>'s SDK with: its api.md, an installed package folder, or an npm .tgz " +
      '(read from its .d.ts files; needs `typescript` installed)',
    help: 'show this help',
  },
  async run({ positionals, values }) {
    const against = values.against as string | undefined;
    if (against !== undefined) {
      if (positionals.length !== 1)
        throw new UsageError(`with --against, expected one <spec>, got ${positionals.length} arguments`);
      if (values['old-config'] !== undefined || values['new-config'] !== undefined)
        throw new UsageError('with --against, pass the config of <spec> as --config');
    } else if (positionals.length !== 2)
      throw new UsageError(
        `expected <old> and <new>, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`,
      );
    const format = (values.format as string | undefined) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be text, markdown or json, got ${JSON.stringify(format)}`);
    const failOn = (values['fail-on'] as string | undefined) ?? 'none';
    if (!(FAIL_ON as readonly string[]).includes(failOn))
      throw new UsageError(`--fail-on must be breaking, any or none, got ${JSON.stringify(failOn)}`);
    const config = (values.config as string | undefined) ?? null;
    const result =
      against !== undefined
        ? await diffPublished({ against, spec: positionals[0], config })
        : await diff({
            old: positionals[0],
            new: positionals[1],
            config,
            oldConfig: (values['old-config'] as string | undefined) ?? null,
            newConfig: (values['new-config'] as string | undefined) ?? null,
          });
    process.stdout.write(
      format === 'json' ? renderJson(result) : format === 'markdown' ? renderMarkdown(result) : renderText(result),
    );
    return exitCode(result, failOn as (typeof FAIL_ON)[number]);
  },
};

export function exitCode(result: DiffResult, failOn: (typeof FAIL_ON)[number]): number {
  if (failOn === 'breaking') return result.summary.breaking > 0 ? 1 : 0;
  if (failOn === 'any') return result.changes.length > 0 ? 1 : 0;
  return 0;
}
