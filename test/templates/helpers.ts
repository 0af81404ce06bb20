/** Helpers for the template tests: a small spec, temp template folders, the CLI. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths';
import { runSdkgen, type SdkgenRun } from '../helpers/sdkgen-cli';

export const SMITHERY = path.join(ROOT, 'specs/smithery.openapi.yml');
export const SMITHERY_CONFIG = path.join(ROOT, 'specs/smithery.sdkgen.yaml');

/** One resource with a plain and a paginated method, so both method partials are used. */
export const PETS = `openapi: 3.1.0
info: { title: Pets API, version: 1.0.0, description: Pets. }
servers: [{ url: https://api.example.com }]
paths:
  /pets:
    get:
      operationId: listPets
      parameters: [{ name: page, in: query, schema: { type: integer } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: '#/components/schemas/Pet' } }
                  page: { type: integer }
                  totalPages: { type: integer }
                required: [data]
  /pets/{petId}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
components:
  schemas:
    Pet: { type: object, properties: { name: { type: string } }, required: [name] }
`;

/** Writes `files` (relative path → contents) under `dir`; returns `dir`. */
export function writeTree(dir: string, files: Record<string, string>): string {
  for (const [file, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

export function sdkgen(args: string[], cwd = ROOT): SdkgenRun {
  return runSdkgen(args, { cwd });
}
