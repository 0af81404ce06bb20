/**
 * Generates the JSON Schema of the template views (templates/views.schema.json) from the interfaces of
 * the modules views/index.ts re-exports, with the TypeScript compiler API. Every interface and every field must have a doc comment
 * (it becomes the schema's description): an undocumented field is an error here, so the contract can't
 * grow an undocumented field. Objects are closed (`additionalProperties: false`), so a view that carries a
 * field the views do not declare fails validation.
 *
 * The schema describes the output of `sdkgen ir <spec> --format json`: `{ files: [{ path, template,
 * viewType, view }], runtime }`, with every view interface under `definitions`.
 *
 *   npm run view-schema            # rewrite templates/views.schema.json
 *
 * Not part of the CLI bundle (it needs the `typescript` package, a dev dependency).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export type JsonSchema = { [key: string]: unknown };

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VIEWS_INDEX = 'generator/emit/typescript/views/index.ts';

/** generator/emit/typescript/views/index.ts, found from this module (source) or the repository root (bundle). */
export function viewsFile(root = findRoot()): string {
  return path.join(root, VIEWS_INDEX);
}

export function schemaFile(root = findRoot()): string {
  return path.join(root, 'templates/views.schema.json');
}

function findRoot(): string {
  let dir = HERE;
  for (let i = 0; i < 5; i++) {
    if (ts.sys.fileExists(path.join(dir, VIEWS_INDEX))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** `index` and the modules it re-exports (`export type * from './x'`), in the order it lists them. */
function viewModules(program: ts.Program, index: string): ts.SourceFile[] {
  const source = program.getSourceFile(index);
  if (!source) throw new Error(`cannot read ${index}`);
  const modules = [source];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const file = path.join(path.dirname(index), `${specifier}.ts`);
    const module = program.getSourceFile(file);
    if (!module) throw new Error(`cannot read ${file}`);
    modules.push(module);
  }
  return modules;
}

export function buildViewSchema(file = viewsFile()): JsonSchema {
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const sources = new Set(viewModules(program, file));
  const problems: string[] = [];
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const source of sources) {
    for (const statement of source.statements) {
      if (
        ts.isInterfaceDeclaration(statement) &&
        statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      ) {
        interfaces.set(statement.name.text, statement);
      }
    }
  }

  const docOf = (symbol: ts.Symbol): string => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();

  const schemaOf = (type: ts.Type, where: string): JsonSchema => {
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.flags & ts.TypeFlags.StringLiteral) return { const: (type as ts.StringLiteralType).value };
    if (type.isUnion()) {
      const literals = type.types.filter((t) => t.flags & ts.TypeFlags.StringLiteral);
      if (literals.length === type.types.length)
        return { enum: literals.map((t) => (t as ts.StringLiteralType).value) };
      return { anyOf: type.types.map((t) => schemaOf(t, where)) };
    }
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: schemaOf(item, `${where}[]`) };
    }
    const symbol = type.getSymbol();
    if (
      symbol &&
      interfaces.has(symbol.getName()) &&
      symbol.declarations?.some((d) => sources.has(d.getSourceFile()))
    ) {
      return { $ref: `#/definitions/${symbol.getName()}` };
    }
    if (type.flags & ts.TypeFlags.Object) return objectSchema(type, where);
    problems.push(`${where}: unsupported type ${checker.typeToString(type)}`);
    return {};
  };

  const objectSchema = (type: ts.Type, where: string): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName();
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration) continue;
      const description = docOf(property);
      if (!description) problems.push(`${where}.${name} has no doc comment`);
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      let propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      if (optional) propertyType = checker.getNonNullableType(propertyType);
      properties[name] = { description, ...schemaOf(propertyType, `${where}.${name}`) };
      if (!optional) required.push(name);
    }
    return { type: 'object', properties, required, additionalProperties: false };
  };

  const definitions: Record<string, JsonSchema> = {};
  for (const [name, declaration] of interfaces) {
    const symbol = checker.getSymbolAtLocation(declaration.name)!;
    const description = docOf(symbol);
    if (!description) problems.push(`${name} has no doc comment`);
    definitions[name] = { description, ...objectSchema(checker.getDeclaredTypeOfSymbol(symbol), name) };
  }
  if (problems.length > 0)
    throw new Error(`the views do not document their contract fully:\n  ${problems.join('\n  ')}`);

  const viewEntries = [
    'CommonView',
    'ClientView',
    'TreeShakableView',
    'ResourceView',
    'MethodView',
    'FuncView',
    'SchemaModuleView',
    'IndexView',
    'PaginationView',
    'DocsView',
    'ResourceTestView',
    'StainlessResourceTestView',
    'HarnessView',
    'ClientTestView',
    'RuntimeTestView',
    'RuntimeView',
    'PackageView',
    'BuildView',
    'LicenseView',
    'WorkflowView',
    'McpServerView',
    'ResourceDocsView',
    'ModelDocsView',
  ].filter((n) => n in definitions);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'sdkgen template views',
    description:
      'The data every sdkgen template is rendered with: the output of `sdkgen ir <spec> --format json`. ' +
      'Generated from generator/emit/typescript/views/ by `npm run view-schema`; do not edit by hand.',
    type: 'object',
    properties: {
      files: {
        description:
          "Every planned file: its output path, the logical template that renders it, and that template's view.",
        type: 'array',
        items: { $ref: '#/definitions/PlannedFile' },
      },
      runtime: {
        description: 'The view `.ts.hbs` runtime files are rendered with.',
        $ref: '#/definitions/RuntimeView',
      },
    },
    required: ['files', 'runtime'],
    additionalProperties: false,
    definitions: {
      PlannedFile: {
        description: 'One output file and the view its template receives, tagged with the name of the view type.',
        anyOf: viewEntries.map((name) => ({
          type: 'object',
          properties: {
            path: { description: 'Output path relative to the SDK root.', type: 'string' },
            template: { description: 'Logical template path, looked up through the template layers.', type: 'string' },
            viewType: { description: 'Name of the view interface in generator/emit/typescript/views/.', const: name },
            view: { $ref: `#/definitions/${name}` },
          },
          required: ['path', 'template', 'viewType', 'view'],
          additionalProperties: false,
        })),
      },
      ...definitions,
    },
  };
}

export function viewSchemaText(file = viewsFile()): string {
  return `${JSON.stringify(buildViewSchema(file), null, 2)}\n`;
}

const invoked = process.argv[1] && /view-schema(\.gen)?\.(m?js|ts)$/.test(process.argv[1]);
if (invoked) {
  const target = schemaFile();
  writeFileSync(target, viewSchemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
