import { pytestOptOut } from '../../naming/python';

/**
 * The runtime's `_exceptions.py` as the package ships it: the base error (`ClientError` in the template) under the
 * name the client gives it, `<Client>Error`. A name pytest would collect as a test class (`Test…`, a client named
 * `TestAPI`) gets the class attribute that keeps it out of collection, in the class body after its docstring.
 */
export function namedExceptionsModule(template: string, baseName: string): string {
  const named = template.replace(/\bClientError\b/g, baseName);
  const optOut = pytestOptOut(baseName);
  if (optOut.length === 0) return named;
  const declaration = new RegExp(`^class ${baseName}\\(Exception\\):\\n(?: {4}"""[^\\n]*"""\\n)?`, 'm');
  if (!declaration.test(named)) throw new Error(`_exceptions.py: no one-line declaration of ${baseName} to opt out`);
  return named.replace(declaration, (head) => `${head}${optOut.join('\n')}\n`);
}
