/**
 * Unions of named types and recursive types in `types/`, as Stainless's Python SDKs write them: a union of classes
 * is an alias of its own even where its members are components (`Shape: TypeAlias = Union[Circle, Square]`); a type
 * that is recursive, or reaches one that is, is named in quotes and imported at the bottom of the module (no pragma),
 * and a recursive named union is a `TypeAliasType` (a plain alias for pydantic v1); a class of the module not yet
 * defined where an alias names it is quoted. A union of a string and a map is no union of classes. The package
 * imports and parses its models in Python (where an alias read before its class raised NameError), and type-checks
 * under its own pyright settings (SDKGEN_PYTHON_TESTS=full).
 */
// `npm test` leaves this file to `npm run test:python` (SDKGEN_PYTHON_TESTS=full, run by CI) for its time budget:
// there, test/python/model-rebuild.test.ts samples Python models and names (docs/contributing.md, "What `npm test`
// samples").
import { describe, expect, it } from 'vitest';
import { FULL_ONLY_NOTICE, PYTHON_FULL, pyrightErrorsUnderOwnSettings } from '../helpers/python';
import { pythonSdk } from '../helpers/python-sdk';

const SPEC = `
openapi: 3.0.3
info: { title: Trees, version: '1' }
paths:
  /trees/{id}:
    get:
      operationId: getTree
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tree' }
    put:
      operationId: putTree
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [root]
              properties:
                root: { $ref: '#/components/schemas/Node' }
                step: { $ref: '#/components/schemas/Step' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Node' }
components:
  schemas:
    Tree:
      type: object
      required: [root]
      properties:
        root: { $ref: '#/components/schemas/Node' }
        step: { $ref: '#/components/schemas/Step' }
        shape:
          oneOf:
            - { $ref: '#/components/schemas/Circle' }
            - { $ref: '#/components/schemas/Square' }
        note:
          oneOf:
            - { type: string }
            - { type: object, additionalProperties: true }
    Node:
      type: object
      required: [name]
      properties:
        name: { type: string }
        children:
          type: array
          items:
            oneOf:
              - { $ref: '#/components/schemas/Node' }
              - { $ref: '#/components/schemas/Leaf' }
    Leaf:
      type: object
      required: [value]
      properties:
        value: { type: number }
    Circle:
      type: object
      required: [radius]
      properties: { radius: { type: number } }
    Square:
      type: object
      required: [side]
      properties: { side: { type: number } }
    Step:
      oneOf:
        - { $ref: '#/components/schemas/WaitStep' }
        - { $ref: '#/components/schemas/BranchStep' }
      discriminator: { propertyName: type }
    WaitStep:
      type: object
      required: [type, seconds]
      properties:
        type: { type: string, enum: [wait] }
        seconds: { type: integer }
    BranchStep:
      type: object
      required: [type, steps]
      properties:
        type: { type: string, enum: [branch] }
        steps: { type: array, items: { $ref: '#/components/schemas/Step' } }
`;

const CONFIG = `
organization: { name: trees }
targets:
  python: { package_name: trees_sdk }
resources:
  trees:
    models:
      tree: '#/components/schemas/Tree'
      node: '#/components/schemas/Node'
      leaf: '#/components/schemas/Leaf'
      circle: '#/components/schemas/Circle'
      square: '#/components/schemas/Square'
      step: '#/components/schemas/Step'
      wait_step: '#/components/schemas/WaitStep'
      branch_step: '#/components/schemas/BranchStep'
    methods:
      retrieve: get /trees/{id}
      update: put /trees/{id}
`;

const CHECK = `
import json
from trees_sdk.types import Tree, Node, Step, TreeUpdateParams
from trees_sdk._models import construct_type
from trees_sdk._utils import maybe_transform
value = {"root": {"name": "a", "children": [{"name": "b", "children": [{"value": 1}]}, {"value": 2}]},
         "step": {"type": "branch", "steps": [{"type": "wait", "seconds": 1}, {"type": "branch", "steps": []}]},
         "shape": {"side": 2}, "note": {"k": 1}}
tree = Tree.model_validate(value)
print(type(tree.root.children[0]).__name__, type(tree.root.children[1]).__name__, type(tree.shape).__name__, tree.note)
print(type(tree.step).__name__, [type(step).__name__ for step in tree.step.steps])
print(type(construct_type(value=value["step"], type_=Step)).__name__)
print(json.dumps(maybe_transform({"root": {"name": "r"}, "step": {"type": "wait", "seconds": 3}}, TreeUpdateParams)))
`;

