/**
 * The recursive union the model-rebuild tests share (a workflow's steps, a branch step holding steps again), as the
 * entries of a spec's `components.schemas` (indented for it), written into each test's own spec.
 */
export const STEP_SCHEMAS = `    Step:
      oneOf:
        - { $ref: '#/components/schemas/DelayStep' }
        - { $ref: '#/components/schemas/BranchStep' }
      discriminator: { propertyName: type }
    DelayStep:
      type: object
      required: [type, seconds]
      properties:
        type: { type: string, enum: [delay] }
        seconds: { type: integer }
    BranchStep:
      type: object
      required: [type, branches]
      properties:
        type: { type: string, enum: [branch] }
        branches:
          type: array
          items:
            type: object
            required: [steps]
            properties:
              name: { type: string }
              steps:
                type: array
                items: { $ref: '#/components/schemas/Step' }
`;
