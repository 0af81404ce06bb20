/**
 * Owners' edits to a generated TypeScript types module placed by declaration where their lines find no place in
 * sdkgen's module (reapply/declarations.ts), and the types they listed by hand in api.md placed in sdkgen's list of
 * the same module's types (reapply/api-md-types.ts).
 */
import { describe, expect, it } from 'vitest';
import { reapplyEdits } from '../generator/migrate/reapply/hunks';
import { bracketsPair } from '../generator/migrate/reapply/brackets';
import { declarationsOf } from '../generator/migrate/reapply/declarations';

// Stainless's module: the message params nested in the create params' namespace.
const STAINLESS = `import { APIResource } from '../core/resource';
import * as MessagesAPI from './messages';

export class Messages extends APIResource {
  create(body: MessageCreateParams): Promise<Message> {
    return this._client.post('/messages', { body });
  }
}

export interface Message {
  id: string;

  reply: Message.Reply;
}

export namespace Message {
  export interface Reply {
    text: string;
  }
}

export interface MessageCreateParams {
  messages: Array<MessageCreateParams.SystemParam | MessageCreateParams.UserParam>;
}

export interface TextPart {
  text: string;
}

export namespace MessageCreateParams {
  export interface SystemParam {
    content: string;

    role: 'system';
  }

  export interface UserParam {
    content: string;

    role: 'user';
  }
}

export declare namespace Messages {
  export { type Message as Message, type MessageCreateParams as MessageCreateParams };
}
`;

// The owners moved the params to the top level, named the reply, and exported them.
const OWNERS = `import { APIResource } from '../core/resource';
import * as MessagesAPI from './messages';

export class Messages extends APIResource {
  create(body: MessageCreateParams): Promise<Message> {
    return this._client.post('/messages', { body });
  }
}

export interface Message {
  id: string;

  reply: MessagesAPI.MessageReply;
}

export interface MessageReply {
  text: string;
}

export interface MessageCreateParams {
  messages: Array<SystemParam | UserParam>;
}

export interface SystemParam {
  content: string;

  role: 'system';
}

export interface TextPart {
  text: string;
}

export interface UserParam {
  content: string | Array<MessagesAPI.TextPart>;

  role: 'user';
}

export declare namespace Messages {
  export {
    type Message as Message,
    type MessageReply as MessageReply,
    type MessageCreateParams as MessageCreateParams,
    type SystemParam as SystemParam,
    type UserParam as UserParam,
  };
}
`;

// sdkgen's module: its own doc comments, its own alias for the module, a type Stainless's had not, one export a line.
const SDKGEN = `// File generated from our OpenAPI spec by sdkgen.

import { APIResource } from '../core/resource';
import * as MessagesAPI2 from './messages';

export class Messages extends APIResource {
  /** Sends a message. */
  create(body: MessageCreateParams): Promise<Message> {
    return this._client.post('/messages', { body });
  }
}

/** A message. */
export interface Message {
  /** Its id. */
  id: string;

  /** The reply to it. */
  reply: Message.Reply;
}

export namespace Message {
  /** The reply to a message. */
  export interface Reply {
    /** Its text. */
    text: string;
  }
}

/** Tokens a message used. */
export interface MessageUsage {
  tokens: number;
}

export interface MessageCreateParams {
  /** The conversation so far. */
  messages: Array<MessageCreateParams.SystemParam | MessageCreateParams.UserParam>;
}

export namespace MessageCreateParams {
  /** A system message. */
  export interface SystemParam {
    content: string;
    role: 'system';
  }

  /** A user's message. */
  export interface UserParam {
    content: string;
    role: 'user';
  }
}

export declare namespace Messages {
  export {
    type Message as Message,
    type MessageUsage as MessageUsage,
    type MessageCreateParams as MessageCreateParams,
  };
}
`;

