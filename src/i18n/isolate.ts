/**
 * Text from the data or the URL placed inside a translated sentence ("This data comes from
 * {title}") is wrapped in Unicode isolates, FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so
 * that whatever it holds (a right-to-left title in an English sentence, or a stray right-to-left
 * override) cannot reorder the words around it. Text shown on its own goes in a <bdi> or an
 * element with dir="auto" instead.
 */

/** The text between FSI and PDI: its direction is its own, and nothing in it reaches outside. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
