/**
 * Resource modules (`resources/**.py`) printed in Ruff's layout (issue 91): the statements Ruff splits (a request
 * call, a multipart body, a long parameter annotation, a wrapper with a pragma comment) come out as Ruff's formatter
 * writes them, checked against Ruff's WebAssembly build itself; and a fixture's resource modules are flagged and
 * left unchanged by Ruff.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';
import { formatPython } from '../../generator/format/ruff';
import {
  callExpr,
  flatExpr,
  literalExpr,
  ResourceLayout,
  type ResourceExpr,
} from '../../generator/emit/python/resources/print-resource-layout';

const INDENT = '        ';

/** Ruff's layout of `line` (a statement of a method body, written on one line). */
function ruffLayout(line: string): string {
  const module = `class A:\n    def f(self):\n${line}\n`;
  return formatPython(module, 'a.py').slice('class A:\n    def f(self):\n'.length).trimEnd();
}

function laidOut(prefix: string, expr: ResourceExpr, comment = ''): { lines: string; inLayout: boolean } {
  const layout = new ResourceLayout(true);
  const lines = layout.statement(INDENT, prefix, expr, comment).join('\n');
  return { lines, inLayout: layout.inLayout };
}

const options = callExpr('options=make_request_options', [
  'extra_headers=extra_headers',
  'extra_query=extra_query',
  'extra_body=extra_body',
  'timeout=timeout',
]);