describe("owners' edits to a types module, by declaration", () => {
  it('line by line, the edits find no place in the module sdkgen words otherwise', () => {
    const lineByLine = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true });
    expect(lineByLine.rejected.length).toBeGreaterThan(0);
  });

  it("by declaration, every edit lands: the owners' declarations, sdkgen's others, the exports of both", () => {
    const carried = reapplyEdits(STAINLESS, OWNERS, SDKGEN, { code: true, declarations: true });
    expect(carried.rejected).toEqual([]);
    const text = carried.text;
    expect(bracketsPair(text)).toBe(true);
    const keys = declarationsOf(text.split(/(?<=\n)/)).map((d) => d.key);
    // The owners' top-level params and reply; their removed namespaces gone from sdkgen's module.
    expect(keys).toEqual(
      expect.arrayContaining(['value:MessageReply', 'value:SystemParam', 'value:UserParam', 'value:MessageUsage']),
    );
    expect(keys).not.toContain('namespace:MessageCreateParams');
    expect(keys).not.toContain('namespace:Message');
    expect(text).toContain('  messages: Array<SystemParam | UserParam>;');
    expect(text).toContain('  reply: MessagesAPI.MessageReply;');
    // The owners' alias for the module is imported as Stainless's module imported it.
    expect(text).toContain("import * as MessagesAPI from './messages';");
    // A type of Stainless's module theirs names, which sdkgen's has not, comes with it.
    expect(keys).toContain('value:TextPart');
    // sdkgen's method and its doc comment stand.
    expect(text).toContain('  /** Sends a message. */');
    // sdkgen's exports, and the owners' added ones, once each.
    for (const name of ['Message', 'MessageUsage', 'MessageCreateParams', 'MessageReply', 'SystemParam', 'UserParam'])
      expect(text.split(`type ${name} as ${name},`).length - 1).toBe(1);
  });
});

describe("types the owners listed in api.md, in sdkgen's list of the module's types", () => {
  const item = (name: string) => `- <code><a href="./src/resources/messages.ts">${name}</a></code>`;
  const stainlessMd = [
    '# Messages',
    '',
    'Types:',
    '',
    item('Message'),
    item('MessageCreateParams'),
    '',
    'Methods:',
    '',
  ];
  const ownersMd = [...stainlessMd];
  ownersMd.splice(5, 0, item('MessageReply'));
  ownersMd.splice(7, 0, item('SystemParam'), item('UserParam'));
  const sdkgenMd = ['# Messages', '', 'Types:', '', item('Message'), item('MessageUsage'), '', 'Methods:', ''];

  it('each goes in name order among the types sdkgen lists, none twice', () => {
    const carried = reapplyEdits(stainlessMd.join('\n'), ownersMd.join('\n'), sdkgenMd.join('\n'), {
      markdown: true,
      sections: false,
    });
    expect(carried.rejected).toEqual([]);
    const listed = carried.text.split('\n').filter((line) => line.startsWith('- <code>'));
    expect(listed).toEqual(['Message', 'MessageReply', 'MessageUsage', 'SystemParam', 'UserParam'].map(item));
  });
});

describe("names the owners added to a named import over several lines, in sdkgen's import of the module", () => {
  it('each goes before its closing line, none twice', () => {
    const stainless = "import {\n  Alpha,\n  Beta,\n} from './things';\n\nexport const all = [Alpha, Beta];\n";
    const owners =
      "import {\n  Alpha,\n  Gamma,\n  Delta,\n  Beta,\n} from './things';\n\nexport const all = [Alpha, Beta];\n";
    const sdkgen = "import {\n  Alpha,\n  Delta,\n} from './things';\n\nexport const all = [Alpha];\n";
    const carried = reapplyEdits(stainless, owners, sdkgen, { code: true });
    expect(carried.rejected).toEqual([]);
    expect(carried.text).toBe(
      "import {\n  Alpha,\n  Delta,\n  Gamma,\n} from './things';\n\nexport const all = [Alpha];\n",
    );
  });
});
