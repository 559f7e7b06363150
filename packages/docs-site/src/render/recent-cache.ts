/**
 * A cache that keeps what was used recently: what repeats across pages (a shared response's example,
 * a shared schema's descriptions) stays, what one page alone uses is dropped, so memory stays flat
 * however large the spec. Two generations: when the current one is full it becomes the previous
 * one, and an entry used again is carried over.
 */
export class RecentCache<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: string, make: () => V): V {
    let value = this.#current.get(key);
    if (value !== undefined) return value;
    value = this.#previous.get(key) ?? make();
    if (this.#current.size >= this.#capacity) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
    return value;
  }
}
