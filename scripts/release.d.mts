export function parseVersion(text: string | undefined): [number, number, number] | undefined;
export function newer(a: number[], b: number[]): boolean;
/** A reusable workflow's `uses: <owner>/<repo>[/sub]@v<major>` pinned to `@<sha> # <tag>`; what could not be pinned is in `problems`. */
export function pinWorkflow(text: string, o: { repo: string; major: number | string; sha: string; tag: string }): { text: string; count: number; problems: string[] };
