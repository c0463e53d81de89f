export const ACTIONS: string[];
/** The docs page (relative to the repository root) that holds the reference of an action ('' is the top-level one). */
export function page(action?: string): string;
export function start(action?: string): string;
export function end(action?: string): string;
/** The inputs/outputs tables of the top-level action ('') or of a sub-action folder, between its markers. */
export function tables(action?: string): string;
/** The page text with the action's tables regenerated; throws when the page has no markers. */
export function updated(text: string, action?: string): string;
/** The pages whose tables differ from what their action.yml generates. */
export function outdated(root?: string): string[];
