/**
 * Escaping for the feeds. Notice text is written by people under
 * pressure and passes through several systems, so it may hold markup,
 * ampersands, or characters XML forbids outright.
 */

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls
 * other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Text made safe for HTML. `&apos;` is XML and HTML5 but not HTML 4, and
 * feed readers still parse HTML 4, so the apostrophe uses its number.
 */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}

/** Plain-text lines as HTML paragraphs, every line escaped. */
export function paragraphsHtml(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}
