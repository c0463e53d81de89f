import { blindSpot } from '../../../src/commands/status.js';

describe('status/ blind spot', () => {
  test('a group by name: nothing to say', () => {
    expect(blindSpot({ name: 'g' }, '333344445555')).toBe('');
  });

  test("a group of another account: this account's endpoints only, and whose group it is", () => {
    const group = { name: 'g', arn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/g', accountId: '111122223333', region: 'us-east-1' };
    expect(blindSpot(group, '333344445555')).toBe(
      'Serving on lists the endpoints of account 333344445555 and this Region only: endpoints of other accounts that deploy these versions cannot be seen from here (a Stage record naming one is shown as recorded). The group itself is in account 111122223333.'
    );
    expect(blindSpot(group, undefined)).toContain("Serving on lists the endpoints of this run's account and this Region only");
  });

  test("a group ARN of the run's own account: other accounts may still deploy it", () => {
    const group = { name: 'g', arn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/g', accountId: '111122223333', region: 'us-east-1' };
    const note = blindSpot(group, '111122223333');
    expect(note).toContain('endpoints of account 111122223333 and this Region only');
    expect(note).not.toContain('The group itself');
  });
});
