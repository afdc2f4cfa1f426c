// node worker_threads loading the Rust addon: each Worker is a separate
// Node-API environment, so node dlopens the addon again (the same module,
// already mapped) and calls napi_register_module_v1 once more, then the
// worker calls into it from its own thread.
//
//   node workers.js ADDON.node N
//
// The main thread calls fib(10); each of the N workers calls fib(12) and
// walk(50). Prints "pid PID", "workers N" and the expected calls as
// "count NAME N" (bare names, as build.js does).
"use strict";
const { Worker, isMainThread, parentPort, workerData } = require("worker_threads");
const path = require("path");

function fibCalls(n) {
	return n < 2 ? 1 : 1 + fibCalls(n - 1) + fibCalls(n - 2);
}

if (isMainThread) {
	const [file, nArg] = process.argv.slice(2);
	const n = Number(nArg);
	if (!file || !(n >= 1 && n <= 16)) {
		console.error("usage: node workers.js ADDON.node N (1 to 16 workers)");
		process.exit(2);
	}
	const addon = path.resolve(file);
	console.log(`pid ${process.pid}`);
	require(addon).fib(10);
	let done = 0;
	for (let i = 0; i < n; i++) {
		const w = new Worker(__filename, { workerData: addon });
		w.on("error", (e) => {
			console.error(`workers.js: ${e.message}`);
			process.exit(1);
		});
		w.on("message", () => {
			if (++done < n) return;
			const count = {
				napi_register_module_v1: 1 + n,
				js_fib: 1 + n,
				fib: fibCalls(10) + n * fibCalls(12),
				js_walk: n,
				walk: 51 * n,
			};
			console.log(`workers ${n}`);
			for (const k of Object.keys(count).sort()) console.log(`count ${k} ${count[k]}`);
		});
	}
} else {
	const a = require(workerData);
	a.fib(12);
	a.walk(50);
	parentPort.postMessage("done");
}
