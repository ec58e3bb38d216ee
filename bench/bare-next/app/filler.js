// Deterministic word salad for the padded pages: words picked from a list by a
// fixed pseudo-random sequence until the text has the requested length.
export function filler(length, words) {
  let seed = 42;
  let text = "";
  while (text.length < length && words.length > 0) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += words[seed % words.length] + " ";
  }
  return text.slice(0, length);
}

export function requestedLength(bytes) {
  return Math.max(0, Math.min(2_000_000, Number.parseInt(bytes, 10) || 0));
}
