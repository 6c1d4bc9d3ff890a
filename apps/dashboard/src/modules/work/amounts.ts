/** An amount typed as "1,234,567.80" or "1 234 567.8" → "1234567.80"; the server checks the rest. */
export function cleanAmount(text: string): string {
  return text.replace(/[\s,，]/g, '');
}
