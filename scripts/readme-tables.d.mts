export function tables(): string;
export function updated(readme: string): string;
