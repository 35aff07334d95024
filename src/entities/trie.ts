/** A phrase trie over tokens: longest-match lookups in O(phrase length). */
import type { Token } from './tokenize';

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };

  constructor(private readonly key: (token: Token) => string) {}

  add(keys: readonly string[], value: V): void {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest phrase starting at token `i`; `end` is the index after its last token. */
  longest(tokens: readonly Token[], i: number): { end: number; value: V } | null {
    let node: Node<V> | undefined = this.root;
    let best: { end: number; value: V } | null = null;
    for (let j = i; j < tokens.length && node !== undefined; j++) {
      const t = tokens[j];
      if (t === undefined || t.text === '\n') break;
      node = node.next.get(this.key(t));
      if (node?.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }
}
