#!/usr/bin/env node
// The `gong` executable. `gong --version` loads nothing else: a shell prompt or a script that asks pays
// only for Node's own start.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  const { CLI_VERSION } = await import("./generated/version.js");
  process.stdout.write(`${CLI_VERSION}\n`);
} else {
  const { main } = await import("./main.js");
  process.exitCode = await main(argv);
}
