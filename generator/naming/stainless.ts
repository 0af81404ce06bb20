/**
 * Stainless's naming rules, in one table: how a Stainless SDK names what its config leaves unnamed. They apply
 * when the SDK is generated from a Stainless config, so that code written against the SDK Stainless generated
 * keeps compiling. Each rule is a pure function of config keys and already-settled names.
 *
 * | thing                         | rule                                              | example                                   |
 * |-------------------------------|---------------------------------------------------|-------------------------------------------|
 * | client class                  | PascalCase(organization.name)                     | "onebusaway-sdk" → OnebusawaySDK          |
 * | env prefix                    | CONSTANT_CASE(organization.name)                  | LLAMA_STACK_CLIENT                        |
 * | resource class                | PascalCase(key)                                   | vector_io → VectorIo, openai → OpenAI     |
 * | resource property (typescript)| camelCase(key) with casings                       | signed_url → signedURL, mongodb → mongoDB |
 * | resource property (node)      | camelCase(key), custom_casings only               | stop_ids → stopIds; fetch_api → fetchAPI  |
 * | resource singular             | PascalCase(stainlessSingular(key))                | scoring_functions → ScoringFunction       |
 * | method                        | camelCase(key), a leading underscore kept         | get_kyc_link → getKYCLink, _rpc → _rpc    |
 * | client option                 | camelCase(key)                                    | app_api_key → appAPIKey                   |
 * | model (named type)            | PascalCase(model key)                             | tool_group: ToolGroup → ToolGroup         |
 * | params type                   | {Singular}{Method}Params                          | ToolgroupRegisterParams                   |
 * | response (not a model)        | {Singular}{Method}Response                        | ToolgroupListResponse                     |
 * | unwrapped field of a model    | as above, from the first method; later ones share | ProviderListResponse (2 methods)          |
 * | free-form object response     | unknown; named when it says additionalProperties  | files.content() → unknown                 |
 * | free-form or string response  | returned as is, its response type still declared  | FunctionCreateResponse = unknown          |
 * | page class                    | PascalCase(scheme name)                           | openai_cursor_page → OpenAICursorPage     |
 * | paginated return              | {plural of the item type}{PageClass}              | VectorStoresOpenAICursorPage              |
 * | path argument (typescript)    | camelCase with acronyms                           | customerId → customerID                   |
 * | path argument (node, legacy)  | camelCase without acronyms                        | agencyID → agencyId                       |
 *
 * PascalCase here writes a few well-known words in their fixed case (`CASINGS`) and splits a few compounds
 * (`COMPOUNDS`); `custom_casings` in the config adds more.
 */
import { camelCase, words } from './case';
import { acronymTiles } from './acronym-tiles';

/**
 * Words Stainless writes in a fixed case inside names, as its SDKs show them (api.md and classes of the SDKs in
 * ../shared/stainless-compat, VAIF's, Cloudflare's, lobehub-sit's `KBFile` and others'). Words they leave capitalised
 * as usual are not here: `Json`, `Jwt`, `Mcp`, `Sse`, `Aws`, `Cli`, `Pdf`, `Uri` (llama-stack's `UriDataSource`).
 */
const CASINGS = new Map([
  ['ai', 'AI'],
  ['api', 'API'],
  ['apis', 'APIs'],
  ['db', 'DB'],
  ['github', 'GitHub'],
  ['html', 'HTML'],
  ['http', 'HTTP'],
  ['id', 'ID'],
  ['ids', 'IDs'],
  ['kb', 'KB'],
  ['kyc', 'KYC'],
  ['oauth', 'OAuth'],
  ['openai', 'OpenAI'],
  ['sdk', 'SDK'],
  ['sdks', 'SDKs'],
  ['sms', 'SMS'],
  ['sso', 'SSO'],
  ['url', 'URL'],
  ['urls', 'URLs'],
]);

/** One-word names Stainless reads as two (`mongodb` → mongo db: `MongoDB`, `mongoDB`). */
const COMPOUNDS = new Map([
  ['mongodb', ['mongo', 'db']],
  ['openapi', ['open', 'api']],
]);

export class StainlessNames {
  private readonly casings: Map<string, string>;
  /** The config's own `custom_casings` (lowercased word → as written). */
  private readonly custom: Map<string, string>;
  /**
   * `targets.node`: the legacy generator, which cased resource properties without the built-in acronyms
   * (OneBusAway's `stop_ids_for_agency` → stopIdsForAgency) but with the config's `custom_casings` (Browserbase's
   * `fetch_api` → fetchAPI, in the same era of that generator).
   */
  private readonly legacy: boolean;

