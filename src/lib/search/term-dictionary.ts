/**
 * Terms by id, looked up straight from a span of the text being indexed: a term already known
 * costs a hash and a comparison, and no new string. Building the index of 100,000 papers looks up
 * ~20 million tokens, so this is most of its time.
 */
export class TermDictionary {
  readonly terms: string[] = [];
  private hashes = new Uint32Array(1 << 12);
  // Open addressing: slot → term id + 1 (0 = empty), at most half full.
  private slots = new Int32Array(1 << 13);

  /** The id of `text.slice(start, end)`, added if new. */
  intern(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash >>>= 0;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && sameSpan(this.terms[id] as string, text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.terms.length;
    this.terms.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const grown = new Uint32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function sameSpan(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
