import { link } from '../../../src/report/markdown.js';

describe('link: only a URL that is https from its first character becomes a link', () => {
  test.each([
    'javascript:alert(1)//https://evil.example',
    'data:text/html,https://evil.example',
    ' https://evil.example',
    'xhttps://evil.example'
  ])('a URL that merely ends in an https URL is dropped, the label stays as text: %j', (url) => {
    expect(link('console', url)).toBe('console');
  });

  test('a plain https URL is still linked', () => {
    expect(link('console', 'https://console.aws.amazon.com/x')).toBe('[console](https://console.aws.amazon.com/x)');
  });
});
