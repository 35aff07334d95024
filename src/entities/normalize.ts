/**
 * NFC normalisation that remembers where each character came from, so mentions found in the
 * normalised text can be reported with offsets into the caller's original (maybe decomposed) text.
 */
export interface NormalizedText {
  text: string;
  /** toOriginal[i] = UTF-16 offset in the input of normalised offset i (length text.length + 1) */
  toOriginal: Int32Array;
}

// A base character followed by combining marks: the unit NFC can recompose.
const CLUSTER = /[^\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff][\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]+/g;

export function normalizeWithMap(input: string): NormalizedText {
  const nfc = input.normalize('NFC');
  if (nfc === input) {
    const identity = new Int32Array(input.length + 1);
    for (let i = 0; i <= input.length; i++) identity[i] = i;
    return { text: input, toOriginal: identity };
  }
  let text = '';
  const map: number[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) map.push(i);
    text += input.slice(from, to);
  };
  for (const match of input.matchAll(CLUSTER)) {
    const at = match.index;
    copy(last, at);
    const composed = match[0].normalize('NFC');
    // every code unit of the composed cluster maps to the cluster's start
    for (let k = 0; k < composed.length; k++) map.push(at);
    text += composed;
    last = at + match[0].length;
  }
  copy(last, input.length);
  map.push(input.length);
  return { text, toOriginal: Int32Array.from(map) };
}

/** Original offsets of a normalised span (spans never split a composed character). */
export function originalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.toOriginal[start] ?? start, norm.toOriginal[end] ?? end];
}
