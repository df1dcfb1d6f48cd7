/**
 * Text normalisation that keeps every offset: the output has exactly the input's UTF-16 length,
 * so a match found in the normalised text is a span of the original text too.
 */

// Curly, modifier and accent apostrophes all mean "'" in contractions ("I’m", "don`t").
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4\u2032]/g;
// Curly and guillemet double quotes all open or close a quotation.
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Lower-cases and unifies apostrophes and quotes without changing the length of the text. */
export function normalizeText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = lowerByChar(text);
  return lower.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
}

// A few characters (Turkish dotted I) grow when lower-cased: keep those as they are.
function lowerByChar(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}