const sdk = pythonSdk(
  'py-recursive-unions',
  { spec: { name: 'openapi.yml', text: SPEC }, config: { name: 'stainless.yml', text: CONFIG } },
  { timeout: 120_000 },
);
const read = (module: string) => sdk.read(`src/trees_sdk/${module}.py`);

describe.runIf(PYTHON_FULL)('a union of components', () => {
  it('is an alias of its own, its members imported at the top', () => {
    const tree = read('types/tree');
    expect(tree).toContain('\nShape: TypeAlias = Union[Circle, Square]\n');
    expect(tree).toMatch(/^from \.circle import Circle$/m);
    expect(tree).toContain('    shape: Optional[Shape] = None\n');
  });

  it("naming the module's own class, quotes it: the alias is read before the class", () => {
    const node = read('types/node');
    expect(node).toContain('\nChild: TypeAlias = Union["Node", Leaf]\n');
    expect(node.indexOf('Child: TypeAlias')).toBeLessThan(node.indexOf('class Node('));
    expect(read('types/node_param')).toContain('\nChild: TypeAlias = Union["NodeParam", LeafParam]\n');
  });

  it('is none where a string stands beside a map', () => {
    expect(read('types/tree')).toContain('    note: Union[str, Dict[str, object], None] = None\n');
  });
});

describe.runIf(PYTHON_FULL)('a recursive type', () => {
  it('is named in quotes and imported last, by a module that reaches it', () => {
    const tree = read('types/tree');
    expect(tree).toContain('    root: "Node"\n');
    expect(tree).toContain('    step: Optional["Step"] = None\n');
    expect(tree.trimEnd().split('\n').slice(-2)).toEqual(['from .node import Node', 'from .step import Step']);
    expect(read('types/branch_step')).toMatch(/ {4}steps: List\["Step"\]\n[\s\S]*\n\nfrom \.step import Step\n$/);
    expect(read('types/tree_update_params')).toContain('    root: Required["NodeParam"]\n');
  });

  it('is a TypeAliasType where it is a named union, a plain alias for pydantic v1', () => {
    expect(read('types/step')).toContain(
      'if TYPE_CHECKING or not PYDANTIC_V1:\n' +
        '    Step = TypeAliasType("Step", Annotated[Union[WaitStep, "BranchStep"], PropertyInfo(discriminator="type")])\n' +
        'else:\n' +
        '    Step: TypeAlias = Annotated[Union[WaitStep, "BranchStep"], PropertyInfo(discriminator="type")]\n\n' +
        'from .branch_step import BranchStep\n',
    );
    expect(read('types/step_param')).toContain(
      '    StepParam = TypeAliasType("StepParam", Union[WaitStepParam, "BranchStepParam"])\n',
    );
  });

  it("is named as imported in the resource's signatures", () => {
    const resource = read('resources/trees');
    expect(resource).toMatch(/^from \.\.types\.node_param import NodeParam$/m);
    expect(resource).toContain('        root: NodeParam,\n');
  });
});

describe.runIf(PYTHON_FULL)('the package', () => {
  it('imports, parses its models and transforms its params in Python', async () => {
    const result = await sdk.run(CHECK, { pythonArgs: ['-W', 'error'] });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      "Node Leaf Square {'k': 1}",
      "BranchStep ['WaitStep', 'BranchStep']",
      'BranchStep',
      '{"root": {"name": "r"}, "step": {"type": "wait", "seconds": 3}}',
    ]);
  }, 60_000);

  if (!PYTHON_FULL) console.log(`recursive unions: pyright ${FULL_ONLY_NOTICE}`);
  it.skipIf(!PYTHON_FULL)(
    'type-checks under its own pyright settings',
    async () => {
      expect(await pyrightErrorsUnderOwnSettings(sdk.out, ['src'])).toEqual([]);
    },
    300_000,
  );
});