  constructor(customCasings: Map<string, string> = new Map(), { legacy = false } = {}) {
    this.casings = new Map([...CASINGS, ...customCasings]);
    this.custom = new Map([...customCasings].map(([word, cased]) => [word.toLowerCase(), cased]));
    this.legacy = legacy;
  }

  private word(word: string, acronyms: boolean): string {
    const known = acronyms ? this.casings.get(word.toLowerCase()) : undefined;
    if (known) return known;
    const tiled = acronyms && /^[A-Z]{4,}$/.test(word) ? this.acronymTiles(word.toLowerCase()) : null;
    if (tiled !== null) return tiled;
    return word
      .split('_')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join('');
  }

  /** A word in capitals read as acronyms run together (acronym-tiles.ts), each a casing written in capitals. */
  private acronymTiles(lower: string): string | null {
    return acronymTiles(lower, (part) => {
      const cased = this.casings.get(part);
      return cased !== undefined && /^[A-Z0-9]+$/.test(cased) ? cased : null;
    });
  }

  /**
   * The words of a name, with runs of words a casing names as a whole (`openai_id_string: OpenAIIDString`)
   * joined into one: the longest run wins.
   */
  private segments(text: string): string[] {
    const parts = words(text).flatMap((w) =>
      this.casings.has(w.toLowerCase()) ? [w] : (COMPOUNDS.get(w.toLowerCase()) ?? [w]),
    );
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      let end = i + 1;
      for (let j = parts.length; j > i + 1; j--) {
        if (this.casings.has(parts.slice(i, j).join('_').toLowerCase())) {
          end = j;
          break;
        }
      }
      out.push(parts.slice(i, end).join('_'));
      i = end - 1;
    }
    return out;
  }

  /** "vector_stores" → VectorStores; "onebusaway-sdk" → OnebusawaySDK. */
  pascal(text: string): string {
    const result = joinWords(this.segments(text).map((w) => this.word(w, true)));
    return /^[0-9]/.test(result) ? `_${result}` : result;
  }

  /** "get_kyc_link" → getKYCLink; `acronyms: false` gives getKycLink. */
  camel(text: string, { acronyms = true } = {}): string {
    const parts = this.segments(text);
    if (parts.length === 0) return '';
    const [first, ...rest] = parts;
    const result = joinWords([first.replace(/_/g, '').toLowerCase(), ...rest.map((w) => this.word(w, acronyms))]);
    return /^[0-9]/.test(result) ? `_${result}` : result;
  }

  clientName(organization: string): string {
    return this.pascal(organization);
  }

  envPrefix(organization: string): string {
    return words(organization)
      .map((w) => w.toUpperCase())
      .join('_');
  }

  resourceClass(key: string): string {
    return this.pascal(key);
  }

  resourceProperty(key: string): string {
    return this.legacy ? this.legacyProperty(key) : this.camel(key);
  }

  /** The legacy generator's resource property: camelCase, a word the config's `custom_casings` names cased so. */
  private legacyProperty(key: string): string {
    const parts = words(key);
    if (!parts.slice(1).some((w) => this.custom.has(w.toLowerCase()))) return camelCase(key);
    const [first, ...rest] = parts;
    const result = joinWords([
      first.toLowerCase(),
      ...rest.map((w) => this.custom.get(w.toLowerCase()) ?? this.word(w, false)),
    ]);
    return /^[0-9]/.test(result) ? `_${result}` : result;
  }

  /** A `client_settings.opts` key's client option, acronyms as in methods: `app_api_key` → appAPIKey. */
  clientOption(key: string): string {
    return this.camel(key);
  }

  /**
   * A leading underscore stays (`_update_rule` → `_updateRule`): Stainless's SDKs keep it on the method, in every
   * language (privy's `client.wallets._rpc`, Python's `_init_import`), for owners' code that wraps the method.
   */
  method(key: string): string {
    const name = this.camel(key);
    const lead = /^_+/.exec(key)?.[0] ?? '';
    return name.startsWith('_') ? name : `${lead}${name}`;
  }

  model(key: string): string {
    return this.pascal(key);
  }

  /** A type name the config gives: as written when it is one ("ChatCompletionCreateParams"), else PascalCase. */
  typeName(given: string): string {
    return /^[A-Z][A-Za-z0-9]*$/.test(given) ? given : this.pascal(given);
  }

  pageClass(scheme: string): string {
    return this.pascal(scheme);
  }

  params(singular: string, method: string): string {
    return `${singular}${this.pascal(method)}Params`;
  }

  response(singular: string, method: string): string {
    return `${singular}${this.pascal(method)}Response`;
  }

  /** The name of a page of `item`s: VectorStoresOpenAICursorPage. */
  pageOf(item: string, pageClass: string): string {
    return `${pluralizeTypeName(item)}${pageClass}`;
  }

  pathArgument(name: string, legacy: boolean): string {
    return this.camel(name, { acronyms: !legacy });
  }
}

