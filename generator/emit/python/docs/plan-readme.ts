/**
 * README.md of a Python package, in the order of sections a Stainless Python SDK's README has (its MCP server,
 * documentation, installation, usage, async usage, streaming, types, pagination, uploads, errors, retries, timeouts,
 * logging, raw and streamed responses, custom requests, the HTTP client, versioning, requirements). Its programs call
 * the package's own first methods.
 */
import type { Api } from '../../../ir/types';
import type { PyClientOption, PyMethod, PyPackage, PyResource } from '../types/model';
import { credentialOptions, dummyValue } from '../client/credentials';
import { README_WIDTH, pyCode, pyStr } from '../types/py-literal';
import { libraryName } from '../../readme-names';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../../stainless/python-era';
import { allResources, pageItemField, pageItemsField, pageItemVariable, parsedVariable } from './readme-sections';
import {
  callAndPrint,
  configured,
  indented,
  isPaged,
  printedOf,
  readmeCall,
  shownCredentials,
  type Chosen,
} from './plan-readme-calls';
import { nestedParamsSection } from './plan-readme-nested';
import { streamingSection } from './plan-readme-streaming';
import { cursorLine } from './plan-readme-pages';
import { installCommand, installationBody, type InstalledPackage } from './plan-readme-install';
import { readmeFormsOfEra, type StainlessReadmeForms } from '../../../stainless/python-readme-era';

interface Example {
  resource: PyResource;
  method: PyMethod;
  /** `client.a.b.method(...)` with what it requires. */
  call: string;
  utils: string[];
}

/**
 * The line that closes each fragment of the pagination section, after a blank line as Stainless's close theirs: the
 * fragments await, the sync client's calls do not.
 */
const SYNC_PAGE_NOTE = '# with the sync client, the same calls without `await`';

/** Methods that return a plain value, those that take the least first. */
function exampleMethods(pkg: PyPackage): Array<{ resource: PyResource; method: PyMethod }> {
  const plain = allResources(pkg).flatMap((resource) =>
    resource.methods
      .filter((m) => m.stream?.always !== true && !/BinaryAPIResponse$/.test(m.returns))
      .map((method) => ({ resource, method })),
  );
  const weight = (m: PyMethod) => m.pathParams.length + m.params.filter((p) => p.required).length;
  return plain.sort((a, b) => weight(a.method) - weight(b.method));
}

/** The call of `chosen`, opened by `head` (`await `), laid out for a program that indents it by `indent`. */
function example(
  pkg: PyPackage,
  api: Api,
  chosen: Chosen,
  forms: StainlessPythonForms,
  head: string,
  indent = 0,
): Example {
  const { text, utils } = readmeCall(pkg, api, chosen, { head, indent, forms });
  return { resource: chosen.resource, method: chosen.method, call: text, utils };
}

/**
 * README.md, in the forms of `forms`'s era (the newest by default: an older one has no aiohttp section, and its
 * README's own forms, `forms.readme`, are older too). `pkg.installFrom` names the repository pip installs a package
 * kept off PyPI from.
 */
