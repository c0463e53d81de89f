import { mergeHistory } from '../../../src/report/github-comment.js';
import type { HistoryEntry } from '../../../src/report/summary.js';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  commit: '4f2a9c1e0b7d6a5f4e3d2c1b0a99887766554433',
  image: 'ghcr.io/acme/fraud-model:v1',
  approval: 'PendingManualApproval',
  time: '2025-06-01T12:00:00.000Z',
  ...over
});

describe('mergeHistory: failed runs', () => {
  test('a failure at another commit for the same image stays in the history (each commit keeps its own story)', () => {
    const earlier = entry({ failed: true });
    const later = entry({ failed: true, commit: 'a'.repeat(40), time: '2025-06-02T00:00:00.000Z' });
    expect(mergeHistory([earlier], later)).toEqual([earlier, later]);
  });
});
