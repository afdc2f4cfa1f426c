// The "build" a package manager starts (pnpm build -> node build.js): it
// requires XRay-instrumented native addons and calls into them a known
// number of times, then prints what a trace must contain.
//
//   node build.js [--kill] [--reserve HELPER.node [--gib N] [--anchor NAME]] ADDON.node...
//
// ADDON is the Rust addon (rust-addon/, v0 or legacy mangling) or the C
// addon (c-addon.c); the exports tell which. With --reserve, the helper
// (reserve.c) first fills the free address space within N GiB (default 4)
// of the mappings named NAME (default libsftrace.so), so the addons that
// follow load far away. With --kill the process ends by SIGKILL once it
// has printed everything (no exit handlers, no destructors run).
//
// Output, one fact a line (the counts are computed here, in JS, from the
// calls made: they are the test's oracle):
//   pid PID
//   distance ADDON BYTES|none   closest distance between ADDON's mappings
//                                and NAME's (none: NAME is not mapped)
//   count NAME N                calls per bare function name (no module
//                                path, generic arguments or hash)
//   v0 NAME N / legacy NAME N   calls per demangled name, Rust v0 or legacy
//   c NAME N                    calls per C function name
//   ctor-count / ctor-v0 / ctor-legacy / ctor-c NAME N
//                                the same for calls made by the addons'
//                                load-time constructors, inside dlopen
"use strict";
const fs = require("fs");
const path = require("path");

function die(msg) {
	console.error(`build.js: ${msg}`);
	process.exit(2);
}

const args = process.argv.slice(2);
let reserve = null, gib = 4, anchor = "libsftrace.so", kill = false;
const addons = [];
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === "--reserve" || a === "--gib" || a === "--anchor") {
		if (i + 1 >= args.length) die(`${a} needs a value`);
		const v = args[++i];
		if (a === "--reserve") reserve = v;
		else if (a === "--gib") gib = Number(v);
		else anchor = v;
	} else if (a === "--kill") {
		kill = true;
	} else if (a.startsWith("-")) {
		die(`unknown option '${a}'`);
	} else {
		addons.push(a);
	}
}
if (!addons.length) die("usage: node build.js [--kill] [--reserve HELPER.node [--gib N] [--anchor NAME]] ADDON.node...");

console.log(`pid ${process.pid}`);
// Filled again right before each addon loads: the gaps node's own
// allocations leave meanwhile are closed too.
const reserver = reserve ? require(path.resolve(reserve)) : null;
let reserved = 0;

// Expected calls: kind ("count", "v0", "legacy", "c", each optionally
// prefixed "ctor-") -> name -> n.
const expected = new Map();
function add(kind, name, n) {
	if (!expected.has(kind)) expected.set(kind, new Map());
	const m = expected.get(kind);
	m.set(name, (m.get(name) || 0) + n);
}
// A Rust function: its bare name, v0 name and legacy name.
function rust(bare, v0, legacy, n, ctor = "") {
	add(ctor + "count", bare, n);
	add(ctor + "v0", v0, n);
	add(ctor + "legacy", legacy, n);
}
function cfn(name, n, ctor = "") {
	add(ctor + "count", name, n);
	add(ctor + "c", name, n);
}
function check(what, got, want) {
	if (got !== want) die(`${what} returned ${got}, expected ${want}`);
}

// Oracles written independently of the addons.
const memo = new Map();
function fibCalls(n) {
	if (n < 2) return 1;
	if (!memo.has(n)) memo.set(n, 1 + fibCalls(n - 1) + fibCalls(n - 2));
	return memo.get(n);
}
function fibValue(n) {
	let a = 0, b = 1;
	for (let i = 0; i < n; i++) [a, b] = [b, a + b];
	return a;
}