export function planReadme(
  pkg: PyPackage & InstalledPackage,
  api: Api,
  repository: string | null,
  forms: StainlessPythonForms & { readme?: StainlessReadmeForms } = pythonFormsOfEra(null),
): string {
  const readmeForms = forms.readme ?? readmeFormsOfEra(null);
  // (`api.readmeTitle` is the TypeScript target's heading.)
  // With a Stainless config, titled as Stainless titled it: after the client (`Knock Mgmt Python API library`).
  // (Stainless's heading says "API library" after the config's `readme_title` too: `Isaacus Python API library`.)
  const named = pkg.readmeTitle ?? `${!pkg.fromStainlessConfig ? api.title : libraryName(pkg.clientName)} Python`;
  const title = `${named} API library`;
  // The config's headline request (else its default one), else the method that takes the least.
  const first = configured(pkg, api, 'headline') ?? configured(pkg, api, 'default') ?? exampleMethods(pkg)[0] ?? null;
  const sync = first ? example(pkg, api, first, forms, '') : null;
  // (Awaited in `main()`, and in the aiohttp program's `async with` block within it.)
  const awaited = first ? example(pkg, api, first, forms, 'await ', 4) : null;
  const aioAwaited = first ? example(pkg, api, first, forms, 'await ', 8) : null;
  // The sections on errors show the config's default request, as Stainless's READMEs do.
  const basicChosen = configured(pkg, api, 'default') ?? first;
  const basic = basicChosen ? example(pkg, api, basicChosen, forms, '') : null;
  const tried = basicChosen ? example(pkg, api, basicChosen, forms, '', 4) : null;
  // (The raw response's program is a ```py one: its values unwrapped.)
  const rawCall = basicChosen ? readmeCall(pkg, api, basicChosen, { forms, unwrapped: true }).text : null;
  const credentials = credentialOptions(pkg);
  const shown = shownCredentials(pkg, api);
  const credentialLines = (indent: string) =>
    shown.map((o) => credentialLine(indent, o, readmeForms.trailingCredentialComment));
  const environmentLines = environmentArgument(pkg);
  const usageLines = [...credentialLines('    '), ...environmentLines];
  const clientArgs = usageLines.length > 0 ? `(\n${usageLines.join('\n')}\n)` : '()';
  const aiohttpArgs = [...credentialLines('        '), '        http_client=DefaultAioHttpClient(),'];
  const needsOs = shown.some((o) => o.envVar);
  const imp = pkg.importName;
  const C = pkg.clientName;
  const A = pkg.asyncClientName;
  const utilsImport = (e: Example | null) =>
    e && e.utils.length > 0 ? `from ${imp}._utils import ${e.utils.join(', ')}\n` : '';
  const use = sync
    ? callAndPrint(pkg, api, sync, sync.call, '')
    : '# call the API through client.<resource>.<method>()';
  const asyncUse = awaited ? callAndPrint(pkg, api, awaited, awaited.call, '    ') : 'pass';
  const errorCall = tried ? tried.call : 'client.get("/")';
  // What a raw response parses to is held in the resource's name in the singular (`embeddings` → `embedding`).
  const parsed = basic ? { ...basic, variable: parsedVariable(basic.resource.attribute) } : null;
  const sections: string[] = [];

  const pypi = pkg.distributionName;
  sections.push(`# ${title}

${pypiBadge(pypi, readmeForms)}

The \`${pkg.distributionName}\` package gives Python 3.9+ programs typed access to the ${restApiName(pkg, api)} REST API: a
synchronous and an asynchronous client (built on [httpx](https://github.com/encode/httpx)), request params as
\`TypedDict\`s and responses as [Pydantic](https://docs.pydantic.dev) models.`);

  // (Stainless's READMEs present the MCP server from MCP_SECTION_SINCE on: python-readme-era.ts.)
  if (api.mcp && readmeForms.mcpSection)
    sections.push(`## MCP Server

The API has an MCP server too, published on npm as \`${api.mcp.packageName}\`: it lets AI assistants explore the API's
endpoints, call them and read their documentation while they help you use this library. Run it with
\`npx -y ${api.mcp.packageName}\`.

> Note: your MCP client may have to pass it environment variables (the API key, say).`);

  // (Stainless's READMEs always have this section: with no documentation site, it points at api.md alone.)
  sections.push(`## Documentation

${api.docsUrl ? `The API itself is documented at [${linkText(api.docsUrl)}](${api.docsUrl}). ` : ''}Every method of this library is listed in [api.md](api.md).`);

  sections.push(`## Installation

${installationBody(pkg, readmeForms)}`);

  sections.push(`## Usage

Every method of the library is listed in [api.md](api.md).

\`\`\`python
${needsOs ? 'import os\n' : ''}${utilsImport(sync)}from ${imp} import ${C}

client = ${C}${clientArgs}

${use}
\`\`\`${
    credentials.some((o) => o.envVar)
      ? `

Rather than passing credentials in code, set ${credentials
          .filter((o) => o.envVar)
          .map((o) => `\`${o.envVar}\``)
          .join(
            ', ',
          )} in the environment (for example with [python-dotenv](https://pypi.org/project/python-dotenv/) and a \`.env\` file kept out of source control), e.g. \`${credentials.find((o) => o.envVar)!.envVar}="${dummyValue(credentials.find((o) => o.envVar)!)}"\`.`
      : ''
  }`);

  // (Stainless's READMEs show aiohttp from AIOHTTP_SINCE on.)
  const aiohttpSection = `

### With aiohttp

The async client sends its requests with \`httpx\` unless told otherwise. For many concurrent requests, \`aiohttp\` can
carry them instead; install the extra and pass \`DefaultAioHttpClient()\`:

\`\`\`sh
${installCommand(pkg, readmeForms, 'aiohttp')}
\`\`\`

\`\`\`python
${needsOs ? 'import os\n' : ''}import asyncio
from ${imp} import DefaultAioHttpClient
from ${imp} import ${A}


async def main() -> None:
    async with ${A}(
${aiohttpArgs.join('\n')}
    ) as client:
        ${aioAwaited ? callAndPrint(pkg, api, aioAwaited, aioAwaited.call, '        ') : 'pass'}


asyncio.run(main())
\`\`\``;

  sections.push(`## Async usage

\`${A}\` has the same methods as \`${C}\`; each one is awaited:

\`\`\`python
${needsOs ? 'import os\n' : ''}import asyncio
${utilsImport(awaited)}from ${imp} import ${A}

client = ${A}${clientArgs}


async def main() -> None:
    ${asyncUse}


asyncio.run(main())
\`\`\`${forms.aiohttp ? aiohttpSection : ''}`);

  const streaming = streamingSection(pkg, api, forms);
  if (streaming) sections.push(streaming);

  sections.push(`## Using types

Request params are [TypedDicts](https://docs.python.org/3/library/typing.html#typing.TypedDict) and responses
[Pydantic models](https://docs.pydantic.dev), so editors complete and check both. A response model converts back
with \`model.to_json()\` and \`model.to_dict()\`. To see type errors in VS Code, set
\`python.analysis.typeCheckingMode\` to \`basic\`.`);

  const configuredPage = configured(pkg, api, 'pagination');
  const paged: Chosen | undefined =
    configuredPage && isPaged(pkg, configuredPage.method)
      ? configuredPage
      : allResources(pkg)
          .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
          .find(({ method }) => isPaged(pkg, method));
  if (paged) {
    const pagedAt = (indent: number) => readmeCall(pkg, api, paged, { indent, forms });
    const pagedCall = pagedAt(0);
    const items = pageItemsField(api, paged.method);
    const plural = paged.resource.attribute;
    const item = pageItemVariable(plural);
    const firstField = pageItemField(api, paged.method);
    const indentedCall = indented(pagedAt(4).text, '    ');
    sections.push(`## Pagination

A list method returns a page that iterates over every item of every page, fetching the next page as needed:

\`\`\`python
from ${imp} import ${C}

client = ${C}()

all_${plural} = []
for ${item} in ${pagedCall.text}:
    all_${plural}.append(${item})
print(all_${plural})
\`\`\`

With the async client, iterate with \`async for\`:

\`\`\`python
import asyncio
from ${imp} import ${A}

client = ${A}()


async def main() -> None:
    all_${plural} = []
    async for ${item} in ${indentedCall}:
        all_${plural}.append(${item})
    print(all_${plural})


asyncio.run(main())
\`\`\`

One page at a time, use \`has_next_page()\`, \`next_page_info()\` and \`get_next_page()\`:

\`\`\`python
first_page = await ${pagedCall.text}
if first_page.has_next_page():
    print(first_page.next_page_info())
    next_page = await first_page.get_next_page()
    print(len(next_page.${items}))

${SYNC_PAGE_NOTE}
\`\`\`

or read a page's items directly:

\`\`\`python
first_page = await ${pagedCall.text}

${cursorLine(api, paged.method)}for ${item} in first_page.${items}:
    print(${firstField ? `${item}.${firstField}` : item})

${SYNC_PAGE_NOTE}
\`\`\``);
  }

  const nestedSection = nestedParamsSection(pkg, api, first, forms);
  if (nestedSection) sections.push(nestedSection);

  const upload = allResources(pkg)
    .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
    .find(({ method }) => method.params.some((p) => p.type.kind === 'file'));
  if (upload) {
    const fileParam = upload.method.params.find((p) => p.type.kind === 'file')!;
    // (The method's call as the README's others make it, its file a path.)
    const uploadCall = readmeCall(pkg, api, upload, {
      given: { [fileParam.wireName]: pyCode('Path("/path/to/file")') },
      forms,
    });
    sections.push(`## File uploads

A file param takes \`bytes\`, a \`PathLike\`, an open file, or a \`(filename, contents, media type)\` tuple:

\`\`\`python
from pathlib import Path
${uploadCall.utils.length > 0 ? `from ${imp}._utils import ${uploadCall.utils.join(', ')}\n` : ''}from ${imp} import ${C}

client = ${C}()

${uploadCall.text}
\`\`\`

The async client reads a \`PathLike\` without blocking the event loop.`);
  }

  sections.push(`## Handling errors

A request that never gets a response (the connection fails or times out) raises \`${imp}.APIConnectionError\`. A
response with a 4xx or 5xx status raises a subclass of \`${imp}.APIStatusError\`, which holds \`status_code\` and
\`response\`. Both derive from \`${imp}.APIError\`.

\`\`\`python
import ${imp}
from ${imp} import ${C}

client = ${C}()

try:
    ${indented(errorCall, '    ')}
except ${imp}.APIConnectionError as e:
    print("no response from the server")
    print(e.__cause__)  # what httpx raised
except ${imp}.RateLimitError as e:
    print("429: too many requests, back off")
except ${imp}.APIStatusError as e:
    print("an error status")
    print(e.status_code)
    print(e.response)
\`\`\`

| Status Code | Error Type                 |
| ----------- | -------------------------- |
| 400         | \`BadRequestError\`          |
| 401         | \`AuthenticationError\`      |
| 403         | \`PermissionDeniedError\`    |
| 404         | \`NotFoundError\`            |
| 422         | \`UnprocessableEntityError\` |
| 429         | \`RateLimitError\`           |
| >=500       | \`InternalServerError\`      |
| N/A         | \`APIConnectionError\`       |

### Retries

Connection errors, 408, 409, 429 and 5xx responses are retried twice by default, waiting a little longer each time
(and as long as the server's \`Retry-After\` asks). \`max_retries\` sets how many times:

\`\`\`python
from ${imp} import ${C}

# every request of this client
client = ${C}(
    max_retries=0,
)

# one request
client.with_options(max_retries=5)${basic ? `.${basic.call.replace(/^client\./, '')}` : ''}
\`\`\`

### Timeouts

Requests time out after 1 minute by default. \`timeout\` takes seconds or an \`httpx.Timeout\`:

\`\`\`python
import httpx
from ${imp} import ${C}

# every request of this client
client = ${C}(
    timeout=20.0,
)

# each phase of a request bounded apart
client = ${C}(
    timeout=httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0),
)

# one request
client.with_options(timeout=5.0)${basic ? `.${basic.call.replace(/^client\./, '')}` : ''}
\`\`\`

A request that times out raises \`APITimeoutError\`; it is retried like a connection error.`);

  const logLevel = readmeForms.logInfo ? 'info' : 'debug';
  // (The raw wrappers' and streaming wrappers' sections where the era has them: python-era.ts.)
  const rawSection = `### Accessing raw response data (e.g. headers)

\`.with_raw_response.\` before a method returns the HTTP response itself; \`.parse()\` gives what the method would
have returned:

\`\`\`py
from ${imp} import ${C}

client = ${C}()
response = client${rawCall ? `.${rawCall.replace(/^client\./, '').replace(/^([a-z_.]*?)([a-z_]+)\(/, (_, chain: string, name: string) => `${chain}with_raw_response.${name}(`)}` : '.with_raw_response'}
print(response.headers.get('X-My-Header'))

${parsed ? `${parsed.variable} = response.parse()\nprint(${printedOf(pkg, api, parsed.method, parsed.variable)})` : ''}
\`\`\`

`;
  const streamingWrapperSection = `#### \`.with_streaming_response\`

The raw response above is read whole first. To read the body as it arrives, use \`.with_streaming_response.\`, a
context manager that closes the response when the block ends:

\`\`\`python
with client${basic ? `.${basic.call.replace(/^client\./, '').replace(/^([a-z_.]*?)([a-z_]+)\(/, (_, chain: string, name: string) => `${chain}with_streaming_response.${name}(`)}` : '.with_streaming_response'} as response:
    print(response.headers.get("X-My-Header"))

    for line in response.iter_lines():
        print(line)
\`\`\`

`;
  sections.push(`## Advanced

### Logging

The library logs through the standard \`logging\` module. Set \`${pkg.envPrefix}_LOG\` to \`${logLevel}\` to see its messages:

\`\`\`shell
$ export ${pkg.envPrefix}_LOG=${logLevel}
\`\`\`${readmeForms.logInfo ? '\n\n`debug` also logs each request and response.' : ''}

### How to tell whether \`None\` means \`null\` or missing

A response field is \`None\` both when the API sent \`null\` and when it left the field out. The fields it sent are in
the model's \`model_fields_set\`:

\`\`\`py
if response.my_field is None:
  if 'my_field' not in response.model_fields_set:
    print('the API left "my_field" out')
  else:
    print('the API sent "my_field" as null')
\`\`\`

${forms.rawResponseWrappers ? rawSection : ''}${forms.streamingResponseWrappers ? streamingWrapperSection : ''}### Making custom/undocumented requests

#### Undocumented endpoints

\`client.get\`, \`client.post\` and the other verbs send a request to any path, with the client's authentication,
retries and headers:

\`\`\`py
import httpx

response = client.post(
    "/foo",
    cast_to=httpx.Response,
    body={"my_param": True},
)

print(response.headers.get("x-foo"))
\`\`\`

#### Undocumented request params

A method's call also takes \`extra_query\`, \`extra_body\` and \`extra_headers\` for params it does not declare.

#### Undocumented response properties

Response fields the models do not declare are kept: read them as attributes, or with \`model.model_extra\`.

### Configuring the HTTP client

\`http_client\` takes an \`httpx.Client\` (\`httpx.AsyncClient\`) of your own, e.g. for proxies or custom transports;
\`DefaultHttpxClient\` keeps the library's defaults:

\`\`\`python
import httpx
from ${imp} import ${C}, DefaultHttpxClient

client = ${C}(
    base_url="http://my.test.server.example.com:8083",
    http_client=DefaultHttpxClient(
        ${readmeForms.httpxProxy ? 'proxy' : 'proxies'}="http://my.test.proxy.example.com",
        transport=httpx.HTTPTransport(local_address="0.0.0.0"),
    ),
)
\`\`\`

\`with_options()\` gives a client of its own to some requests alone:

\`\`\`python
client.with_options(http_client=DefaultHttpxClient(...))
\`\`\`

### Managing HTTP resources

The client closes its connections when it is garbage-collected, when \`client.close()\` is called, or at the end of a
\`with\` block${readmeForms.closeExample ? closeExample(imp, C) : '.'}`);

  sections.push(`## Versioning

The package follows [SemVer](https://semver.org/spec/v2.0.0.html), except that changes which only affect static
types, and changes to internals (\`_\`-prefixed modules and names), may come in minor versions.${
    repository
      ? ` Questions and bug reports are welcome on [the issue tracker](https://github.com/${repository}/issues).`
      : ''
  }

### Determining the installed version

The installed version is \`${imp}.__version__\`:

\`\`\`py
import ${imp}
print(${imp}.__version__)
\`\`\``);

  sections.push(`## Requirements

Python 3.9 or newer.`);

  sections.push(`## Contributing

See [CONTRIBUTING.md](./CONTRIBUTING.md).`);

  return `${onePerParagraph(sections.join('\n\n'))}\n`;
}

/** Whether a Markdown line opens a block of its own (a heading, table row, quote, list item, comment or badge). */
function opensBlock(line: string): boolean {
  return /^(#|\||>|[-*] |\d+\. |<!--|\[!\[)/.test(line);
}

/**
 * `markdown` with each paragraph of prose on one line, as Stainless's READMEs write theirs (the planner's text is
 * wrapped for reading here); code blocks, headings, tables, quotes and lists are left as they are.
 */
function onePerParagraph(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  let joinable = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const prose = !inCode && !line.startsWith('```') && line.trim() !== '' && !opensBlock(line);
    if (prose && joinable) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joinable = prose;
  }
  return out.join('\n');
}

/**
 * A credential the client is made with, at `indent`: `<name>=os.environ.get("<VAR>"),` and its comment, the call broken
 * over three lines where the line would pass the README's width, as Ruff breaks it (the comment's width counts: with
 * this comment, at the lengths at which Stainless's READMEs break theirs); an option read from no variable is given
 * its dummy value (`api_key="My API Key",`).
 */
function credentialLine(indent: string, option: PyClientOption, trailingComment: boolean): string {
  if (!option.envVar) return `${indent}${option.name}=${pyStr(dummyValue(option))},`;
  // (Before TRAILING_CREDENTIAL_COMMENT_SINCE, the comment is a line of its own above the argument.)
  if (!trailingComment)
    return `${indent}# the default; may be left out\n${indent}${option.name}=os.environ.get(${pyStr(option.envVar)}),`;
  const comment = '  # the default; may be left out';
  const line = `${indent}${option.name}=os.environ.get(${pyStr(option.envVar)}),${comment}`;
  if (line.length <= README_WIDTH) return line;
  return `${indent}${option.name}=os.environ.get(\n${indent}    ${pyStr(option.envVar)}\n${indent}),${comment}`;
}

/** The program closing a client at the end of a \`with\` block (CLOSE_EXAMPLE_SINCE on). */
function closeExample(imp: string, client: string): string {
  return `:

\`\`\`py
from ${imp} import ${client}

with ${client}() as client:
  # the requests go here
  ...

# here its connections are closed
\`\`\``;
}

/** The PyPI version badge, in the form of the README's era (the label, then the comment that keeps it whole). */
function pypiBadge(pypi: string, forms: StainlessReadmeForms): string {
  const image = `https://img.shields.io/pypi/v/${pypi}.svg`;
  const link = `https://pypi.org/project/${pypi}/`;
  if (!forms.badgeLabel) return `[![PyPI version](${image})](${link})`;
  const labelled = `${image}?label=pypi%20(stable)`;
  if (!forms.badgePrettierIgnore) return `[![PyPI version](<${labelled}>)](${link})`;
  return `<!-- prettier-ignore -->\n[![PyPI version](${labelled})](${link})`;
}

/** A documentation link's text: its host and path (`docs.acme.com`), as Stainless's READMEs show it. */
function linkText(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/**
 * What the README's first paragraph calls the API (`the <name> REST API`): with a Stainless config, the library's name
 * after the client, as the TypeScript README says it; else the spec's title without a last word "API" of its own (a
 * title `Isaacus API` is not "the Isaacus API REST API").
 */
function restApiName(pkg: PyPackage, api: Api): string {
  if (pkg.fromStainlessConfig) return libraryName(pkg.clientName);
  return api.title.replace(/\s+(?:REST\s+)?API$/i, '') || api.title;
}

/**
 * A client of another environment than the default, where the API has several, as Stainless's programs show it: the
 * second, under a line naming the others (where there is more than the default among them) and the default.
 */
function environmentArgument(pkg: PyPackage): string[] {
  const [first, chosen] = pkg.environments;
  if (first === undefined || chosen === undefined) return [];
  const others = pkg.environments.filter((environment) => environment !== chosen).map((e) => `'${e.name}'`);
  const or = others.length > 1 ? `or ${others.join(' | ')}; ` : '';
  return [`    # ${or}defaults to ${pyStr(first.name)}.`, `    environment=${pyStr(chosen.name)},`];
}
