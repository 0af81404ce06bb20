/**
 * Handlebars templates → plain JavaScript. A template is parsed by Handlebars' own parser (which also applies its
 * whitespace control and standalone-line rules) and compiled here into one function that builds the text with
 * `+=`: blocks become `if`s and `for` loops over the view, partials direct calls. Handlebars' own compiled code
 * goes through its runtime for every block and lookup (an options object per helper call, a closure per block, a
 * data frame per iteration); this code does not, and renders the same text.
 *
 * The semantics are Handlebars 4.7's with `strict: true, noEscape: true` (render.ts), for the helpers Handlebars
 * has built in — sdkgen registers none:
 * - `{{x}}`, `{{a.b}}`, `{{@root.x}}`: a missing last field is an error naming it and its line:column;
 * - `#if`, `#unless` (with `includeZero=`), `#each` (arrays, iterables, objects; `@index`, `@key`, `@first`,
 *   `@last`), `#with`, each with `{{else}}`, and `lookup`;
 * - `{{> name}}`, `{{> name context key=value}}`, `{{> (lookup . 'field')}}`, indented when standalone;
 * - `../` walks up the contexts the way Handlebars' depths do (a block that keeps its context adds no level).
 * Anything else (block params, decorators, partial blocks, inline partials, other helpers) is not compiled:
 * compileTemplate() returns null and the renderer falls back to Handlebars for every template.
 * One difference, on purpose: values are appended as text. Handlebars' code joins a block's parts with `+`, so two
 * numbers (or booleans) that open a block are added: `{{a}}{{b}}` with 1 and 2 gives `3` there, `12` here.
 *
 * Names and text from the template reach the code only as JSON string literals.
 */
// The AST types are Handlebars' global `hbs.AST` namespace (handlebars/types).
import type {} from 'handlebars';

type Program = hbs.AST.Program;
type Node = hbs.AST.Statement;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;

/** Changes whenever the code this module emits changes meaning (dist/base-templates.js records it). */
export const TEMPLATE_CODE_VERSION = 'sdkgen-template-code/2';

/** The compiled function's parameters: the view, the data frame (`@root`, `@index`…), the runtime, the partials. */
export const TEMPLATE_PARAMETERS = ['c0', 'd0', 'rt', 'partials'] as const;

/** The helpers Handlebars has built in: a field of one of these names would be read as the helper. */
const BUILT_IN_HELPERS = new Set([
  'blockHelperMissing',
  'each',
  'helperMissing',
  'if',
  'log',
  'lookup',
  'unless',
  'with',
]);

class Unsupported extends Error {}

/** Where a block's code runs: the variables holding its context, its data frame and (when used) its depths. */
interface Scope {
  context: string;
  data: string;
  /** The depths array variable (Handlebars' context stack for `../`), or null when the template uses no `../`. */
  depths: string | null;
}

/**
 * The body of `function (c0, d0, rt, partials)` rendering `program` (from Handlebars.parse), or null when the
 * template uses something this compiler leaves to Handlebars.
 */
