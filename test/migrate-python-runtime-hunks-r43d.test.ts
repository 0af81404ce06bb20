/**
 * An owners' edit to one of Stainless's Python runtime modules that does not apply to sdkgen's module at that path (its
 * own runtime, other code) is reported edit by edit: where it was, and why it has no place in sdkgen's module
 * (runtime-hunks.ts). turbopuffer-python's owners replaced `openapi_dumps(json_data)` with `json.dumps(json_data)` in
 * `BaseClient._build_request`, which sdkgen's function encodes otherwise; composio-python's call a list-joining helper
 * of theirs at the top of `_transform_recursive`, a function sdkgen's `_transform.py` does not have (the helper itself
 * is carried).
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../generator/migrate/python/plan';
import { runtimeHunksReason } from '../generator/migrate/python/soundness/runtime-hunks';
import { baseOf, checkoutOf } from './helpers/plan-inputs';

const STAINLESS_CLIENT = `from __future__ import annotations

from ._utils import is_given, openapi_dumps


class BaseClient:
    def _build_request(self, options, json_data, files):
        kwargs = {}
        if files:
            kwargs["files"] = files
        elif not files:
            # Don't set content when JSON is sent as multipart/form-data,
            # since httpx's content param overrides other body arguments
            kwargs["content"] = openapi_dumps(json_data) if is_given(json_data) and json_data is not None else None
        return kwargs
`;
const OWNERS_CLIENT = STAINLESS_CLIENT.replace(
  '            kwargs["content"] = openapi_dumps(json_data)',
  '            # We use our own json library for serialization.\n            kwargs["content"] = json.dumps(json_data)',
);
const SDKGEN_CLIENT = `from __future__ import annotations

from ._utils import is_given


class BaseClient:
    def _build_request(self, options, json_data, files):
        kwargs = {}
        if json_data is not None:
            kwargs["content"] = self._encode_body(json_data)
        if files:
            kwargs["files"] = files
        return kwargs

    def _encode_body(self, json_data):
        return json_data
`;

const STAINLESS_TRANSFORM = `from __future__ import annotations


def _transform_recursive(data, annotation, inner_type=None):
    stripped_type = strip_annotated_type(inner_type)
    origin = get_origin(stripped_type) or stripped_type
    if is_typeddict(stripped_type) and is_mapping(data):
        return _transform_typeddict(data, stripped_type)
    return data
`;
const OWNERS_TRANSFORM =
  STAINLESS_TRANSFORM.replace(
    '    origin = get_origin(stripped_type) or stripped_type\n',
    '    origin = get_origin(stripped_type) or stripped_type\n\n    data = _maybe_convert_to_comma_string(data, stripped_type)\n\n',
  ) +
  '\n\ndef _maybe_convert_to_comma_string(data, annotation):\n    return ",".join(data) if isinstance(data, list) else data\n';
const SDKGEN_TRANSFORM = `from __future__ import annotations


def _transform_value(data, annotation):
    stripped = strip_annotated_type(annotation)
    if is_typeddict(stripped) and is_mapping(data):
        return _transform_typeddict(data, stripped)
    return data
`;

function plan() {
  const stainless = {
    'src/acme/_base_client.py': STAINLESS_CLIENT,
    'src/acme/_utils/_transform.py': STAINLESS_TRANSFORM,
  };
  const current = checkoutOf({
    'src/acme/_base_client.py': OWNERS_CLIENT,
    'src/acme/_utils/_transform.py': OWNERS_TRANSFORM,
  });
  const rendered = [
    { path: 'src/acme/_base_client.py', contents: SDKGEN_CLIENT },
    { path: 'src/acme/_utils/_transform.py', contents: SDKGEN_TRANSFORM },
  ];
  return planPythonMigration({ current, base: baseOf(stainless), rendered, importName: 'acme' });
}

describe("sdkgen migrate (Python): owners' edits to Stainless's runtime that do not apply to sdkgen's", () => {
  it('says for each edit where it was and what sdkgen’s module lacks for it', () => {
    const result = plan();
    const client = result.needsHand.find((n) => n.path === 'src/acme/_base_client.py')?.reason ?? '';
    expect(client).toContain("Stainless's runtime module");
    expect(client).toContain(
      'in `BaseClient._build_request`: sdkgen\'s function has no `kwargs["content"] = openapi_dumps(json_data)',
    );
    expect(client).toContain("it reads `json`, which sdkgen's module does not bind");
    const transformItems = result.needsHand.filter((n) => n.path === 'src/acme/_utils/_transform.py');
    const transform = transformItems.find((n) => n.reason.includes('_transform_recursive'))?.reason ?? '';
    expect(transform).toContain("in `_transform_recursive`: sdkgen's module has no such function");
    expect(transform).not.toContain('_maybe_convert_to_comma_string`, which sdkgen');
    // The helper of theirs only that call reads goes to a person with it (uncalled-functions.ts), not left uncalled.
    const helper = transformItems.find((n) => n.reason.startsWith('`_maybe_convert_to_comma_string`'))?.reason ?? '';
    expect(helper).toContain('only your edits that could not be carried call');
    const written = result.writes.find((f) => f.path === 'src/acme/_utils/_transform.py')?.contents ?? '';
    expect(written).not.toContain('def _maybe_convert_to_comma_string(data, annotation):');
    // Never lost: each edit is listed as made to Stainless's file.
    const rejected = result.rejected.flatMap((r) => r.hunks).join('\n');
    expect(rejected).toContain('+            kwargs["content"] = json.dumps(json_data)');
    expect(rejected).toContain('+    data = _maybe_convert_to_comma_string(data, stripped_type)');
    expect(rejected).toContain('def _maybe_convert_to_comma_string(data, annotation):');
  });

  it('names no keyword argument, word of a string or builtin exception as a name the edit reads', () => {
    // (openai-python's `_transform_recursive` edit passes `mode=`/`exclude=`; its `_client.py` raises with an f-string.)
    const hunk =
      '@@ -2 +2,4 @@\n-    return data\n+    if not data:\n+        raise ImportError(f"cannot be combined with {data}")\n' +
      '+    return data.model_dump(mode="json", exclude=unset)\n';
    const reason = runtimeHunksReason(
      'src/acme/_utils/_transform.py',
      [hunk],
      'def g(data):\n    return data\n',
      'x = 1\n',
      'acme',
    );
    expect(reason).toContain('it reads `data`, `unset`, which');
    expect(reason).not.toMatch(/`(?:mode|exclude|f|cannot|ImportError)`/);
  });

  it('names no word of a triple-quoted docstring as a name the edit reads', () => {
    // (replicate-python's `run` added to the client: "it reads `Run`, `a`, `model`…", the docstring's words.)
    const hunk =
      '@@ -2 +2,8 @@\n-    return data\n+    """\n+    Run a model and wait for its output.\n+\n' +
      "+    Args: ref, the model's name\n+    '''not closed here either\n+    \"\"\"\n+    return run_model(data)\n";
    const reason = runtimeHunksReason(
      'src/acme/_utils/_transform.py',
      [hunk],
      'def g(data):\n    return data\n',
      'x = 1\n',
      'acme',
    );
    expect(reason).toContain('it reads `run_model`, `data`, which');
    expect(reason).not.toMatch(/`(?:Run|a|model|wait|Args|ref|not)`/);
  });

  it("names the function an insertion stands in, where the line after it is a blank one (not 'the top level')", () => {
    // (openai-python's `workload_identity` block at the end of `AsyncOpenAI.__init__`, before a blank line and a
    // property: the hunk's first changed line stands where Stainless's file has that blank line.)
    const stainless = [
      'class AsyncAcme:',
      '    def __init__(self, api_key):',
      '        self.api_key = api_key',
      '',
      '    @property',
      '    def pets(self):',
      '        return 1',
      '',
    ].join('\n');
    const hunk =
      '@@ -3,3 +3,7 @@\n         self.api_key = api_key\n+\n+        if workload_identity is not None:\n' +
      '+            self._auth = WorkloadIdentityAuth(workload_identity)\n+\n \n     @property\n     def pets(self):\n';
    const reason =
      runtimeHunksReason('src/acme/_client.py', [hunk], stainless, 'class AsyncAcme:\n    pass\n', 'acme') ?? '';
    expect(reason).toContain('in `AsyncAcme.__init__`:');
    expect(reason).not.toContain('at the top level');
  });

  it("names no word of a docstring opened above the hunk (its lines are text in the owners' module)", () => {
    // (openai-python's `OpenAI.__init__` docstring, one line added before its closing quotes: "it reads `When`, …".)
    const stainless =
      'class Acme:\n    def __init__(self):\n        """Build it.\n\n        - `a` from `A`\n        """\n        self.a = 1\n';
    const hunk =
      '@@ -4,3 +4,5 @@\n \n         - `a` from `A`\n+\n+        When a provider is supplied, it is used.\n         """\n';
    const reason =
      runtimeHunksReason('src/acme/_client.py', [hunk], stainless, 'class Acme:\n    pass\n', 'acme') ?? '';
    expect(reason).toContain('in `Acme.__init__`:');
    expect(reason).not.toMatch(/`(?:When|provider|supplied|used)`/);
  });

  it("reads the scope where the hunk's lines stand, where the text has a line more above them than its numbers say", () => {
    // (openai-python's `_streaming.py`: a hunk taking `yield process_data(…)` out of `Stream.__stream__` read at the
    // blank line its numbers gave, "at the top level".)
    const stainless =
      '# banner\nimport x\n\n\nclass Stream:\n    def __stream__(self):\n        a()\n\n        yield b(\n            1,\n        )\n';
    const hunk = '@@ -6,5 +6,3 @@\n         a()\n-\n-        yield b(\n-            1,\n-        )\n';
    const reason = runtimeHunksReason('src/acme/_streaming.py', [hunk], stainless, 'x = 1\n', 'acme') ?? '';
    expect(reason).toContain("in `Stream.__stream__`: sdkgen's module has no such function");
  });

  it('reads a runtime module of a package of a dotted name (`cerebras.cloud.sdk`), and no module outside the package', () => {
    const stainless = 'class Stream:\n    def __stream__(self):\n        a()\n';
    const hunk = '@@ -3 +3 @@\n-        a()\n+        b()\n';
    const nested = 'src/cerebras/cloud/sdk/_streaming.py';
    expect(runtimeHunksReason(nested, [hunk], stainless, 'x = 1\n', 'cerebras.cloud.sdk')).toContain(
      "in `Stream.__stream__`: sdkgen's module has no such function",
    );
    expect(
      runtimeHunksReason('src/cerebras/_streaming.py', [hunk], stainless, 'x = 1\n', 'cerebras.cloud.sdk'),
    ).toBeNull();
  });

  it('names the function of a hunk that changes only a comment in it', () => {
    // (openai-python's `_calculate_retry_timeout`: one comment reworded.)
    const stainless =
      'class BaseClient:\n    def _retry(self):\n        n = 1\n\n        # Wait as long as it says.\n        return n\n';
    const hunk =
      '@@ -4,3 +4,3 @@\n \n-        # Wait as long as it says.\n+        # Honor the delay.\n         return n\n';
    const reason = runtimeHunksReason('src/acme/_base_client.py', [hunk], stainless, 'x = 1\n', 'acme') ?? '';
    expect(reason).toContain("in `BaseClient._retry`: sdkgen's module has no such function");
  });

  it('names the function of the lines a replacement takes out', () => {
    const stainless = 'x = 1\n\n\ndef g(data):\n    return data\n';
    const hunk = '@@ -5 +5 @@\n-    return data\n+    return data or None\n';
    const reason = runtimeHunksReason('src/acme/_utils/_transform.py', [hunk], stainless, 'x = 1\n', 'acme') ?? '';
    expect(reason).toContain("in `g`: sdkgen's module has no such function");
  });

  it('gives no such reason outside the runtime', () => {
    expect(runtimeHunksReason('src/acme/resources/users.py', ['@@ -1 +1 @@\n-a\n+b'], 'a\n', 'a\n', 'acme')).toBeNull();
  });
});
