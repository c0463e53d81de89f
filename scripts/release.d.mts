export function parseVersion(text: string | undefined): [number, number, number] | undefined;
export function newer(a: number[], b: number[]): boolean;
