import { ActionError, failureText, InputError, publicMessage, serviceText } from '../../src/errors.js';

const LOG = 'the details are in the job log.';

describe('publicMessage: an unexpected error is reduced to its name', () => {
  test.each([
    ['Unexpected error: TypeError: secret-token-123 is not a function\n    at main (src/main.ts:1:1)', 'TypeError'],
    ['Unexpected error: RangeError', 'RangeError'],
    ['Unexpected error: $Custom_Error2 boom secret', '$Custom_Error2'],
    ['Unexpected error: _x: secret', '_x']
  ])('%j names only %s', (message, name) => {
    expect(publicMessage(message)).toBe(`Unexpected error (${name}): ${LOG}`);
  });

  test.each([
    'Unexpected error: 42',
    'Unexpected error: {"token":"secret"}',
    'Unexpected error: secret-token-123',
    'Unexpected error: '
  ])('without a plain name first, nothing of the text is kept: %j', (message) => {
    expect(publicMessage(message)).toBe(`Unexpected error: ${LOG}`);
  });

  test('"Unexpected error:" later in a message is ordinary text, not a reason to drop the message', () => {
    const message = "Input 'version': \"Unexpected error: x\" is not a number";
    expect(publicMessage(message)).toBe(message);
  });
});

describe('serviceText: what publicMessage replaces', () => {
  test('the service text is returned unchanged for the job log and replaced in the public form', () => {
    const fragment = serviceText('AccessDenied: user arn:aws:iam::111122223333:user/alice', 'access denied (see job log)');
    expect(fragment).toBe('AccessDenied: user arn:aws:iam::111122223333:user/alice');
    expect(publicMessage(`Registering: ${fragment}`)).toBe('Registering: access denied (see job log)');
  });

  test('a blank service text is not recorded: it would otherwise rewrite every public message', () => {
    expect(serviceText('   ', '[hidden]')).toBe('   ');
    expect(serviceText('', '[hidden]')).toBe('');
    expect(publicMessage('Deploy   failed: endpoint   busy')).toBe('Deploy   failed: endpoint   busy');
  });

  test('a message wrapping another service text is replaced as a whole, the longest text first', () => {
    const inner = serviceText('ThrottlingException: rate exceeded for 111122223333', 'throttled (see job log)');
    const outer = serviceText(`Endpoint update failed: ${inner}`, 'endpoint update failed (see job log)');
    expect(publicMessage(`Deploy: ${outer}`)).toBe('Deploy: endpoint update failed (see job log)');
    expect(publicMessage(`Retry: ${inner}`)).toBe('Retry: throttled (see job log)');
  });

  test('longest first also when the longer text was recorded first', () => {
    const outer = serviceText('Model package failed: ValidationException: bad image 444455556666', 'model package failed (see job log)');
    const inner = serviceText('ValidationException: bad image 444455556666', 'invalid (see job log)');
    expect(publicMessage(outer)).toBe('model package failed (see job log)');
    expect(publicMessage(`Check: ${inner}`)).toBe('Check: invalid (see job log)');
  });
});

describe('failureText: what a failed run records (for the log), and its public form', () => {
  test('an ActionError is its message, written for the reader', () => {
    expect(failureText(new InputError('comment', 'x', 'must be true'))).toBe(`Input 'comment': "x" must be true`);
    expect(failureText(new ActionError('Deployment failed'))).toBe('Deployment failed');
  });

  test('anything else is unexpected: the log gets its stack, the public form its name only', () => {
    const err = new TypeError('secret-detail');
    const text = failureText(err);
    expect(text).toBe(`Unexpected error: ${err.stack}`);
    expect(publicMessage(text)).toBe(`Unexpected error (TypeError): ${LOG}`);
  });

  test('a thrown value that is not an Error is unexpected too, and nothing of it is posted', () => {
    expect(failureText('arn:aws:sts::123456789012:assumed-role/x/y')).toBe('Unexpected error: arn:aws:sts::123456789012:assumed-role/x/y');
    expect(publicMessage(failureText('arn:aws:sts::123456789012:assumed-role/x/y'))).not.toContain('123456789012');
    expect(publicMessage(failureText(undefined))).toBe(`Unexpected error (undefined): ${LOG}`);
  });
});
