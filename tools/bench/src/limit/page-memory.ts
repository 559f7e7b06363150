// Pagination's memory per page: a child process (with --expose-gc) iterates listings of growing size
// from the strict server with its limit lifted, and reports the heap after a full GC at sampled pages.
// Memory that holds one page at a time stays flat however many pages go by. The same loop over raw
// fetch is measured beside it: what Node and undici themselves keep per request is not the client's.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startStrictLimitServer } from "@gongkit/mock-server/strict-limit";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./page-memory-child.ts", import.meta.url));

/** The page from which growth is measured: by then modules, connections and caches are warm. */
export const WARM_PAGE = 10;
/** Past the warm page, every this many pages is sampled (a full GC per page would dominate the run). */
export const SAMPLE_EVERY = 10;

export interface HeapSample {
  page: number;
  /** process.memoryUsage().heapUsed after a full GC, bytes. */
  heap: number;
}

export interface HeapGrowth {
  warmPage: number;
  warmHeap: number;
  lastPage: number;
  lastHeap: number;
  peakHeap: number;
  /** (lastHeap - warmHeap) / (lastPage - warmPage): bytes the heap grew per page; NaN without pages past the warm one. */
  perPage: number;
}

export interface PageMemory {
  users: number;
  pages: number;
  /** Users the client's iteration yielded. */
  items: number;
  client: HeapGrowth;
  /** The same listing through a raw-fetch loop. */
  fetch: HeapGrowth;
}

/** Whether the child measures the heap at `page` of `lastPage`: the first pages, every SAMPLE_EVERY-th, the last. */
export function isSampledPage(page: number, lastPage: number): boolean {
  return page <= WARM_PAGE || page % SAMPLE_EVERY === 0 || page === lastPage;
}

/**
 * Growth from page WARM_PAGE to the last page; NaN for a listing of no more pages than that, whose
 * pages are all warm-up.
 */
export function heapGrowth(samples: readonly HeapSample[]): HeapGrowth {
  if (samples.length === 0) throw new Error("no page was measured");
  const last = samples.reduce((a, b) => (b.page > a.page ? b : a));
  const warm = samples.find((s) => s.page >= Math.min(WARM_PAGE, last.page)) ?? last;
  return {
    warmPage: warm.page,
    warmHeap: warm.heap,
    lastPage: last.page,
    lastHeap: last.heap,
    peakHeap: Math.max(...samples.map((s) => s.heap)),
    perPage: last.page === warm.page ? Number.NaN : (last.heap - warm.heap) / (last.page - warm.page),
  };
}

async function listInChild(url: string, users: number, pageSize: number, mode: "client" | "fetch") {
  const { stdout } = await run(
    process.execPath,
    ["--expose-gc", CHILD, url, String(users), String(pageSize), mode],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as { items: number; samples: HeapSample[] };
}

/** Lists `users` users, `pageSize` a page, with the client and with raw fetch, each in a fresh child process. */
export async function measurePageMemory(users: number, pageSize = 100): Promise<PageMemory> {
  const server = await startStrictLimitServer({ limit: Number.MAX_SAFE_INTEGER, users, pageSize });
  try {
    const client = await listInChild(server.url, users, pageSize, "client");
    const baseline = await listInChild(server.url, users, pageSize, "fetch");
    const growth = heapGrowth(client.samples);
    return {
      users,
      pages: growth.lastPage,
      items: client.items,
      client: growth,
      fetch: heapGrowth(baseline.samples),
    };
  } finally {
    await server.close();
  }
}
