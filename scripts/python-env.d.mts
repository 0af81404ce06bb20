/** Types of what scripts/python-env.mjs exports (for the Python target's tests). */

export const PYTHON_REQUIREMENTS: string[];
export class PythonEnvError extends Error {}
export function pythonVenvDir(): string;
export function venvPython(venv?: string): string;
export function findSystemPython(): { command: string; version: string };
export function pipIndexArgs(): string[];
export function ensurePythonEnv(options?: { log?: (line: string) => void }): string;