export function compileTemplate(program: Program): string | null {
  try {
    return new Compiler(usesDepths(program)).template(program);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

class Compiler {
  private variables = 0;

  constructor(private readonly withDepths: boolean) {}

  template(program: Program): string {
    if (program.blockParams?.length) throw new Unsupported();
    const scope: Scope = { context: 'c0', data: 'd0', depths: this.withDepths ? 'k0' : null };
    const lines = ['let out = "";'];
    if (scope.depths) lines.push(`const k0 = [c0];`);
    lines.push(...this.statements(program, scope), 'return out;');
    return lines.join('\n');
  }

  private fresh(prefix: string): string {
    return `${prefix}${++this.variables}`;
  }

  private statements(program: Program | undefined, scope: Scope): string[] {
    if (!program) return [];
    if (program.blockParams?.length) throw new Unsupported();
    const out: string[] = [];
    for (const node of program.body) out.push(...this.statement(node, scope));
    return out;
  }

  private statement(node: Node, scope: Scope): string[] {
    switch (node.type) {
      case 'ContentStatement': {
        const value = (node as hbs.AST.ContentStatement).value;
        return value ? [`out += ${JSON.stringify(value)};`] : [];
      }
      case 'CommentStatement':
        return [];
      case 'MustacheStatement':
        return [`out += ${this.mustache(node as hbs.AST.MustacheStatement, scope)};`];
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement, scope);
      case 'PartialStatement':
        return [`out += ${this.partial(node as hbs.AST.PartialStatement, scope)};`];
      default:
        throw new Unsupported(); // decorators, partial blocks, inline partials
    }
  }

  /** `{{x}}`: the value as text ('' for null / undefined); a missing last field throws. */
  private mustache(node: hbs.AST.MustacheStatement, scope: Scope): string {
    const path = node.path;
    if (path.type !== 'PathExpression') throw new Unsupported(); // `{{"literal"}}`
    const p = path as PathExpression;
    if (node.params.length > 0 || node.hash) {
      if (isHelper(p, 'lookup')) return `rt.text(${this.lookupHelper(node.params, node.hash, scope)})`;
      throw new Unsupported();
    }
    if (isSimpleId(p) && BUILT_IN_HELPERS.has(p.parts[0])) throw new Unsupported();
    if (p.parts.length === 0) return `rt.text(rt.called(${this.base(p, scope)}, ${scope.context}))`;
    return this.strictPath(p, scope);
  }

  /** A mustache's text, whose last field must exist (Handlebars' strict lookup of a mustache's own path). */
  private strictPath(path: PathExpression, scope: Scope): string {
    const head = path.parts
      .slice(0, -1)
      .reduce((code, part) => `rt.get(${code}, ${JSON.stringify(part)})`, this.base(path, scope));
    const last = path.parts[path.parts.length - 1];
    const { line, column } = path.loc.start;
    return `rt.field(${head}, ${JSON.stringify(last)}, ${scope.context}, ${line}, ${column})`;
  }

  /** What a path starts from: the data frame (`@`), this context or one `../` up. */
  private base(path: PathExpression, scope: Scope): string {
    if (path.data) return path.depth > 0 ? `rt.dataUp(${scope.data}, ${path.depth})` : scope.data;
    if (path.depth === 0) return scope.context;
    if (!scope.depths) throw new Error('a `../` path in a template compiled without depths'); // usesDepths() missed it
    return `${scope.depths}[${path.depth}]`;
  }

  /** A parameter's value: a path read without the strict check (as Handlebars reads helper arguments), a literal… */
  private expression(node: Expression, scope: Scope): string {
    switch (node.type) {
      case 'PathExpression': {
        const path = node as PathExpression;
        return path.parts.reduce((code, part) => `rt.get(${code}, ${JSON.stringify(part)})`, this.base(path, scope));
      }
      case 'SubExpression': {
        const sub = node as hbs.AST.SubExpression;
        if (sub.path.type === 'PathExpression' && isHelper(sub.path as PathExpression, 'lookup'))
          return this.lookupHelper(sub.params, sub.hash, scope);
        throw new Unsupported();
      }
      case 'StringLiteral':
        return JSON.stringify((node as hbs.AST.StringLiteral).value);
      case 'NumberLiteral':
        return String(Number((node as hbs.AST.NumberLiteral).value));
      case 'BooleanLiteral':
        return (node as hbs.AST.BooleanLiteral).value ? 'true' : 'false';
      case 'NullLiteral':
        return 'null';
      case 'UndefinedLiteral':
        return 'undefined';
      default:
        throw new Unsupported();
    }
  }

  /** `lookup obj field`: the field of obj (obj itself when it is falsy). */
  private lookupHelper(params: Expression[], hash: hbs.AST.Hash | undefined, scope: Scope): string {
    if (params.length !== 2 || hash) throw new Unsupported();
    return `rt.lookup(${this.expression(params[0], scope)}, ${this.expression(params[1], scope)})`;
  }

  private block(node: hbs.AST.BlockStatement, scope: Scope): string[] {
    const path = node.path as PathExpression;
    if (path.type !== 'PathExpression' || !isSimpleId(path) || node.program?.blockParams?.length)
      throw new Unsupported();
    const helper = path.parts[0];
    if (node.params.length !== 1) throw new Unsupported(); // Handlebars reports the wrong count when it renders
    const argument = this.expression(node.params[0], scope);
    switch (helper) {
      case 'if':
      case 'unless': {
        const includeZero = this.includeZero(node.hash, scope);
        const test = `rt.truthy(${argument}, ${scope.context}, ${includeZero})`;
        const [first, second] = helper === 'if' ? [node.program, node.inverse] : [node.inverse, node.program];
        return this.ifElse(test, this.statements(first, scope), this.statements(second, scope));
      }
      case 'each':
        if (node.hash) throw new Unsupported();
        return this.each(argument, node, scope);
      case 'with': {
        if (node.hash) throw new Unsupported();
        const value = this.fresh('c');
        const inner = this.enter(value, scope.data, scope);
        return [
          `const ${value} = rt.called(${argument}, ${scope.context});`,
          ...this.ifElse(
            `!rt.isEmpty(${value})`,
            [...inner.setup, ...this.statements(node.program, inner.scope)],
            this.statements(node.inverse, scope),
          ),
        ];
      }
      default:
        throw new Unsupported();
    }
  }

  private includeZero(hash: hbs.AST.Hash | undefined, scope: Scope): string {
    if (!hash) return 'false';
    if (hash.pairs.length !== 1 || hash.pairs[0].key !== 'includeZero') throw new Unsupported();
    return this.expression(hash.pairs[0].value, scope);
  }

  private ifElse(test: string, then: string[], otherwise: string[]): string[] {
    if (then.length === 0 && otherwise.length === 0) return [`${test};`];
    const lines = [`if (${test}) {`, ...then];
    if (otherwise.length > 0) lines.push('} else {', ...otherwise);
    lines.push('}');
    return lines;
  }

  /** A block with a new context: its variables, and the depths it sees (pushed only when the context changes). */
  private enter(context: string, data: string, scope: Scope): { scope: Scope; setup: string[] } {
    if (!scope.depths) return { scope: { context, data, depths: null }, setup: [] };
    const depths = this.fresh('k');
    return {
      scope: { context, data, depths },
      setup: [
        `const ${depths} = ${context} != ${scope.depths}[0] ? [${context}].concat(${scope.depths}) : ${scope.depths};`,
      ],
    };
  }

  /** `#each`: Handlebars' one frame per block, updated for each item; `{{else}}` when there was none. */
  private each(argument: string, node: hbs.AST.BlockStatement, scope: Scope): string[] {
    const items = this.fresh('e');
    const frame = this.fresh('d');
    const index = this.fresh('i');
    const context = this.fresh('c');
    const inner = this.enter(context, frame, scope);
    return [
      `const ${items} = rt.items(rt.called(${argument}, ${scope.context}));`,
      `const ${frame} = rt.frame(${scope.data});`,
      `for (let ${index} = 0; ${index} < ${items}.values.length; ${index}++) {`,
      `if (${items}.holes && !(${index} in ${items}.values)) continue;`,
      `${frame}.key = ${items}.keys === null ? ${index} : ${items}.keys[${index}];`,
      `${frame}.index = ${index};`,
      `${frame}.first = ${index} === 0;`,
      `${frame}.last = ${index} === ${items}.values.length - 1;`,
      `const ${context} = ${items}.values[${index}];`,
      ...inner.setup,
      ...this.statements(node.program, inner.scope),
      '}',
      ...(node.inverse ? [`if (${items}.values.length === 0) {`, ...this.statements(node.inverse, scope), '}'] : []),
    ];
  }

  /** `{{> name}}`: the partial's text, each line indented when the partial stands alone on its line. */
  private partial(node: hbs.AST.PartialStatement, scope: Scope): string {
    if (node.params.length > 1) throw new Unsupported();
    const name =
      node.name.type === 'SubExpression'
        ? this.expression(node.name, scope)
        : JSON.stringify((node.name as PathExpression).original);
    let context = node.params.length === 1 ? this.expression(node.params[0], scope) : scope.context;
    if (node.hash) {
      const pairs = node.hash.pairs.map((pair) => `${JSON.stringify(pair.key)}: ${this.expression(pair.value, scope)}`);
      context = `rt.extend(${context}, { ${pairs.join(', ')} })`;
    }
    return `rt.partial(partials, ${name}, ${context}, ${scope.data}, ${JSON.stringify(node.indent ?? '')})`;
  }
}

/** `{{name}}`: one field, no `this.`, `./` or `../` (Handlebars' simpleId, which may name a helper). */
function isSimpleId(path: PathExpression): boolean {
  return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth && !path.data;
}

function isHelper(path: PathExpression, name: string): boolean {
  return isSimpleId(path) && path.parts[0] === name;
}

/** Whether any path in the template goes up (`../`): only then does the code keep Handlebars' depths. */
function usesDepths(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(usesDepths);
  const record = node as Record<string, unknown>;
  if (record.type === 'PathExpression' && typeof record.depth === 'number' && record.depth > 0 && !record.data)
    return true;
  return Object.entries(record).some(([key, value]) => key !== 'loc' && usesDepths(value));
}
