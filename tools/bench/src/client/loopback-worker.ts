// The loopback server, on its own thread: a keep-alive node:http server on 127.0.0.1 answering
// every request with the user body. Posts its port to the parent, closes on any message.
import { createServer } from "node:http";
import { parentPort } from "node:worker_threads";
import { RESPONSE_HEADERS, USER_BODY } from "./user-fixture.ts";

const body = Buffer.from(USER_BODY);
const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, RESPONSE_HEADERS);
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  parentPort?.postMessage(typeof address === "object" && address !== null ? address.port : 0);
});
parentPort?.once("message", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
