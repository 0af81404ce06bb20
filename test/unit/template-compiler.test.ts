/**
 * The template compiler against Handlebars itself: each template is rendered both ways, with the same partials,
 * and must give the same text, or the same error.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_PARAMETERS, compileTemplate } from '../../generator/emit/template-compiler';
import { type CompiledTemplate, type Partials, templateRuntime } from '../../generator/emit/template-runtime';

const OPTIONS = { noEscape: true, strict: true };

function compiled(text: string): CompiledTemplate {
  const body = compileTemplate(Handlebars.parse(text));
  if (body === null) throw new Error(`not compiled: ${text}`);
  return new Function(...TEMPLATE_PARAMETERS, body) as CompiledTemplate;
}

/** The text (or error message) of `template` for `view`, rendered by Handlebars and by the compiled code. */
function renderBoth(template: string, view: unknown, partials: Record<string, string> = {}) {
  const handlebars = Handlebars.create();
  for (const [name, text] of Object.entries(partials)) handlebars.registerPartial(name, text);
  const table: Partials = Object.create(null);
  for (const [name, text] of Object.entries(partials)) {
    const render = compiled(text);
    table[name] = (context, data) => render(context, data, templateRuntime, table);
  }
  const outcome = (render: () => string) => {
    try {
      return { text: render() };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  return {
    handlebars: outcome(() => handlebars.compile(template, OPTIONS)(view)),
    compiled: outcome(() => compiled(template)(view, { root: view }, templateRuntime, table)),
  };
}

function expectSame(template: string, view: unknown, partials?: Record<string, string>) {
  const { handlebars, compiled: ours } = renderBoth(template, view, partials);
  expect(ours).toEqual(handlebars);
  return handlebars;
}

describe('compiled templates render what Handlebars renders', () => {
  it('fields, paths, this, @root, and values of every type', () => {
    const view = { name: 'Pets', n: 0, no: false, nothing: null, list: ['a', 'b'], nested: { deep: { x: 1 } } };
    expect(
      expectSame('{{name}} {{n}} {{no}} [{{nothing}}] {{list}} {{nested.deep.x}} {{this.name}} {{./n}}', view),
    ).toEqual({ text: 'Pets 0 false [] a,b 1 Pets 0' });
    expectSame('{{@root.name}}{{#each list}}{{@root.name}}{{this}}{{.}}{{/each}}', view);
    expectSame('{{nested}}', view);
    expectSame('{{#with nested}}{{#with deep}}{{x}},{{../deep.x}}{{../../name}}{{/with}}{{/with}}', view);
  });

  it('appends values as text where Handlebars would add two numbers that open a block', () => {
    const { handlebars, compiled: ours } = renderBoth('{{#each list}}{{a}}{{b}}|{{/each}}', { list: [{ a: 1, b: 2 }] });
    expect(handlebars).toEqual({ text: '3|' });
    expect(ours).toEqual({ text: '12|' });
  });

  it('missing fields: the same error, with the line and column', () => {
    const view = { a: { b: 1 }, list: [{ x: 1 }] };
    expect(expectSame('line\n  {{missing}}', view).error).toBe('"missing" not defined in [object Object] - 2:4');
    expect(expectSame('{{a.c}}', view).error).toContain('"c" not defined');
    expectSame('{{nope.c}}', view);
    expectSame('{{#each list}}{{y}}{{/each}}', view);
    expectSame('{{@root.nope}}', view);
    expectSame('{{@index}}', view);
    // Helper arguments are read without the check: a missing one is undefined.
    expect(expectSame('{{#if missing}}yes{{else}}no{{/if}}', view)).toEqual({ text: 'no' });
    expectSame('{{#if missing.deeper}}yes{{/if}}', view);
    // An inherited field is not read, and not there for the strict check either way.
    expectSame('{{#if constructor}}yes{{else}}no{{/if}} {{#if toString}}y{{/if}}', view);
    expectSame('{{toString}}', view);
  });

  it('#if and #unless: falsy values, empty arrays, includeZero, else chains', () => {
    for (const value of [0, 1, '', 'x', [], [0], {}, null, undefined, false, true, Number.NaN])
      expectSame(
        '{{#if v}}T{{else}}F{{/if}}{{#unless v}}U{{/unless}}{{#if v includeZero=true}}Z{{/if}}{{#if v}}{{else if w}}W{{else}}E{{/if}}',
        { v: value, w: 1 },
      );
  });

  it('#each over arrays, sparse arrays, objects, Maps and nothing, with @index, @key, @first, @last and else', () => {
    const template =
      '{{#each items}}[{{@index}}:{{@key}}:{{@first}}:{{@last}}={{this}}]{{#each ../inner}}({{@index}}{{@../index}}{{../../tag}}){{/each}}{{else}}none{{/each}}';
    const sparse = ['a', 'b', 'c'];
    delete sparse[1];
    for (const items of [
      ['x', 'y', 'z'],
      sparse,
      { k: 1, l: 2 },
      new Map([['m', 1]]),
      new Set(['s']),
      [],
      {},
      0,
      'str',
      null,
    ])
      expectSame(template, { items, inner: [1, 2], tag: 'T' });
  });

  it('#with: a new context, else for empty values (0 is not empty)', () => {
    for (const value of [{ a: 1 }, 0, [], [1], '', null])
      expectSame('{{#with v}}<{{this}}>{{else}}empty{{/with}}', { v: value });
  });

  it('../ follows the contexts that changed, not every block', () => {
    const view = { name: 'root', list: [{ name: 'one', sub: [{ name: 'leaf' }] }] };
    expectSame(
      '{{#each list}}{{#if name}}{{../name}}{{#each sub}}{{../name}}/{{../../name}}{{#with this}}{{../name}}{{/with}}{{/each}}{{/if}}{{/each}}',
      view,
    );
    // An item that is the context itself adds no level.
    const self: Record<string, unknown> = { name: 'self' };
    self.items = [self];
    expectSame('{{#each items}}{{../name}}{{/each}}', self);
  });

  it('function-valued fields are called with the context', () => {
    const view = {
      greet(this: { who: string }) {
        return `hi ${this.who}`;
      },
      who: 'you',
      list: () => [1, 2],
    };
    expectSame('{{greet}} {{#if greet}}y{{/if}} {{#each list}}{{this}}{{/each}}', view);
  });

  it('whitespace control, comments and standalone lines', () => {
    const view = { a: 1, list: [1, 2] };
    expectSame(
      'x  {{~a~}}  y\n{{! comment }}\n{{!-- block --}}\n  {{#each list}}\n  - {{this}}\n  {{/each}}\nend',
      view,
    );
    expectSame('{{#if a~}}\n   spaced   \n{{~/if}}', view);
  });

  it('partials: standalone ones indented, a context argument, key=value arguments, dynamic names', () => {
    const partials = {
      line: '{{name}}\n\n{{#each list}}- {{this}}\n{{/each}}',
      args: '{{name}}:{{extra}}:{{@root.name}}:{{@index}}',
      dyn: 'dynamic {{name}}',
    };
    const view = {
      name: 'root',
      list: [1, 2],
      child: { name: 'child', list: [3] },
      partial: 'dyn',
      entries: [{ name: 'e' }],
    };
    expectSame('before\n  {{> line}}\nafter {{> line child}}\n    {{> dyn}}\nend', view, partials);
    expectSame('{{#each entries}}{{> args extra="x"}}|{{> args ../child extra=@index}}{{/each}}', view, partials);
    expectSame(
      '{{> (lookup . "partial")}} {{lookup child "name"}} {{lookup nothing "x"}}',
      { ...view, nothing: null },
      partials,
    );
    expectSame('{{> missing}}', view, partials);
    expectSame('{{> (lookup . "none")}}', view, partials);
  });

  it('leaves what it does not compile to Handlebars', () => {
    for (const template of [
      '{{#each list as |item|}}{{item}}{{/each}}',
      '{{#custom}}x{{/custom}}',
      '{{helper arg}}',
      '{{log "x"}}',
      '{{#> layout}}x{{/layout}}',
      '{{#*inline "p"}}x{{/inline}}',
      '{{^list}}none{{/list}}',
      '{{"literal"}}',
      '{{#each}}x{{/each}}',
      '{{#if a b}}x{{/if}}',
      '{{each}}',
    ])
      expect(compileTemplate(Handlebars.parse(template)), template).toBeNull();
  });

  it('puts template text and names into the code only as string literals', () => {
    const body = compileTemplate(Handlebars.parse('"); process.exit(1); ("{{[a"b]}}{{> [x"y] }}'))!;
    expect(body).toContain(JSON.stringify('"); process.exit(1); ("'));
    expectSame('"); process.exit(1); ("{{[a"b]}}', { 'a"b': '`${x}`' });
  });
});
