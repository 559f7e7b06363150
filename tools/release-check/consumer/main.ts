// Runs usage.ts against a local Gong stand-in and exits non-zero on any surprise.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, connectWithOAuth, failureKind, rawUser, userSummary } from "./usage.js";

const user = {
  id: "234599484848423",
  firstName: "Jon",
  lastName: "Snow",
  settings: { webConferencesRecorded: true },
  spokenLanguages: [{ language: "es-ES", primary: true }],
};

const server = createServer((request, response) => {
  const id = request.url?.match(/^\/v2\/users\/(\d+)$/)?.[1];
  response.setHeader("content-type", "application/json");
  if (!request.headers.authorization) {
    response.writeHead(401).end(JSON.stringify({ requestId: "r-401", errors: ["Access denied"] }));
  } else if (id === user.id) {
    response.end(JSON.stringify({ requestId: "r-200", user }));
  } else {
    response.writeHead(404).end(JSON.stringify({ requestId: "r-404", errors: ["User not found"] }));
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const expectations: [string, Promise<unknown>, unknown][] = [
  [
    "users.get",
    userSummary(connect(baseUrl), user.id),
    "234599484848423 Jon Snow recorded=true language=es-ES",
  ],
  ["GET", rawUser(connect(baseUrl), user.id).then((body) => body?.user?.id), user.id],
  ["404", failureKind(connect(baseUrl), "1"), "not-found 404 r-404"],
  [
    "oauth",
    userSummary(
      connectWithOAuth(baseUrl, async () => "token"),
      user.id,
    ),
    "234599484848423 Jon Snow recorded=true language=es-ES",
  ],
];
let failed = 0;
for (const [name, actual, expected] of expectations) {
  const value = await actual.catch((error: unknown) => `threw ${String(error)}`);
  if (value !== expected) {
    failed++;
    console.error(`consumer: ${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`);
  }
}
server.close();
console.log(
  `consumer on Node ${process.versions.node}: ${expectations.length - failed} passed, ${failed} failed`,
);
process.exitCode = failed === 0 ? 0 : 1;
