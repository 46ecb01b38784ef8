/**
 * A short name for the exact spaces file the page loaded (FNV-1a of its text, 8 hex digits):
 * whoever reports a wrong fact says which version of the data they read, and the office can
 * tell it from another, wherever the file was served from.
 */
export function dataVersion(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A `mailto:` link with its subject and body (lines end in CRLF, as mail has them). */
export function mailtoLink(to: string, subject: string, body: string): string {
  const params = [
    `subject=${encodeURIComponent(subject)}`,
    `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`,
  ];
  return `mailto:${to}?${params.join('&')}`;
}
