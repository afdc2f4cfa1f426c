// Print a Parquet file as nodejs-polars reads it, for the e2e tests.
//   node polars-dump.mjs schema FILE   one "name dtype" line per column, dtypes
//                                      as polars prints them (u64, duration[ns], str)
//   node polars-dump.mjs data FILE     "# rows N", then per column
//                                      "# column NAME" and one value a line
// Values are printed exactly: integers in decimal (no float rounding),
// durations as integer nanoseconds, strings JSON-quoted, lists as [1,2] (or null).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pl = require("nodejs-polars");

const [cmd, file] = process.argv.slice(2);
if (!cmd || !file) {
	console.error("usage: polars-dump.mjs schema|data FILE");
	process.exit(2);
}
// readParquet(path) wants a name ending in .parquet; bytes work for any name.
const df = pl.readParquet(readFileSync(file));

// The dtype as polars prints it in a frame header ("u64", "duration[ns]",
// "str"). The JS DataType objects of nodejs-polars 0.25.2 lose the time unit
// (every Duration reports "ms"), so ask the native side through toString().
const dtypeName = (name) => {
	const lines = df.select(name).head(0).toString().split("\n");
	const i = lines.findIndex((l) => l.includes("---"));
	return lines[i + 1].replace(/[│|]/g, "").trim();
};

if (cmd === "schema") {
	for (const name of df.columns) console.log(`${name} ${dtypeName(name)}`);
} else if (cmd === "data") {
	const out = [`# rows ${df.height}`];
	for (const name of df.columns) {
		out.push(`# column ${name}`);
		let s = df.getColumn(name);
		const v = dtypeName(name);
		if (v.startsWith("duration")) s = s.cast(pl.Int64);
		if (v === "str") for (const x of s.toArray()) out.push(JSON.stringify(x));
		else if (v.startsWith("list["))
			// a list a line, its integers exactly: [1,2] or null
			for (const x of s.toArray())
				out.push(x === null ? "null" : JSON.stringify(Array.from(x, (e) => e.toString())).replaceAll('"', ""));
		else for (const x of s.cast(pl.Utf8).toArray()) out.push(x);
	}
	console.log(out.join("\n"));
} else {
	console.error(`polars-dump.mjs: unknown command '${cmd}'`);
	process.exit(2);
}
