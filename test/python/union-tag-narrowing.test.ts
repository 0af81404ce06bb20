/**
 * A discriminated union's variants whose tag is one shared enum (`type: ScorerKind`, `judge`, `regex` or `basic`):
 * each declares the value the mapping gives it (`type: Literal["judge"]`), in its model, its params form and the
 * method's overloads, as Stainless's (llama-stack's `ScoringFnParams`); a tag that is a `oneOf` of `const`s keeps
 * each of its values (the union then undiscriminated). A model's field named in pydantic's `model_` namespace is
 * `api_model_…`, its wire name the alias; the params key stays the wire's. In-process generation of a small spec.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate';

const fixture = (file: string) => path.join(import.meta.dirname, 'fixtures', file);

describe('union variants tagged by a shared enum', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    const result = await generate({
      spec: fixture('union-tags.yaml'),
      config: fixture('union-tags.stainless.yml'),
      target: 'python',
    });
    files = new Map(result.files.map((file) => [file.path, file.contents]));
  }, 60_000);
  const read = (file: string) => files.get(`src/acme/${file}`)!;

  it('declares the mapped value in each variant model, the union discriminated', () => {
    const module = read('types/scorer_params.py');
    expect(module).toMatch(/class JudgeParams\(BaseModel\):[\s\S]*?type: Literal\["judge"\]\n/);
    expect(module).toMatch(/class RegexParams\(BaseModel\):[\s\S]*?type: Literal\["regex"\]\n/);
    expect(module).toMatch(/class BasicParams\(BaseModel\):\n {4}type: Literal\["basic"\]\n/);
    expect(module).toContain('PropertyInfo(discriminator="type")');
  });

  it('declares it in the params variants and the overloads too', () => {
    const params = read('types/scorer_create_params.py');
    for (const value of ['judge', 'regex', 'basic']) expect(params).toContain(`type: Required[Literal["${value}"]]`);
    expect(params).not.toContain('Literal["judge", "regex", "basic"]');
    const resource = read('resources/scorers.py');
    expect(resource).toContain('        type: Literal["judge"],\n');
    expect(resource).not.toContain('Literal["judge", "regex", "basic"]');
  });

  it('keeps every value of a oneOf of consts, whatever the mapping names', () => {
    const module = read('types/scorer.py');
    expect(module).toContain('type: Literal["search", "search_preview"]');
    expect(module).toContain('Tool: TypeAlias = Union[ToolSearchTool, ToolFileTool]');
  });

  it('names a model field of the model_ namespace api_model_, its wire name the alias', () => {
    expect(read('types/scorer.py')).toContain(
      'api_model_type: Optional[str] = FieldInfo(alias="model_type", default=None)',
    );
  });
});
