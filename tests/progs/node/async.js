// Node-API async work on libuv's thread pool, started before the addon
// loads: node creates the pool threads on the first fs call, so when the
// Rust addon's work::execute first runs there, its thread has been
// running for a while, untraced.
//
//   node async.js ADDON.node
//
// Reads a file 8 times asynchronously (starting the pool), prints the
// process's thread ids, then loads the addon and queues asyncFib(n) for
// n = 10..15 (each runs math::fib(n) in work::execute on a pool thread,
// then work::complete on the main thread), polls asyncDone() until all
// completed. Prints "pid PID", "tasks-before TID...", and the expected
// calls as "count NAME N" (bare names, as build.js does).
"use strict";
const fs = require("fs");
const path = require("path");

function fibCalls(n) {
	return n < 2 ? 1 : 1 + fibCalls(n - 1) + fibCalls(n - 2);
}

const file = process.argv[2];
if (!file) {
	console.error("usage: node async.js ADDON.node");
	process.exit(2);
}
console.log(`pid ${process.pid}`);
let pending = 8;
for (let i = 0; i < 8; i++) fs.readFile(__filename, () => --pending === 0 && run());

function run() {
	console.log(`tasks-before ${fs.readdirSync("/proc/self/task").join(" ")}`);
	const a = require(path.resolve(file));
	const ns = [10, 11, 12, 13, 14, 15];
	for (const n of ns) a.asyncFib(n);
	let polls = 0;
	const t = setInterval(() => {
		polls++;
		if (a.asyncDone() < ns.length) {
			if (polls > 2000) {
				console.error("async.js: the work did not complete in 10 s");
				process.exit(1);
			}
			return;
		}
		clearInterval(t);
		const count = new Map([
			["napi_register_module_v1", 1],
			["js_async_fib", ns.length],
			["execute", ns.length],
			["complete", ns.length],
			["fib", ns.reduce((s, n) => s + fibCalls(n), 0)],
			["js_async_done", polls],
		]);
		for (const [name, n] of [...count].sort()) console.log(`count ${name} ${n}`);
	}, 5);
}
