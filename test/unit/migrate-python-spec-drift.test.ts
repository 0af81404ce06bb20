/**
 * The Python move of a checkout that carries Stainless's generations made after the base from a newer spec than the one
 * given (knock-python at its head): what those generations wrote is neither carried nor left for a person, however the
 * diff pairs their lines, and the report says where the spec given parts from theirs.
 */
import { describe, expect, it } from 'vitest';
import { planPythonMigration } from '../../generator/migrate/python/plan';
import type { GenerationChanges } from '../../generator/migrate/repository/generations';

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';
const EVENT = 'src/acme/types/message_event.py';
const GUIDES = 'src/acme/resources/guides.py';

const event = (types: string[]) =>
  `${HEADER}class MessageEvent(BaseModel):\n    type: Literal[\n${types.map((t) => `        "${t}",\n`).join('')}    ]\n    """The type."""\n`;
const guides = (params: string[], annotation = 'str | Omit') =>
  `${HEADER}class GuidesResource:\n    def archive(\n        self,\n${params.map((p) => `        ${p}: ${annotation} = omit,\n`).join('')}    ) -> None:\n        """\n        Args:\n${params.map((p) => `          ${p}: The ${p} of the guide.\n`).join('\n')}        """\n`;

const STAINLESS_TYPES = ['message.read', 'message.sent', 'message.not_sent', 'message.unseen', 'message.created'];
const LATER_TYPES = ['message.read', 'message.created', 'message.sent', 'message.unseen', 'message.not_sent'];

/** What the later generation's own diff added and removed (trimmed), as git showed it. */
function changesOf(entries: Record<string, { added: string[]; removed: string[] }>): GenerationChanges {
  return new Map(
    Object.entries(entries).map(([file, { added, removed }]) => [
      file,
      { added: new Set(added.map((l) => l.trim())), removed: new Set(removed.map((l) => l.trim())) },
    ]),
  );
}

function plan(
  stainless: Record<string, string>,
  checkout: Record<string, string>,
  sdkgen: Record<string, string>,
  laterGenerations: GenerationChanges,
) {
  const blob = (text: string) => `blob-${text.length}-${text.slice(-40)}`;
  return planPythonMigration({
    current: Object.entries(checkout).map(([path, text]) => ({ path, text, blob: blob(text) })),
    base: {
      blobs: new Map(Object.entries(stainless).map(([path, text]) => [path, blob(text)])),
      texts: new Map(Object.entries(stainless)),
    },
    rendered: Object.entries(sdkgen).map(([path, contents]) => ({ path, contents })),
    laterGenerations,
    importName: 'acme',
  });
}

describe("the Python move of a checkout with Stainless's later generations from another spec", () => {
  it('takes a list a generation reordered as its own, whichever lines the diff pairs', () => {
    // The generation moved two of them; the diff from the base pairs others.
    const changes = changesOf({
      [EVENT]: {
        added: ['"message.created",', '"message.not_sent",'],
        removed: ['"message.created",', '"message.not_sent",'],
      },
    });
    const result = plan(
      { [EVENT]: event(STAINLESS_TYPES) },
      { [EVENT]: event(LATER_TYPES) },
      { [EVENT]: event(STAINLESS_TYPES) },
      changes,
    );
    expect(result.rejected).toEqual([]);
    expect(result.needsHand).toEqual([]);
    expect(result.laterGenerations.map((g) => g.path)).toEqual([EVENT]);
    expect(result.writes.find((f) => f.path === EVENT)?.contents).toBe(event(STAINLESS_TYPES));
  });

  it('takes params a generation replaced as its own where the diff pairs a kept one with them, and says the spec differs', () => {
    const before = ['channel_id', 'content', 'metadata', 'tenant'];
    const after = ['channel_id', 'tenant', 'unthrottled'];
    const changes = changesOf({
      [GUIDES]: {
        added: ['unthrottled: str | Omit = omit,', 'unthrottled: The unthrottled of the guide.'],
        removed: [
          'content: str | Omit = omit,',
          'metadata: str | Omit = omit,',
          'content: The content of the guide.',
          'metadata: The metadata of the guide.',
        ],
      },
    });
    const result = plan(
      { [GUIDES]: guides(before) },
      { [GUIDES]: guides(after) },
      { [GUIDES]: guides(before) },
      changes,
    );
    expect(result.needsHand).toEqual([]);
    expect(result.writes.find((f) => f.path === GUIDES)?.contents).toBe(guides(before));
    expect(result.apiChanges).toEqual([
      {
        path: '.stats.yml',
        reason: expect.stringMatching(
          /^the spec \(or config\) given is not the one .*: 1 name\(s\) .* 1 module\(s\).*`unthrottled` in src\/acme\/resources\/guides\.py/,
        ),
      },
    ]);
  });

  it('says nothing of the spec where the later generation only wrote the same names in another form', () => {
    const params = ['channel_id', 'tenant'];
    const changes = changesOf({
      [GUIDES]: {
        added: params.map((p) => `${p}: str | NotGiven = NOT_GIVEN,`),
        removed: params.map((p) => `${p}: str | Omit = omit,`),
      },
    });
    const result = plan(
      { [GUIDES]: guides(params) },
      { [GUIDES]: guides(params, 'str | NotGiven').replace(/= omit/g, '= NOT_GIVEN') },
      { [GUIDES]: guides(params) },
      changes,
    );
    expect(result.apiChanges).toEqual([]);
    expect(result.needsHand).toEqual([]);
  });

  it("writes a deleted module of Stainless's that a module sdkgen writes imports, and leaves others deleted", () => {
    const init = `${HEADER}from .pet import Pet as Pet\n`;
    const pet = `${HEADER}class Pet(BaseModel):\n    name: str\n`;
    const notes = `${HEADER}NOTES = 1\n`;
    const stainless = { 'src/acme/types/__init__.py': init, 'src/acme/types/pet.py': pet, 'src/acme/notes.py': notes };
    const result = plan(stainless, { 'src/acme/types/__init__.py': init }, stainless, new Map());
    expect(result.writes.map((f) => f.path).sort()).toEqual(['src/acme/types/__init__.py', 'src/acme/types/pet.py']);
    expect(result.ownersDeleted).toEqual(['src/acme/notes.py']);
  });
});
