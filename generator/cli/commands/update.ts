/**
 * `sdkgen update [<spec>] [-o <dir>]`: the regeneration job of an SDK repository (api/update.ts): regenerate with
 * custom code merged, commit on a branch with a conventional-commit message, write the pull-request body. Exit 0
 * when updated or when nothing changed (the status line says which, and so does `status` in $GITHUB_OUTPUT), 1 on
 * conflicts with custom code (the files are named), 2 on a usage error such as a dirty work tree.
 */
import { appendFileSync } from 'node:fs';
import { DEFAULT_UPDATE_BRANCH, update, type UpdateResult } from '../../api/update';
import { UsageError } from '../../diagnostics';
import { parseFormatter } from '../../format/format';
import { configOption, errorJson, reportError, type CommandSpec } from '../command';

export const command: CommandSpec = {
  name: 'update',
  summary:
    'Regenerate an SDK repository and commit the result on a branch, for a pull request: custom code is merged,\n' +
    'the commit message is a conventional commit (feat(api)!: when something breaks) and --pr-body gets the\n' +
    'API-change report. Without <spec>, the spec and config recorded in <dir>/.sdkgen/manifest.json are used.\n' +
    'Needs git and a clean work tree; never pushes.',
  usage:
    'sdkgen update [<spec>] [-o <dir>] [--config <file>] [--branch <name>] [--pr-body <file>] [--allow-dirty] [--format text|json]',
  options: {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    branch: { type: 'string', short: 'b' },
    'pr-body': { type: 'string' },
    formatter: { type: 'string' },
    'allow-dirty': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
  },
  help: {
    output: 'the SDK folder in the repository (default: the current folder)',
    config: 'config file, with <spec> (default: the manifest’s, or found as by generate)',
    'no-config': 'use no config file (with <spec>)',
    branch: `branch to commit on, created or reset to HEAD (default ${DEFAULT_UPDATE_BRANCH})`,
    'pr-body': 'write the pull-request body (Markdown: API changes, breaking first, and custom code) to this file',
    formatter: 'oxfmt (default), prettier or none',
    'allow-dirty': 'run although the work tree has uncommitted changes (they go into the commit)',
    format: 'text (default) or json: the result on stdout',
  },
  async run({ positionals, values }) {
    const format = (values.format as string | undefined) ?? 'text';
    let result: UpdateResult;
    try {
      if (positionals.length > 1) throw new UsageError(`expected at most one <spec>, got ${positionals.length}`);
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
      if (positionals.length === 0 && (values.config !== undefined || values['no-config'] !== undefined))
        throw new UsageError('--config needs a <spec>; without one the manifest says what to use');
      result = await update({
        spec: positionals[0] ?? null,
        output: (values.output as string | undefined) ?? null,
        config: positionals.length === 1 ? configOption(values) : undefined,
        branch: (values.branch as string | undefined) ?? DEFAULT_UPDATE_BRANCH,
        prBody: (values['pr-body'] as string | undefined) ?? null,
        formatter: values.formatter === undefined ? null : parseFormatter(values.formatter, '--formatter'),
        allowDirty: values['allow-dirty'] === true,
        onNotice: (message) => process.stderr.write(`sdkgen update: ${message}\n`),
      });
    } catch (error) {
      githubOutput({ status: 'failed' });
      if (format === 'json')
        process.stdout.write(`${JSON.stringify({ ok: false, error: errorJson(error) }, null, 2)}\n`);
      return reportError(error, 'update', command);
    }
    githubOutput({ status: result.status, branch: result.branch, commit: result.commit ?? '' });
    if (format === 'json') {
      const { body, ...rest } = result;
      process.stdout.write(`${JSON.stringify({ ...rest, hasBody: body !== null }, null, 2)}\n`);
    } else process.stdout.write(updateReport(result));
    return result.status === 'conflicts' ? 1 : 0;
  },
};

/** In a GitHub Actions step, the status for later steps' `if:` (`steps.<id>.outputs.status`). */
function githubOutput(values: Record<string, string>): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  // Values are sdkgen's own words, a commit id and a checked branch name: one line each.
  appendFileSync(
    file,
    Object.entries(values)
      .map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`)
      .join(''),
  );
}

function updateReport(result: UpdateResult): string {
  const { files } = result;
  const out: string[] = [];
  if (result.status === 'no-changes') {
    out.push(`sdkgen update: no changes: the SDK in ${result.output} is what its spec and config generate.`);
  } else if (result.status === 'conflicts') {
    out.push(
      `sdkgen update: conflicts with custom code in ${files.conflicts.length} file(s); nothing was committed:`,
      ...files.conflicts.map((f) => `  CONFLICT  ${f}`),
      'Resolve the conflict markers (as after a git merge), then commit; or change the edits and run again.',
    );
  } else {
    out.push(
      `sdkgen update: committed ${result.commit?.slice(0, 12)} on ${result.branch}: ${result.subject}`,
      `  ${files.changed.length} changed, ${files.created.length} added, ${files.deleted.length} removed` +
        (files.merged.length > 0 ? `; your edits merged in ${files.merged.length}` : ''),
    );
  }
  if (result.diffUnavailable) out.push(`  no API-change report: ${result.diffUnavailable}`);
  return `${out.join('\n')}\n`;
}