const R = "rust_addon::";
function runRust(a) {
	rust("napi_register_module_v1", "napi_register_module_v1", "napi_register_module_v1", 1);
	for (const n of [20, 15, 1]) {
		check(`fib(${n})`, a.fib(n), fibValue(n));
		rust("js_fib", R + "js_fib", R + "js_fib", 1);
		rust("fib", R + "math::fib", R + "math::fib", fibCalls(n));
	}
	for (const [n, ty] of [[1000, "i64"], [1, "i64"], [500, "f64"], [0, "f64"]]) {
		const got = ty === "i64" ? a.sumSquaresI64(n) : a.sumSquaresF64(n);
		check(`sumSquares${ty}(${n})`, got, (n * (n + 1) * (2 * n + 1)) / 6);
		rust(`js_sum_squares_${ty}`, R + `js_sum_squares_${ty}`, R + `js_sum_squares_${ty}`, 1);
		rust("sum_squares", R + `math::sum_squares::<${ty}>`, R + "math::sum_squares", 1);
		rust("square", R + `math::square::<${ty}>`, R + "math::square", n);
	}
	for (const [s, c] of [[100, 50], [0, 3]]) {
		a.areas(s, c);
		rust("js_areas", R + "js_areas", R + "js_areas", 1);
		for (const [ty, k] of [["Square", s], ["Circle", c]]) {
			rust("total_area", `${R}shapes::total_area::<${R}shapes::${ty}>`, R + "shapes::total_area", 1);
			const impl = `<${R}shapes::${ty} as ${R}shapes::Shape>::area`;
			rust("area", impl, impl, k);
		}
	}
	for (let i = 0; i < 5; i++) {
		check("walk(100)", a.walk(100), 101);
		rust("js_walk", R + "js_walk", R + "js_walk", 1);
		rust("walk", `<${R}shapes::Walker>::walk`, R + "shapes::Walker::walk", 101);
	}
	for (const [t, j] of [[4, 1000], [1, 10]]) {
		a.pool(t, j);
		rust("js_pool", R + "js_pool", R + "js_pool", 1);
		rust("run", R + "pool::run", R + "pool::run", 1);
		rust("worker_loop", R + "pool::worker_loop", R + "pool::worker_loop", t);
		rust("job", R + "pool::job", R + "pool::job", j);
	}
	check("rust ctorCalls()", a.ctorCalls(), 7);
	rust("js_ctor_calls", R + "js_ctor_calls", R + "js_ctor_calls", 1);
	rust("addon_init", R + "ctor::addon_init", R + "ctor::addon_init", 1, "ctor-");
	rust("ctor_work", R + "ctor::ctor_work", R + "ctor::ctor_work", 7, "ctor-");
}

function runC(a) {
	cfn("napi_register_module_v1", 1);
	for (const n of [20, 0]) {
		let f = 1;
		for (let i = 2; i <= n; i++) f *= i;
		check(`fact(${n})`, a.fact(n), f);
		cfn("js_fact", 1);
		cfn("c_fact", n < 2 ? 1 : n); // c_fact(1) ends the recursion
	}
	for (const n of [10, 0]) {
		check(`hanoi(${n})`, a.hanoi(n), 2 ** n - 1);
		cfn("js_hanoi", 1);
		cfn("c_hanoi", 2 ** (n + 1) - 1);
		cfn("c_move", 2 ** n - 1);
	}
	check("c ctorCalls()", a.ctorCalls(), 5);
	cfn("js_ctor_calls", 1);
	cfn("c_addon_ctor", 1, "ctor-");
	cfn("c_ctor_work", 5, "ctor-");
}

// The mappings of /proc/self/maps whose path contains `name`.
function mappings(name) {
	return fs.readFileSync("/proc/self/maps", "utf8").split("\n").flatMap((l) => {
		const m = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s+(.*)$/.exec(l);
		return m && m[3].includes(name) ? [[BigInt("0x" + m[1]), BigInt("0x" + m[2])]] : [];
	});
}
function distance(a, b) {
	let best = null;
	for (const [alo, ahi] of a)
		for (const [blo, bhi] of b) {
			const d = ahi <= blo ? blo - ahi : bhi <= alo ? alo - bhi : 0n;
			if (best === null || d < best) best = d;
		}
	return best;
}

const loaded = addons.map((p) => {
	const file = path.resolve(p);
	if (reserver) reserved += reserver.reserve(gib, anchor);
	const a = require(file);
	const d = distance(mappings(file), mappings(anchor));
	console.log(`distance ${path.basename(file)} ${d === null ? "none" : d}`);
	return a;
});
if (reserver) console.log(`reserved ${reserved}`);
for (const a of loaded) {
	if (typeof a.fib === "function") runRust(a);
	else if (typeof a.fact === "function") runC(a);
	else die("not one of the test addons");
}
for (const [kind, m] of [...expected].sort()) {
	for (const [name, n] of [...m].sort()) console.log(`${kind} ${name} ${n}`);
}
if (kill) {
	// Flush stdout first: a pipe or file write may still be pending.
	process.stdout.write("", () => process.kill(process.pid, "SIGKILL"));
}
