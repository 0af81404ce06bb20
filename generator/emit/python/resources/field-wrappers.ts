/**
 * Methods that return one field of their response (a Stainless config's `unwrap_response_fields`), as Stainless's
 * Python SDKs write them: the body is parsed as a small generic model of that one field, named for it
 * (`DataWrapper[T]` for `data`, declared in `_wrappers.py`), and the request's post-parser is the model's
 * `_unwrapper`: `cast_to=cast(Type[T], DataWrapper[T])`, `post_parser=DataWrapper[T]._unwrapper`. A field whose name
 * cannot be a model's attribute (a keyword, a pydantic name, not an identifier) is parsed through the runtime's
 * `field_wrapper`/`field_unwrapper` instead, which alias it.
 */
import type { PyPackage, PyResource } from '../types/model';
import { MODEL_ATTRIBUTES, PYTHON_KEYWORDS, pyClassName } from '../../../naming/python';

/**
 * Whether a wrapper model's field cannot take the name: Python's keywords, what pydantic's BaseModel holds, and its
 * `fields` (pydantic 1's).
 */
const notAField = (name: string) =>
  PYTHON_KEYWORDS.has(name) || MODEL_ATTRIBUTES.has(name) || name === 'fields' || name.startsWith('model_');

/** The wrapper model of a field (`DataWrapper` for `data`), or null where the field needs the aliasing wrapper. */
export function fieldWrapperClass(field: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field) || notAField(field)) return null;
  return `${pyClassName(field)}Wrapper`;
}

/** The fields the package's methods return alone that have a wrapper model, each once, in the order first met. */
export function wrappedFields(pkg: PyPackage): string[] {
  const fields = new Set<string>();
  const visit = (resource: PyResource) => {
    for (const method of resource.methods)
      if (method.unwrap !== null && !method.page && fieldWrapperClass(method.unwrap) !== null)
        fields.add(method.unwrap);
    resource.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  if (pkg.topLevel) visit(pkg.topLevel);
  return [...fields];
}

/**
 * `_wrappers.py` with a wrapper model for each of `fields` it does not declare yet (the runtime's declares `data`'s),
 * each listed in its `__all__`.
 */
export function wrappersModule(contents: string, fields: string[]): string {
  const missing = fields.filter((field) => !new RegExp(`^class ${fieldWrapperClass(field)}\\(`, 'm').test(contents));
  if (missing.length === 0) return contents;
  const classes = missing.map((field) => {
    const name = fieldWrapperClass(field)!;
    return [
      `class ${name}(GenericModel, Generic[_T]):`,
      `    """A body \`{"${field}": ...}\` of which a method returns the \`${field}\`."""`,
      '',
      `    ${field}: _T`,
      '',
      '    @staticmethod',
      `    def _unwrapper(obj: "${name}[_T]") -> _T:`,
      `        return obj.${field}`,
    ].join('\n');
  });
  const names = missing.map((field) => `"${fieldWrapperClass(field)}"`).join(', ');
  const listed = contents.replace(/^__all__ = \[(.*)\]$/m, (_, inner: string) => `__all__ = [${inner}, ${names}]`);
  return `${listed.replace(/\n+$/, '')}\n\n\n${classes.join('\n\n\n')}\n`;
}
