// Gong pages every list: the body's `records.cursor` is there while more records remain, and the
// same request with that cursor brings the next page. A paged method returns a PagePromise.
import { GongCursorExpiredError, GongNotFoundError, GongPaginationError } from "./errors.js";

/** The items of a page: the array property `Key` of `Page`, or never. */
export type ItemsOf<Page, Key extends keyof Page> =
  NonNullable<Page[Key]> extends readonly (infer Item)[] ? Item : never;

/** How one paged operation pages: where its items are, and how to ask for the page after a cursor. */
export interface Paging<Page> {
  /** The 200 body's array property that holds a page's items. */
  items: string;
  /** Sends the same request with `cursor` (in the query or the body, as the spec says). */
  next(cursor: string): Promise<Page>;
  /** "GET /v2/users", for errors. */
  operation: string;
}

/**
 * The first page's body, as every method's promise is, and an `AsyncIterable` over the items of
 * every page (`for await (const user of gong.users.list())`); `.pages()` iterates whole bodies.
 * Pages are requested only when the iteration reaches them, one at a time; the first request is
 * shared by `await` and iteration.
 */
export class PagePromise<Page, Item> extends Promise<Page> implements AsyncIterable<Item> {
  // then/catch/finally return plain promises, not PagePromises without paging.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #first: Promise<Page>;
  readonly #paging: Paging<Page>;

  constructor(first: Promise<Page>, paging: Paging<Page>) {
    super((resolve, reject) => {
      first.then(resolve, reject);
    });
    this.#first = first;
    this.#paging = paging;
    // A caller who only iterates never awaits this promise: its rejection reaches them through the
    // iteration instead, and must not also be reported as unhandled.
    this.catch(() => {});
  }

  /**
   * Every page's whole body, in order; stops when a page has no `records.cursor`, or when Gong answers
   * 404 because nothing matches the filter (zero pages then). An expired cursor throws
   * GongCursorExpiredError saying how many pages and items were read.
   */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const { items, next, operation } = this.#paging;
    const seen = new Set<string>();
    let itemsRead = 0;
    let page = await settleEmpty(this.#first);
    for (let number = 1; page !== EMPTY; number++) {
      const found = (page as Record<string, unknown>)[items];
      yield page;
      itemsRead += Array.isArray(found) ? found.length : 0;
      const cursor = (page as { records?: { cursor?: unknown } } | undefined)?.records?.cursor;
      if (typeof cursor !== "string" || cursor === "") return;
      if (!Array.isArray(found) || found.length === 0) {
        throw new GongPaginationError(
          `${operation}: page ${number} has no ${items} but a cursor to another page; stopped rather than page on without progress`,
        );
      }
      if (seen.has(cursor)) {
        throw new GongPaginationError(
          `${operation}: page ${number} repeats the cursor of an earlier page; stopped rather than loop`,
        );
      }
      seen.add(cursor);
      try {
        page = await settleEmpty(next(cursor));
      } catch (error) {
        if (error instanceof GongCursorExpiredError) {
          error.pagesRead = number;
          error.itemsRead = itemsRead;
        }
        throw error;
      }
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const { items } = this.#paging;
    for await (const page of this.pages()) {
      const found = (page as Record<string, unknown>)[items];
      if (Array.isArray(found)) yield* found as Item[];
    }
  }
}

const EMPTY = Symbol("nothing matches");

/** The page, or EMPTY when Gong answered 404 because nothing matches the filter. */
async function settleEmpty<Page>(page: Promise<Page>): Promise<Page | typeof EMPTY> {
  try {
    return await page;
  } catch (error) {
    if (error instanceof GongNotFoundError && error.nothingMatches) return EMPTY;
    throw error;
  }
}
