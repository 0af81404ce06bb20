export const BUILD_INPUTS: string[];
export function distIsCurrent(root: string): boolean;
