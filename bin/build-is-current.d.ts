/** Whether dist/ under `root` was built after the last change to the TypeScript sources. */
export function buildIsCurrent(root: string): boolean;
