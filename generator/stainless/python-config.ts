/**
 * The Stainless config keys sdkgen reads (config-keys.ts) whose effect its Python SDK does not have: with
 * `--target python`, each one the config sets is a warning naming the key path and its line, so that a Python SDK is
 * never generated as if the key were honoured. The TypeScript SDK honours them all; the table's Python section
 * (docs/reference/stainless-config.md) says the same of each key.
 */
import type { Diagnostics } from '../diagnostics';
import { configReader } from './config-reader';
import type { StainlessConfig, StainlessResource } from './config-types';

/** Warns of every key `config` sets that the Python SDK does not follow. */
export function warnPythonGaps(config: StainlessConfig, diags: Diagnostics): void {
  const { warn } = configReader(config.file, config.text, diags);
  if (config.idempotencyHeader !== null)
    warn(
      'client_settings.idempotency',
      "the Python client sends a key of its own in this header on every non-GET request (the same on each retry), but its methods take no `idempotency_key` argument, as Stainless's do: pass one in `extra_headers`",
    );
  for (const opt of config.clientOpts)
    if (opt.serverVariable !== null)
      warn(
        `client_settings.opts.${opt.key}.server_variable`,
        "not followed by the Python SDK: its default base URL is the server's URL with the variable's default, and the option fills in nothing",
      );
  for (const scheme of config.pagination)
    for (const field of scheme.response)
      if (field.fromHeader !== null || field.topLevelArray)
        warn(
          `${scheme.where}.response.${field.path[0] ?? field.name}`,
          `${field.fromHeader !== null ? 'from_header' : 'is_top_level_array'}: not followed by the Python SDK, whose pages read their fields from the response body's object`,
        );
  forEachResource(config.resources, (resource) => {
    for (const method of resource.methods)
      if (method.requestDefaults !== null && !method.skipPython)
        warn(
          `${method.where}.default_request_options`,
          "not followed by the Python SDK: the method has the client's timeout and retries",
        );
  });
}

function forEachResource(resources: StainlessResource[], visit: (resource: StainlessResource) => void): void {
  for (const resource of resources) {
    visit(resource);
    forEachResource(resource.subresources, visit);
  }
}