/** Plural of a PascalCase type name's last word: VectorStore → VectorStores, Batch → Batches, Policy → Policies. */
export function pluralizeTypeName(name: string): string {
  // "Data" is a plural already: llama-cloud's pages of `AgentData` are `AgentDataPaginatedCursorPost`.
  if (/[Dd]ata$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  // Stainless pluralizes a final "Of" (CustomerOneOf) like a word in -f: "CustomerOneoves".
  if (/[a-z]Of$/.test(name)) return `${name.slice(0, -2)}oves`;
  return `${name}s`;
}

/**
 * Words a Stainless SDK keeps as they are when it names a resource's singular, matched against the whole key (so
 * `analytics` stays `Analytics`, while `video_usage_analytics` is `VideoUsageAnalytic`). `species` is not one of
 * them: Stainless's SDKs name it `Specie` (`GeoSpecieListResponse`).
 */
const STAINLESS_UNCOUNTABLE = new Set([
  'analytics',
  'athletics',
  'chassis',
  'chess',
  'corps',
  'debris',
  'diabetes',
  'gallows',
  'headquarters',
  'herpes',
  'jeans',
  'kudos',
  'mews',
  'news',
  'pliers',
  'premises',
  'scissors',
  'series',
  'shambles',
  'tennis',
]);

/**
 * How a Stainless SDK makes a plural key singular, the first rule that matches its end: only a key ending in `s`
 * changes, and it is not an English dictionary (`species` → `specie`, `predefinedvoucherseries` →
 * `predefinedvouchersery`, `metadata` and `media` stay). Seen in Stainless's SDKs: `policies` → Policy, `statuses` →
 * Status, `addresses` → Address, `batches` → Batch, `aliases` → Alias, `settings` → Setting, `stats` → Stat,
 * `species` → Specie, `news` → News.
 */
const STAINLESS_SINGULAR_RULES: ReadonlyArray<[RegExp, string]> = [
  [/(measles|o[iu]s)$/i, '$1'], // "famous", "various": adjectives, not plurals
  [/(pe)ople$/i, '$1rson'], // people
  [/(child)ren$/i, '$1'], // children
  [/(movie|twelve|abuse|e[mn]u)s$/i, '$1'], // movies, menus
  [/(quiz)zes$/i, '$1'], // quizzes
  [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(sis|ses)$/i, '$1sis'], // analyses, theses
  // boxes, batches, addresses, statuses, aliases, heroes; "access", "status", "bus" as they are
  [/(x|ch|sh|ss|zz|tto|go|cho|alias|[^aou]us|gas|t[lm]as|(her|at|gr)o|[aeiou]ris)(es)?$/i, '$1'],
  [/(cod|mur|sil|vert|ind)ices$/i, '$1ex'], // indices, vertices
  [/(matr|append)ices$/i, '$1ix'], // matrices
  [/(dg|ss|ois|lk|ok|wn|mb|th|ch|ec|oal|is|ck|ix|sser|ts|wb)ies$/i, '$1ie'], // species, cookies, zombies
  [/\b(l|t|coll|faer|food|gen|goon|group|hipp|junk|vegg|p|charl|calor|cut)ies$/i, '$1ie'], // ties, pies, calories
  [/ies$/i, 'y'], // policies, entities
  [/(wi|kni|[^\w]li|^li)ves$/i, '$1fe'], // knives, lives
  [/(ar|wol|[ae]l|[eo][ao])ves$/i, '$1f'], // halves, wolves, loaves
  [/s$/i, ''],
];

/**
 * The singular Stainless forms of a resource key (`scoring_functions` → `scoring_function`, `geo_species` →
 * `geo_specie`), as written (case and separators kept): the key whole when it is uncountable, else the first of
 * STAINLESS_SINGULAR_RULES that matches its end. A key not ending in `s` is its own singular.
 */
export function stainlessSingular(key: string): string {
  if (STAINLESS_UNCOUNTABLE.has(key.toLowerCase())) return key;
  for (const [pattern, replacement] of STAINLESS_SINGULAR_RULES)
    if (pattern.test(key)) return key.replace(pattern, replacement);
  return key;
}

/**
 * Cased words joined into one name; between a word that ends with a digit and one that starts with a digit an
 * underscore keeps the numbers apart, as Stainless's names do (`veo3.1` → `Veo3_1`, `gemini_2.5_flash` →
 * `Gemini2_5Flash`): `Veo31` would read as another number.
 */
function joinWords(parts: string[]): string {
  let out = '';
  for (const part of parts) out += /[0-9]$/.test(out) && /^[0-9]/.test(part) ? `_${part}` : part;
  return out;
}
