// A minimal package manager, the shape of `pnpm run`: node running only
// JavaScript, which reads ./package.json and runs one of its scripts with
// `sh -c` through child_process, node_modules/.bin first on PATH, and
// exits with the script's status (128 + N when a signal killed it).
//
//   node pm.js run SCRIPT
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const [cmd, name] = process.argv.slice(2);
if (cmd !== "run" || !name) {
	console.error("usage: node pm.js run SCRIPT");
	process.exit(2);
}
let pkg;
try {
	pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
} catch (e) {
	console.error(`pm.js: cannot read package.json: ${e.message}`);
	process.exit(1);
}
const script = pkg.scripts && pkg.scripts[name];
if (!script) {
	console.error(`pm.js: no script '${name}' in package.json`);
	process.exit(1);
}
console.error(`> ${script}`);
const env = { ...process.env, PATH: `${path.resolve("node_modules/.bin")}:${process.env.PATH}` };
const r = spawnSync("sh", ["-c", script], { stdio: "inherit", env });
if (r.error) {
	console.error(`pm.js: cannot run sh: ${r.error.message}`);
	process.exit(1);
}
const signals = require("os").constants.signals;
process.exit(r.status !== null ? r.status : 128 + (signals[r.signal] || 0));
