export const ACTIONS: string[];
/** The inputs/outputs tables of the top-level action ('') or of a sub-action folder. */
export function tables(action?: string): string;
export function updated(readme: string): string;
