/** One line of a PR comment's hidden history (the version a run registered), as the comment tests use it. */
import type { HistoryEntry } from '../../src/report/summary.js';
import { SHA } from './run-context.js';

export const historyEntry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  commit: SHA,
  image: 'ghcr.io/acme/fraud-model:v1',
  approval: 'PendingManualApproval',
  time: '2025-06-01T12:00:00.000Z',
  ...over
});
