/**
 * The members of a resource and of its wrappers as Stainless's SDKs of early 2024 and before set them: in `__init__`,
 * where later generations declare `cached_property`s (python-era.ts: RESOURCE_PROPERTIES_SINCE for a resource's
 * subresources and wrappers, WRAPPER_PROPERTIES_SINCE for a wrapper's subresources).
 */
import type { PyResource } from '../types/model';
import type { PythonBuild } from '../types/build-model';
import type { PyModuleBuilder } from '../types/print-types';
import { relativeImport } from '../types/print-types';
import { layoutAssignment, layoutDef } from '../py-layout';
import { callExpr, type ResourceExpr, type ResourceLayout } from './print-resource-layout';

/** One member a resource sets: its attribute, its class and the value it is set to. */
export interface EagerMember {
  attribute: string;
  annotation: string;
  value: ResourceExpr;
}

/**
 * A resource class's members declared on the class and set in its `__init__` (lithic-python's of 2023-12:
 * `credit_configurations: CreditConfigurations`, `def __init__(self, client: Lithic) -> None:`,
 * `self.credit_configurations = CreditConfigurations(client)`); nothing where it has none.
 */
export function eagerResourceMembers(
  members: EagerMember[],
  isAsync: boolean,
  build: PythonBuild,
  layout: ResourceLayout,
): string[] {
  if (members.length === 0) return [];
  const client = isAsync ? build.pkg.asyncClientName : build.pkg.clientName;
  return [
    ...members.flatMap((m) =>
      layout.laidOut(layoutAssignment('    ', m.attribute, m.annotation, null), `    ${m.attribute}: ${m.annotation}`),
    ),
    '',
    ...layout.laidOut(
      layoutDef('    ', 'def __init__', ['self', `client: ${client}`], 'None'),
      `    def __init__(self, client: ${client}) -> None:`,
    ),
    '        super().__init__(client)',
    ...members.flatMap((m) => layout.statement('        ', `self.${m.attribute} = `, m.value)),
    '',
  ];
}

/**
 * The header of a module whose resource classes set their members in `__init__`: the client's classes they annotate,
 * imported for type checkers alone (the client imports the resources).
 */
export function clientImportForTypeCheckers(resource: PyResource, build: PythonBuild, out: PyModuleBuilder): string[] {
  const { clientName, asyncClientName } = build.pkg;
  return [
    `if ${out.use('TYPE_CHECKING')}:`,
    `    from ${relativeImport(resource.module, '_client')} import ${clientName}, ${asyncClientName}`,
  ];
}

/** A subresource set in `__init__` (`Actions(client)`, where a later one reads `self._client`): `open` is `Actions(`. */
export function eagerSubresource(open: string): ResourceExpr {
  return callExpr(open.slice(0, -1), ['client']);
}