describe('resource statements in Ruff layout', () => {
  it.each<[string, string, ResourceExpr]>([
    [
      'an awaited request: arguments one a line, the options together on a line of their own',
      'return ',
      callExpr('await self._post', [
        '"/files/uploads"',
        callExpr('body=await async_maybe_transform', ['body', 'file_create_params.FileCreateParams']),
        options,
        'cast_to=FileObject',
      ]),
    ],
    [
      'a result cast back: the request split inside the cast',
      'return ',
      callExpr('cast', ['ListResponseOfAVeryLongName', callExpr('await self._get', ['"/x"', options, 'cast_to=X'])]),
    ],
    [
      'a lone argument: a dict one entry a line, no comma after it',
      'body = ',
      callExpr('deepcopy_minimal', [
        literalExpr('{', [
          '"file": file',
          '"purpose": purpose',
          '"a_rather_long_field_name": a_rather_long_field_name',
          '"another_field": another_field',
        ]),
      ]),
    ],
    [
      'headers: a dict literal never kept together',
      'extra_headers = ',
      literalExpr('{', [
        '"Accept": "application/vnd.example.long-document-type+json; charset=utf-8"',
        '**(extra_headers or {})',
      ]),
    ],
    [
      'a call that fits: one line',
      'return ',
      callExpr('self._get', ['"/x"', callExpr('options=make_request_options', ['timeout=timeout']), 'cast_to=X']),
    ],
  ])('%s', (_name, prefix, expr) => {
    const { lines, inLayout } = laidOut(prefix, expr);
    expect(inLayout).toBe(true);
    expect(lines).toBe(ruffLayout(`${INDENT}${prefix}${flatExpr(expr)}`));
  });

  it('the exact split of a request call', () => {
    const request = callExpr('self._get', [
      'f"/organizations/{organization_id}/members"',
      options,
      'cast_to=OrganizationMemberListResponse',
    ]);
    expect(laidOut('return ', request).lines).toBe(
      [
        '        return self._get(',
        '            f"/organizations/{organization_id}/members",',
        '            options=make_request_options(',
        '                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout',
        '            ),',
        '            cast_to=OrganizationMemberListResponse,',
        '        )',
      ].join('\n'),
    );
  });

  it('a pragma comment stays out of the width: after the line, or after the closing bracket', () => {
    const comment = '  # pyright: ignore[reportDeprecated]';
    for (const name of ['invoke_tool', 'invoke_tool_with_a_much_longer_name_than_usual_for_a_method']) {
      const wrapper = callExpr('async_to_streamed_response_wrapper', [`tool_runtime.${name}`]);
      const { lines, inLayout } = laidOut(`self.${name} = `, wrapper, comment);
      expect(inLayout).toBe(true);
      expect(lines).toBe(ruffLayout(`${INDENT}self.${name} = ${flatExpr(wrapper)}${comment}`));
    }
  });

  it('a long parameter: `| Omit` on a line of its own first, then the annotation split', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `"value_number_${i}"`).join(', ');
    const cases: Array<[string, boolean]> = [
      [`Literal[${values(7)}]`, true],
      [`Literal[${values(8)}]`, true],
      [`Iterable[Literal[${values(9)}]]`, true],
      [`Literal[${values(8)}]`, false],
      [`Union[str, Iterable[Union[${values(4)}, ${values(5)}]]]`, false],
    ];
    for (const [annotation, omittable] of cases) {
      const layout = new ResourceLayout(true);
      const lines = layout.parameter(INDENT, 'category', annotation, omittable);
      const flatParam = `${INDENT}category: ${annotation}${omittable ? ' | Omit = omit' : ''},`;
      const signature = (params: string[]) => `class A:\n    def f(\n        self,\n${params.join('\n')}\n    ): ...\n`;
      expect(layout.inLayout).toBe(true);
      expect(signature(lines)).toBe(formatPython(signature([flatParam]), 'a.py'));
    }
  });

  it('a keyword argument written as a list of lists (`security=`): split as a list display', () => {
    const schemes =
      '[["oauth2", "basic"], ["bearer", "bearer_jwt"], ["bearer_jwt"], ["basic"], ["api_key_cookie", "api_key_header", "api_key_query"]]';
    const request = callExpr('self._post', [
      '"/anything/many-and-or"',
      callExpr('options=make_request_options', ['extra_headers=extra_headers', `security=${schemes}`]),
      'cast_to=NoneType',
    ]);
    const { lines, inLayout } = laidOut('return ', request);
    expect(inLayout).toBe(true);
    expect(lines).toBe(ruffLayout(`${INDENT}return ${flatExpr(request)}`));
  });

  it('a string too long for any line is left long on a line of its own, as Ruff leaves it', () => {
    const long = `"${'x'.repeat(130)}"`;
    const layout = new ResourceLayout(true);
    const lines = layout.statement(INDENT, 'raise ', callExpr('ValueError', [long]));
    expect(layout.inLayout).toBe(true);
    expect(lines).toEqual([`${INDENT}raise ValueError(`, `${INDENT}    ${long}`, `${INDENT})`]);
    const module = `def f() -> None:\n    if True:\n${lines.join('\n')}\n`;
    expect(formatPython(module, 'm.py')).toBe(module);
  });
});

describe('resource modules of a generated SDK', () => {
  it.each(['bodies.yaml', 'typed-examples.yaml', 'switches.yaml'])(
    '%s: every resource module flagged, and as Ruff leaves it',
    async (fixture) => {
      const dir = path.join(import.meta.dirname, 'fixtures');
      const config = fixture === 'switches.yaml' ? path.join(dir, 'switches.stainless.yml') : null;
      const result = await generate({ spec: path.join(dir, fixture), config, target: 'python' });
      const resources = result.files.filter(
        (f) => /\/resources\/.*\.py$/.test(f.path) && !f.path.endsWith('__init__.py'),
      );
      expect(resources.length).toBeGreaterThan(0);
      for (const file of resources) {
        expect(file.inFormatterLayout, file.path).toBe(true);
        expect(formatPython(file.contents, file.path), file.path).toBe(file.contents);
      }
      // The split calls are there (a request too long for one line).
      expect(resources.some((f) => /\n {8}return (await )?self\._\w+\(\n/.test(f.contents))).toBe(true);
    },
    30_000,
  );
});
