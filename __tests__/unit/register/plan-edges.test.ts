import { describe, expect, test } from '@jest/globals';
import { approvalDescription } from '../../../src/register/plan.js';
import { pushContext } from '../../helpers/run-context.js';


const ctx = pushContext({ workflow: 'register' });

describe('approval description', () => {
  test('a very long branch name is cut so the description stays within the 1,024 characters SageMaker accepts', () => {
    const ref = `refs/heads/${'feature/'.repeat(200)}x`;
    const text = approvalDescription('Approved', { ...ctx, ref });
    expect(text).toHaveLength(1024);
    expect(text.startsWith(`Approved by octocat on push of refs/heads/feature/`)).toBe(true);
  });

  test('line breaks are replaced before the cut, so the result is one line of at most 1,024 characters', () => {
    const ref = `refs/heads/${'a\r\n'.repeat(600)}`;
    const text = approvalDescription('Rejected', { ...ctx, ref });
    expect(text).not.toMatch(/[\r\n]/);
    expect(text.length).toBeLessThanOrEqual(1024);
  });
});
