/** Text from GitHub or a certificate, made safe for a one-line message: bounded, and only plain URL characters. */
export function safeText(value: string, max = 100): string {
  const plain = value.replace(/[^A-Za-z0-9 ._~/@:+#=?&%-]/g, '?');
  return plain.length > max ? `${plain.slice(0, max)}…` : plain;
}
