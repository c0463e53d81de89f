import { mergeHistory } from '../../../src/report/github-comment.js';
import { historyEntry } from '../../helpers/history.js';

const entry = historyEntry;

describe('mergeHistory: failed runs', () => {
  test('a failure at another commit for the same image stays in the history (each commit keeps its own story)', () => {
    const earlier = entry({ failed: true });
    const later = entry({ failed: true, commit: 'a'.repeat(40), time: '2025-06-02T00:00:00.000Z' });
    expect(mergeHistory([earlier], later)).toEqual([earlier, later]);
  });
});
