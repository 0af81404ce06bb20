/**
 * A resource's `webhook_unwrap` methods (Stainless config): `unwrap(payload, *, headers, key=None)` verifies the
 * Standard Webhooks signature (the optional `standardwebhooks` package, `pip install <pkg>[webhooks]`) with the key
 * given, else the client option the config names, and parses the event; a method with no key option only parses.
 */
import { pyIdentifier, pyMemberName } from '../../../naming/python';
import type { PythonBuild } from '../types/build-model';
import type { PyResource } from '../types/model';
import type { PyModuleBuilder } from '../types/print-types';
import { errorBaseName } from '../print-init';

/** The extra that installs what `unwrap` verifies with: pyproject's `[project.optional-dependencies]`. */
export const WEBHOOKS_EXTRA = 'webhooks = ["standardwebhooks"]';

export function hasWebhookUnwraps(resources: PyResource[]): boolean {
  return resources.some((r) => r.ir.webhookUnwraps.length > 0 || hasWebhookUnwraps(r.subresources));
}

/** The methods, indented for the class body (sync and async alike: nothing is awaited). */
export function printWebhookUnwraps(resource: PyResource, out: PyModuleBuilder, build: PythonBuild): string[] {
  const lines: string[] = [];
  for (const unwrap of resource.ir.webhookUnwraps) {
    if (unwrap.event.kind !== 'ref') continue;
    const located = build.index.model(unwrap.event.schemaId);
    const event = out.importFrom(located.module, located.name);
    out.importPlain('import json');
    out.use('cast');
    const construct = out.importFrom('_models', 'construct_type');
    const parsed = [
      `        return cast(`,
      `            ${event},`,
      `            ${construct}(`,
      `                type_=${event},`,
      `                value=json.loads(payload),`,
      `            ),`,
      `        )`,
    ];
    const name = pyMemberName(unwrap.name);
    if (unwrap.keyOption === null) {
      lines.push(`    def ${name}(self, payload: str) -> ${event}:`, ...parsed, '');
      continue;
    }
    const option = pyIdentifier(unwrap.keyOption);
    const pipName = build.pkg.distributionName ?? build.pkg.importName;
    out.use('Mapping');
    const params = 'self, payload: str, *, headers: Mapping[str, str], key: str | bytes | None = None';
    const message = `"You need to install \`${pipName}[webhooks]\` to use this method"`;
    const raise = `            raise ${out.importFrom('_exceptions', errorBaseName(build.pkg))}(`;
    lines.push(
      // Split where Ruff would (line length 120): the parameters on a line of their own, the message likewise.
      ...fitOrSplit(`    def ${name}(`, params, `) -> ${event}:`, '    '),
      '        try:',
      '            from standardwebhooks import Webhook',
      '        except ImportError as exc:',
      ...fitOrSplit(raise, message, ') from exc', '            '),
      '',
      '        if key is None:',
      `            key = self._client.${option}`,
      '            if key is None:',
      '                raise ValueError(',
      `                    "Cannot verify a webhook without a key on either the client's ${option} or passed in as an argument"`,
      '                )',
      '',
      '        if not isinstance(headers, dict):',
      '            headers = dict(headers)',
      '',
      '        Webhook(key).verify(payload, headers)',
      '',
      ...parsed,
      '',
    );
  }
  return lines;
}

const LINE_LENGTH = 120;

/** `head + inner + tail` on one line where it fits, else `inner` indented on a line of its own. */
function fitOrSplit(head: string, inner: string, tail: string, indent: string): string[] {
  const flat = `${head}${inner}${tail}`;
  return flat.length <= LINE_LENGTH ? [flat] : [head, `${indent}    ${inner}`, `${indent}${tail}`];
}
