/**
 * What the planners (typescript/plan.ts and its plan-*.ts helpers) hand to the renderer: one output file, the
 * template that renders it and that template's view. Its own module so that the planners and render.ts share it without importing
 * each other.
 */
export interface PlannedFile {
  /** Output path relative to the SDK root: "src/client.ts". */
  path: string;
  /** Logical template path (looked up through the template layers): "src/client.ts.hbs". */
  template: string;
  view: object;
  /** The unit of the plan (typescript/plan-units.ts), when a regeneration may take the unit from the last run. */
  unit?: PlanUnitTag;
}

/** A unit of the plan: its id in the manifest and its key (typescript/plan-units.ts), worked out when first read. */
export interface PlanUnitTag {
  readonly id: string;
  readonly key: string;
}
