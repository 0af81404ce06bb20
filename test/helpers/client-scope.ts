/**
 * The names a generated module refers to beside its client's: what a client class named after an API's title must
 * not be (generator/naming/client-scope.ts declares them). Read from a module's code, its strings and comments left
 * out: capitalized names only (a client's name is PascalCase, so never one with `_` in it), not after a `.` (a
 * member), not the API's own (imported from its resources or types), not the client's (`own`). A module of the API's
 * own (a resource, its test) declares the API's names, which the naming pass settles: there only the names it imports
 * count.
 */

/** Python code without its comments and strings (each string left as `""`). */
export function pythonCode(source: string): string {
  return source.replace(
    /#[^\n]*|[rbfRBF]{0,2}("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/g,
    (m) => (m.startsWith('#') ? '' : '""'),
  );
}

/** TypeScript code without its comments and strings (template literals too). */
export function typescriptCode(source: string): string {
  return source.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g,
    (m) => (m.startsWith('/') ? '' : '""'),
  );
}

/** A Handlebars template's text without its `{{…}}` tags (a block's branches all kept). */
export function withoutTags(template: string): string {
  return template.replace(/\{\{!--[\s\S]*?--\}\}|\{\{\{?[\s\S]*?\}?\}\}/g, '');
}

const CAPITALIZED = /(?<![.\w$])[A-Z][A-Za-z0-9$]*(?![\w$])/g;
const CAPITALIZED_NAME = /^[A-Z][A-Za-z0-9$]*$/;

/** A Python module's imports: each bound name with the module it comes from. */
function pythonImports(source: string): Array<{ name: string; from: string }> {
  const imports: Array<{ name: string; from: string }> = [];
  for (const m of pythonCode(source).matchAll(/^[ \t]*from\s+(\S+)\s+import\s+(\([^)]*\)|[^\n]*)/gm))
    for (const part of m[2].replace(/[()]/g, '').split(/[,\n]/)) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) imports.push({ name, from: m[1] });
    }
  return imports;
}

/** A TypeScript module's named imports and re-exports: each bound name with the module it comes from. */
function typescriptImports(source: string): Array<{ name: string; from: string }> {
  const imports: Array<{ name: string; from: string }> = [];
  for (const m of source.matchAll(
    /^(?:import|export)\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?from\s+'([^']*)'/gm,
  )) {
    if (m[1]) imports.push({ name: m[1], from: m[3] });
    for (const part of (m[2] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) imports.push({ name, from: m[3] });
    }
  }
  return imports;
}

const PYTHON_API_MODULE = /(^|\.)(types|resources)(\.|$)/;
const TYPESCRIPT_API_MODULE = /(^|\/)(resources|funcs|schemas)(\/|$|\.)/;

function scopeNames(
  code: string,
  imports: Array<{ name: string; from: string }>,
  apiModule: RegExp,
  own: (name: string) => boolean,
  importsOnly: boolean,
): string[] {
  // (In a module of the API's own, so is a sibling: `./shared.js`, `.shared`.)
  const isApi = (from: string) => apiModule.test(from) || (importsOnly && /^\.(\/|\w)/.test(from));
  const fromApi = new Set(imports.filter((i) => isApi(i.from)).map((i) => i.name));
  const names = importsOnly
    ? imports.filter((i) => !isApi(i.from)).map((i) => i.name)
    : [...code.matchAll(CAPITALIZED)].map((m) => m[0]);
  return [...new Set(names)].filter((name) => CAPITALIZED_NAME.test(name) && !fromApi.has(name) && !own(name));
}

/** The capitalized names a Python module refers to beside the client's (`own`) and the API's. */
export function pythonScopeNames(source: string, own: (name: string) => boolean, apiModule = false): string[] {
  return scopeNames(pythonCode(source), pythonImports(source), PYTHON_API_MODULE, own, apiModule);
}

/**
 * The type parameters a TypeScript module's declarations take (`type AtPath<Path extends …>`, `infer Head`, `[K in …]`): names
 * of their own, which the client's name outside them cannot meet.
 */
function typeParameters(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:class|interface|type|function)\s+[\w$]+\s*</g)) {
    let depth = 1;
    let expectName = true;
    for (let i = m.index + m[0].length; i < code.length && depth > 0; i++) {
      const ch = code[i];
      if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
      else if (ch === '>' || ch === ')' || ch === ']' || ch === '}') depth--;
      else if (ch === ',' && depth === 1) expectName = true;
      else if (expectName && /[A-Za-z_$]/.test(ch)) {
        names.add(/^[\w$]+/.exec(code.slice(i))![0]);
        expectName = false;
      }
    }
  }
  for (const m of code.matchAll(/\binfer\s+([\w$]+)|\[\s*([\w$]+)\s+in\b/g)) names.add(m[1] ?? m[2]);
  return names;
}

/** The capitalized names a TypeScript module refers to beside the client's (`own`), the API's and type parameters. */
export function typescriptScopeNames(source: string, own: (name: string) => boolean, apiModule = false): string[] {
  const code = typescriptCode(source);
  const parameters = typeParameters(code);
  return scopeNames(
    code,
    typescriptImports(source),
    TYPESCRIPT_API_MODULE,
    (name) => own(name) || parameters.has(name),
    apiModule,
  );
}
