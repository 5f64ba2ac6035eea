/**
 * A word trie for phrase look-up: longest match of lexicon phrases over a
 * run of lower-cased words, in time linear in the phrase length.
 */
import { normalizeWord } from './words.js'

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>
  value: V | undefined
}

export interface PhraseMatch<V> {
  length: number
  value: V
}

export class PhraseIndex<V> {
  private readonly root: TrieNode<V> = { next: new Map(), value: undefined }
  size = 0

  /** Add `words` (already split); a later value for the same words wins. */
  add(words: readonly string[], value: V): void {
    if (words.length === 0) return
    let node = this.root
    for (const word of words) {
      let child = node.next.get(word)
      if (!child) {
        child = { next: new Map(), value: undefined }
        node.next.set(word, child)
      }
      node = child
    }
    if (node.value === undefined) this.size++
    node.value = value
  }

  delete(words: readonly string[]): void {
    let node: TrieNode<V> | undefined = this.root
    for (const word of words) node = node?.next.get(word)
    if (node && node.value !== undefined) {
      node.value = undefined
      this.size--
    }
  }

  /** The entry for one word, if that word alone is a phrase. */
  word(word: string): V | undefined {
    return this.root.next.get(word)?.value
  }

  /** Longest phrase starting at `words[from]`; `words` are normalised. */
  longest(words: readonly string[], from: number, limit = words.length): PhraseMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root
    let best: PhraseMatch<V> | null = null
    for (let i = from; i < limit && node; i++) {
      node = node.next.get(words[i])
      if (node?.value !== undefined) best = { length: i - from + 1, value: node.value }
    }
    return best
  }
}

/** Split a lexicon phrase the way the tokenizer splits text into words. */
export function phraseWords(phrase: string): string[] {
  return normalizeWord(phrase)
    .split(/\s+/)
    .filter((w) => w !== '')
}
