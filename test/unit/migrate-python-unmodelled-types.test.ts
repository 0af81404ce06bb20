/**
 * A Python migration tells every type Stainless's api.md lists that no model of the derived config names, as the
 * TypeScript move does: the module users import it from, the resource whose `models` would name it, and why (no schema
 * of its shape; several, with the line to paste; or a declaration the matcher does not read). The notes used to name
 * at most eight of them, and none with why.
 */
import { describe, expect, it } from 'vitest';
import { pythonModels } from '../../generator/migrate/python/derived-config/python-models';
import { unmodelledLine, type UnmodelledType } from '../../generator/migrate/derived-config/unmodelled-types';

const TYPES = ['Agent', 'AgentStatus', 'Gadget', 'Widget', 'Sprocket', 'Lever', 'Flag', 'Knob', 'Dial', 'Combo'];

const API_MD = [
  '# Agents',
  '',
  'Types:',
  '',
  '```python',
  `from acme.types import ${TYPES.join(', ')}`,
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /agents/{id}">client.agents.<a href="./src/acme/resources/agents.py">retrieve</a>(id) -> <a href="./src/acme/types/agent.py">Agent</a></code>',
  '',
  '## Parts',
  '',
  'Types:',
  '',
  '```python',
  'from acme.types.agents import Part',
  '```',
  '',
  'Methods:',
  '',
  '- <code title="get /agents/{id}/parts">client.agents.parts.<a href="./src/acme/resources/agents/parts.py">list</a>(id) -> <a href="./src/acme/types/agents/part.py">Part</a></code>',
  '',
].join('\n');

const model = (name: string, ...fields: string[]) =>
  `class ${name}(BaseModel):\n${fields.map((f) => `    ${f}: str\n`).join('\n')}`;

const FILES: Record<string, string> = {
  'src/acme/types/agent.py': model('Agent', 'id', 'name'),
  // A union open to any string: no form the matcher reads.
  'src/acme/types/agent_status.py': 'AgentStatus: TypeAlias = Union[str, Literal["idle", "busy"]]\n',
  // Two schemas of its shape: several candidates.
  'src/acme/types/gadget.py': model('Gadget', 'colour', 'size', 'weight'),
  // No schema of its shape.
  'src/acme/types/widget.py': model('Widget', 'spin', 'torque'),
  'src/acme/types/sprocket.py': model('Sprocket', 'teeth'),
  'src/acme/types/lever.py': model('Lever', 'arm'),
  'src/acme/types/flag.py': model('Flag', 'raised'),
  'src/acme/types/knob.py': model('Knob', 'turns'),
  'src/acme/types/dial.py': model('Dial', 'needle'),
  'src/acme/types/combo.py': model('Combo', 'left', 'right'),
  'src/acme/types/agents/part.py': model('Part', 'bolt', 'nut'),
};

const object = (...members: string[]) => ({ kind: 'object' as const, members: members.sort() });
const SCHEMAS = [
  { key: 'AgentRecord', name: 'AgentRecord', shape: object('id', 'name') },
  { key: 'BigGadget', name: 'BigGadget', shape: object('colour', 'size', 'weight') },
  { key: 'SmallGadget', name: 'SmallGadget', shape: object('colour', 'size', 'weight') },
];

function run(): { notes: string[]; unmodelled: UnmodelledType[]; keys: string[] } {
  const notes: string[] = [];
  const unmodelled: UnmodelledType[] = [];
  const models = pythonModels(
    API_MD,
    (file) => FILES[file] ?? null,
    'acme',
    { schemas: SCHEMAS, responseSchemas: new Map([['get /agents/{id}', 'AgentRecord']]) },
    notes,
    new Map(),
    unmodelled,
  );
  return { notes, unmodelled, keys: models.map((m) => m.key) };
}

describe('Python migration: api.md types no model names', () => {
  it('lists every one, past eight, in the note', () => {
    const { notes, keys } = run();
    expect(keys).toEqual(['agent']);
    const note = notes.find((n) => n.includes('match no schema'))!;
    expect(note).toMatch(/^10 type\(s\)/);
    for (const name of [...TYPES.slice(1), 'Part']) expect(note).toContain(name);
    expect(note).not.toContain('…');
  });

  it('tells each with the module users import it from and why', () => {
    const { unmodelled } = run();
    const byName = new Map(unmodelled.map((u) => [u.name, u]));
    expect([...byName.keys()].sort()).toEqual([...TYPES.slice(1), 'Part'].sort());

    const status = byName.get('AgentStatus')!;
    expect(status.kind).toBe('form');
    expect(status.importedFrom).toBe('acme.types');
    expect(unmodelledLine(status)).toMatch(/^AgentStatus \(from acme\.types import AgentStatus\): /);
    expect(status.why).toContain('a type alias (`AgentStatus: TypeAlias = Union[str, Literal["idle", "busy"]]`)');
    expect(status.why).toContain('`Literal[…]` aliases');

    const gadget = byName.get('Gadget')!;
    expect(gadget.kind).toBe('several');
    expect(gadget.candidates.sort()).toEqual(['#/components/schemas/BigGadget', '#/components/schemas/SmallGadget']);
    expect(gadget.configLine?.at).toBe('resources.agents');
    expect(gadget.configLine?.line).toMatch(/^models: \{ gadget: '#\/components\/schemas\/(Big|Small)Gadget' \}$/);

    expect(byName.get('Widget')!.kind).toBe('no-schema');

    const part = byName.get('Part')!;
    expect(part.importedFrom).toBe('acme.types.agents');
    expect(part.kind).toBe('no-schema');
  });
});
