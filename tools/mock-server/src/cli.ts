// `pnpm mock`: a mock Gong on http://127.0.0.1:4010 (PORT to change it) until Ctrl-C.
import { specPath, startPrism } from "./prism.ts";

const port = Number(process.env.PORT ?? 4010);
const prism = await startPrism({
  port,
  dynamic: process.argv.includes("--dynamic"),
  log: (text) => process.stdout.write(text),
});
console.log(
  `\nMock Gong serving ${specPath}\n  baseUrl: ${prism.url}\n  try:     pnpm --filter @gongkit/example-get-user start\n`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void prism.stop().then(() => process.exit(0));
  });
}
