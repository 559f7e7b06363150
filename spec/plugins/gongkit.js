// gongkit's own lint rules (redocly.yaml enables them): the declarations the generators rely on.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// A `$ref` is relative to the file it is written in: each resolved node remembers its file.
const FILE = Symbol("file");

/** Follows `$ref`s with Redocly's resolver, each from the file that holds it. */
function deref(ctx, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 20; hops++) {
    const resolved = ctx.resolve(current, current[FILE]);
    current = resolved.node;
    if (current && typeof current === "object" && resolved.location) {
      for (const child of Object.values(current.properties ?? {}))
        tag(child, resolved.location.source.absoluteRef);
      for (const key of ["schema", "items"]) tag(current[key], resolved.location.source.absoluteRef);
      for (const media of Object.values(current.content ?? {})) {
        tag(media, resolved.location.source.absoluteRef);
        tag(media?.schema, resolved.location.source.absoluteRef);
      }
    }
  }
  return current;
}

function tag(node, file) {
  if (node && typeof node === "object" && !(FILE in node)) Object.defineProperty(node, FILE, { value: file });
}

/** An operation whose 200 body has `records.cursor` pages; it must say how (x-gongkit-pagination), and only it may. */
function PaginationDeclared() {
  return {
    Operation: {
      enter(operation, ctx) {
        const ok = deref(ctx, operation.responses?.["200"]);
        const body = deref(ctx, ok?.content?.["application/json"]?.schema);
        const records = deref(ctx, body?.properties?.records);
        const pages = deref(ctx, records?.properties?.cursor) !== undefined;
        const declared = operation["x-gongkit-pagination"];
        if (pages && declared === undefined) {
          ctx.report({
            message:
              "The 200 body has `records.cursor`: declare `x-gongkit-pagination: { cursor: query | body, items: <array property> }`.",
            location: ctx.location,
          });
          return;
        }
        if (declared === undefined) return;
        const where = ctx.location.child("x-gongkit-pagination");
        if (!pages) {
          ctx.report({
            message: "x-gongkit-pagination on an operation whose 200 body has no `records.cursor`.",
            location: where,
          });
          return;
        }
        const { cursor, items } = declared;
        if (cursor !== "query" && cursor !== "body") {
          ctx.report({
            message: "x-gongkit-pagination.cursor must be `query` or `body`.",
            location: where.child("cursor"),
          });
        }
        const array = deref(ctx, body?.properties?.[items]);
        if (typeof items !== "string" || array?.type !== "array") {
          ctx.report({
            message: `x-gongkit-pagination.items must name an array property of the 200 body (got ${JSON.stringify(items)}).`,
            location: where.child("items"),
          });
        }
        const inQuery = (operation.parameters ?? []).some((p) => {
          const parameter = deref(ctx, p);
          return parameter?.in === "query" && parameter.name === "cursor";
        });
        const requestBody = deref(ctx, operation.requestBody);
        const inBody =
          deref(ctx, deref(ctx, requestBody?.content?.["application/json"]?.schema)?.properties?.cursor) !==
          undefined;
        if ((cursor === "query" && !inQuery) || (cursor === "body" && !inBody)) {
          ctx.report({
            message: `x-gongkit-pagination.cursor is \`${cursor}\`, but the ${cursor} has no \`cursor\`.`,
            location: where.child("cursor"),
          });
        }
      },
    },
  };
}

/**
 * Every POST says whether it may be sent twice (x-gongkit-idempotent: true | false); no other method does.
 * Operations under `paths` only: a webhook's POST is sent by Gong, never by the client.
 */
function PostIdempotency() {
  return {
    Paths: {
      Operation: {
        enter(operation, ctx) {
          const declared = operation["x-gongkit-idempotent"];
          if (ctx.key === "post" && typeof declared !== "boolean") {
            ctx.report({
              message:
                "A POST must declare `x-gongkit-idempotent: true` (it only reads) or `false` (it writes): retries depend on it.",
              location: ctx.location,
            });
          } else if (ctx.key !== "post" && declared !== undefined) {
            ctx.report({
              message: "Only POSTs declare x-gongkit-idempotent: other methods follow HTTP.",
              location: ctx.location.child("x-gongkit-idempotent"),
            });
          }
        },
      },
    },
  };
}

/** Integer examples above 2^53 reach every JSON tool (bundle, docs, mock) rounded: keep them exact. */
function SafeIntegerExamples() {
  const check = (value, ctx, location) => {
    if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) > MAX_SAFE) {
      ctx.report({
        message: `The example ${value} is above 2^53 and is rounded by JSON tools: use one of 16 digits or fewer.`,
        location,
      });
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) check(child, ctx, location.child(key));
    }
  };
  const visit = (node, ctx) => {
    if ("example" in node) check(node.example, ctx, ctx.location.child("example"));
  };
  return {
    Schema: { enter: visit },
    Parameter: { enter: visit },
    MediaType: { enter: visit },
    Example: { enter: (node, ctx) => check(node.value, ctx, ctx.location.child("value")) },
  };
}

export default function gongkitPlugin() {
  return {
    id: "gongkit",
    rules: {
      oas3: {
        "pagination-declared": PaginationDeclared,
        "post-idempotency": PostIdempotency,
        "safe-integer-examples": SafeIntegerExamples,
      },
    },
  };
}
