import { code, defuse, escapeMarkdown, link, table } from '../../../src/report/markdown.js';

/** Pipes that GitHub's table parser would treat as cell separators (not preceded by a backslash). */
function unescapedPipes(line: string): number {
  return [...line].filter((ch, i) => ch === '|' && line[i - 1] !== '\\').length;
}

const hostile = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '@acme/security-team please look',
  'cc @octocat and @team',
  'a | b | c',
  '`code` and ``double``',
  'line one\nline two\r\nline three\ttabbed',
  '**bold** _it_ [link](https://evil.example) ![img](x) #123 ~~strike~~',
  'back\\slash | \\| escaped',
  '&#64;user and \\#123 and GH-77 and #9',
  'see https://evil.example/x, www.evil.example and mallory@evil.example',
  '&lt; already escaped &amp;',
  '@'.repeat(50) + '<'.repeat(50) + '|'.repeat(50)
];

describe('escapeMarkdown', () => {
  test.each(hostile)('makes %j inert', (text) => {
    const out = escapeMarkdown(text);
    expect(out).not.toMatch(/</);
    expect(out).not.toMatch(/>/);
    // Nothing GitHub turns into a ping, a reference or a link after rendering (it decodes &#64; and \\# first).
    expect(out).not.toMatch(/@[\w-]/);
    expect(out).not.toMatch(/&#0*64;|&commat;/);
    expect(out).not.toMatch(/#\d|#[\w-]/);
    expect(out).not.toMatch(/GH-\d/i);
    expect(out).not.toMatch(/:\/\/|www\./i);
    expect(out).not.toMatch(/[\r\n\t]/);
    expect(unescapedPipes(out)).toBe(0);
    expect(out).not.toMatch(/(^|[^\\])`/);
  });

  const Z = '\u200b';

  test('exact escapes', () => {
    expect(escapeMarkdown('<b>@team</b> | `x`')).toBe('&lt;b&gt;@' + Z + 'team&lt;/b&gt; \\| \\`x\\`');
    expect(escapeMarkdown('a&b')).toBe('a&amp;b');
    expect(escapeMarkdown('*_[]()#+!~{}\\')).toBe(`\\*\\_\\[\\]\\(\\)\\#${Z}\\+\\!\\~\\{\\}\\\\`);
    expect(escapeMarkdown('one\n\ntwo\r\nthree')).toBe('one two three');
  });

  test('an entity or an escape in the input stays literal text (GitHub would decode it and ping)', () => {
    expect(escapeMarkdown('&#64;x')).toBe(`&amp;\\#${Z}64;x`);
    expect(escapeMarkdown('\\#123')).toBe(`\\\\\\#${Z}123`);
  });

  test('mentions, references and bare links are broken by a zero-width space, the text reads the same', () => {
    expect(defuse('@octocat #12 GH-3 https://a.example www.b.example c@d.example')).toBe(
      `@${Z}octocat #${Z}12 GH${Z}-3 https:${Z}//a.example www${Z}.b.example c@${Z}d.example`
    );
    expect(defuse('@octocat').replace(/\u200b/g, '')).toBe('@octocat');
  });

  test('long text is cut at max characters before escaping, with an ellipsis', () => {
    expect(escapeMarkdown('a'.repeat(301))).toBe(`${'a'.repeat(300)}…`);
    expect(escapeMarkdown('a'.repeat(300))).toBe('a'.repeat(300));
    expect(escapeMarkdown('x'.repeat(10_000), 20)).toBe(`${'x'.repeat(20)}…`);
    expect(escapeMarkdown('<'.repeat(5), 2)).toBe('&lt;&lt;…');
  });
});

describe('code', () => {
  test('wraps in backticks, replaces inner backticks and escapes pipes', () => {
    expect(code('a`b|c')).toBe("`a'b\\|c`");
    expect(code('x\ny')).toBe('`x y`');
    expect(code('z'.repeat(5), 3)).toBe('`zzz…`');
  });

  test.each(hostile)('%j cannot close the span or split a table cell', (text) => {
    const out = code(text);
    expect(out.startsWith('`')).toBe(true);
    expect(out.endsWith('`')).toBe(true);
    expect(out.slice(1, -1)).not.toContain('`');
    expect(unescapedPipes(out)).toBe(0);
    expect(out).not.toMatch(/[\r\n]/);
  });
});

describe('link', () => {
  test('https links keep their URL; the label is escaped', () => {
    expect(link('v1 <b>', 'https://console.aws.amazon.com/x?a=1#/y')).toBe('[v1 &lt;b&gt;](https://console.aws.amazon.com/x?a=1#/y)');
  });

  test.each(['http://example.com', 'javascript:alert(1)', 'https://example.com/a b', 'https://example.com/)(x', 'https://e.com/<x>'])(
    'a URL that is not plain https is dropped: %s',
    (url) => {
      expect(link('label @x', url)).toBe('label @\u200bx');
    }
  );
});

describe('table', () => {
  test('exact layout', () => {
    expect(table([['a', 'b']])).toBe('| | |\n|---|---|\n| a | b |');
  });

  test('rows built from hostile values stay one line with exactly 3 unescaped pipes', () => {
    const rows: [string, string][] = hostile.flatMap((text) => [
      [escapeMarkdown(text), code(text)] as [string, string],
      ['Key', escapeMarkdown(text)] as [string, string],
      [code(text), link(text, 'https://example.com/x')] as [string, string]
    ]);
    const lines = table(rows).split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    for (const line of lines.slice(2)) {
      expect(unescapedPipes(line)).toBe(3);
      expect(line.startsWith('| ')).toBe(true);
      expect(line.endsWith(' |')).toBe(true);
    }
  });
});
