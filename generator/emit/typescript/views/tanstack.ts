import type { CommonView } from './package';
import type { ParametersView, RequestView } from './resources';

/** `src/tanstack.ts` (`<package>/tanstack`, the config's `tanstackQuery`): exports every resource's TanStack Query options. */
export interface TanstackIndexView extends CommonView {
  /** Complete export statements, one per resource module. */
  exports: string[];
}

/**
 * `src/tanstack/<resource>.ts`: the TanStack Query options of one resource's methods (the client's own methods have
 * a module of their own too), and the key its queries start with.
 */
export interface TanstackView extends CommonView {
  /** Import lines, complete statements. */
  imports: string[];
  /** The core client class the factories take: "SmitheryCore". */
  coreClass: string;
  /** The constant holding the key every query of the resource starts with: "serversReleasesKeys"; "" for the client's own methods. */
  keysName: string;
  /** The resource on a client, for docs: "client.servers.releases". */
  receiver: string;
  /** The key's segments, quoted and comma-separated: "'servers', 'releases'". */
  key: string;
  /** Its methods' key functions and factories. */
  methods: TanstackMethodView[];
}

/** The key function and factories of one method. */
export interface TanstackMethodView {
  /** The method on a client, for docs: "client.servers.releases.list". */
  methodPath: string;
  /** The function returning the method's query key: "serversReleasesListQueryKey". */
  keyFunction: string;
  /** The key's segments before its arguments, quoted: "'servers', 'releases', 'list'". */
  key: string;
  /** The key's last element, the method's arguments as one object: "{ qualifiedName, ...params }"; "" for none. */
  keyObject: string;
  /** The factories' parameters after the client (the method's, without request options): "qualifiedName: string, params?: ReleaseListParams | null". */
  parameters: string;
  /** Their names, comma-separated: "qualifiedName, params". */
  arguments: string;
  /** The arguments of the request function before its options, each followed by a comma and space ("" for none). */
  requestArguments: string;
  /** The query options factory: "serversReleasesListOptions". */
  optionsName: string;
  /** What the query's data is: "DeploymentInfo", the page class. */
  valueType: string;
  /** The union of the errors the method fails with: "ServersReleasesListError". */
  errorType: string;
  /** The function that sends the method's request: "serversReleasesListRequest". */
  requestFunction: string;
  /** For a paginated method, its infinite query options factory; else null. */
  infinite: {
    /** "serversReleasesListInfiniteOptions". */
    name: string;
    /** One page of the data: "PageData<Release, PageFields<ReleasesPage<Release>>>". */
    pageType: string;
  } | null;
  /** For a method that is not a GET, its mutation options factory; else null. */
  mutation: {
    /** "serversReleasesDeployMutation". */
    name: string;
    /** What `mutate` takes: the method's one argument, a tuple of its arguments, or "void". */
    variablesType: string;
    /** The mutation function's parameter: "params", "[qualifiedName, params]", or "" for none. */
    variables: string;
  } | null;
  /** Where the SDK has no standalone functions: the request function this module declares; else null. */
  localRequest: {
    /** Its parameters after the client (the method's, params never taking request options in their place). */
    parameters: ParametersView;
    /** "APIPromise<DeploymentInfo>". */
    returnType: string;
    /** The request it builds (`partials/request.hbs`). */
    request: RequestView;
  } | null;
  /** Where the SDK has no standalone functions: the members of the error union this module declares; else null. */
  localError: {
    /** Members of the union: "NotFoundError<DeploymentError>", …, "APIUserAbortError". */
    errors: string[];
  } | null;
}
