// Drives the sftrace-setup addon (src/lib.rs): node driver.js ADDON.node
// (the built cdylib copied to a name ending in .node). Calls each export
// a known number of times, checks the results, and prints what a trace of
// the addon must contain, computed here from the calls made:
//   count NAME N      calls of the addon function NAME (bare name)
//   mem NAME KEY=N... allocations made directly in NAME: self_allocs,
//                     self_bytes (requested sizes), leaks and live_bytes
//                     (never freed), reallocs
// Exits 2 (with a message on stderr) when a result is wrong.
"use strict";
const path = require("path");

if (process.argv.length !== 3) {
	console.error("usage: node driver.js ADDON.node");
	process.exit(2);
}
const a = require(path.resolve(process.argv[2]));

const counts = new Map();
function add(name, n) {
	counts.set(name, (counts.get(name) || 0) + n);
}
function check(what, got, want) {
	if (got !== want) {
		console.error(`driver.js: ${what} returned ${got}, expected ${want}`);
		process.exit(2);
	}
}

// The addon's functions, written again independently.
const leaf = (i) => (i ^ 0x33) + 1;
function work(m) {
	let s = 0;
	for (let i = 0; i < m; i++) s += leaf(i);
	return s;
}
const CTOR_CALLS = 6;
// Per alloc_site_a call: [size, leaked], as ALLOC_BLOCKS in src/lib.rs.
const BLOCKS = [[64, false], [200, true], [16, false], [88, true]];
const allocSite = (r) => 2 * r + (r & 255); // a[3] + keep.len() (0) + *p + kept[10]
let siteCalls = 0;

add("napi_register_module_v1", 1);
add("ctor_work", CTOR_CALLS);
check("ctorCalls()", a.ctorCalls(), CTOR_CALLS);
add("js_ctor_calls", 1);

for (const [n, m] of [[10, 100], [3, 0], [1, 1000]]) {
	check(`work(${n}, ${m})`, a.work(n, m), n * work(m));
	add("js_work", 1);
	add("work", n);
	add("leaf", n * m);
}

for (const rounds of [25, 0, 7]) {
	let want = 0;
	for (let r = 0; r < rounds; r++) want += allocSite(r);
	check(`allocs(${rounds})`, a.allocs(rounds), want);
	add("js_allocs", 1);
	add("alloc_site_a", rounds);
	siteCalls += rounds;
}

for (const [t, n, m] of [[3, 5, 200], [1, 2, 10]]) {
	let want = 0;
	for (let i = 0; i < t; i++) want += n * work(m) + allocSite(i);
	check(`threads(${t}, ${n}, ${m})`, a.threads(t, n, m), want);
	add("js_threads", 1);
	add("worker", t);
	add("work", t * n);
	add("leaf", t * n * m);
	add("alloc_site_a", t);
	siteCalls += t;
}

for (const [name, n] of [...counts].sort()) console.log(`count ${name} ${n}`);
const sum = (f) => BLOCKS.reduce((s, b) => s + f(b), 0) * siteCalls;
console.log(`mem alloc_site_a self_allocs=${sum(() => 1)} self_bytes=${sum(([s]) => s)} ` +
	`leaks=${sum(([, l]) => (l ? 1 : 0))} live_bytes=${sum(([s, l]) => (l ? s : 0))} reallocs=0`);
