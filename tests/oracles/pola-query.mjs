// The queries of the rspack-sftrace workflow (seed step 5) and a few
// cross-checks, run with nodejs-polars on `sftrace convert --type pola` /
// `--type calls` output. Each prints tab-separated text for the e2e tests.
//
//   node pola-query.mjs top-funcs SF SYMTAB [K]   seed query 1: the K (10)
//        functions with the most entries: "name<TAB>count", count desc, name
//   node pola-query.mjs leaf-frames SF SYMTAB [K]  seed query 2: the K (10)
//        longest leaf frames: "name<TAB>duration_ns", duration desc
//   node pola-query.mjs counts SF SYMTAB           entries of every function:
//        "name count", sorted by name (sums over equal names)
//   node pola-query.mjs calls-check SF CALLS       per func_id, from the event
//        table (entry/exit pairs, children summed by parent) and from the
//        calls table: "func_id calls total_duration total_self", both sides
//        printed under "# pola" and "# calls" headers
//
// nodejs-polars has no topK: sort({by, descending: true}).head(k) is the
// equivalent. Files are read with scanParquet as the seed does.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pl = require("nodejs-polars");

const [cmd, sfPath, otherPath, kArg] = process.argv.slice(2);
if (!cmd || !sfPath || !otherPath) {
	console.error("usage: pola-query.mjs top-funcs|leaf-frames|counts|calls-check SF OTHER [K]");
	process.exit(2);
}
const k = kArg ? Number(kArg) : 10;
const sf = pl.scanParquet(sfPath);
const other = pl.scanParquet(otherPath);
const rows = (df) => df.rows().map((r) => r.map((x) => String(x)).join("\t"));

if (cmd === "top-funcs") {
	const df = sf
		.filter(pl.col("kind").eq(1))
		.groupBy("func_id")
		.agg(pl.len().alias("func_count"))
		.sort({ by: "func_count", descending: true })
		.head(k)
		.join(other, { on: "func_id" })
		.collectSync()
		.sort({ by: ["func_count", "name"], descending: [true, false] })
		.select("name", "func_count");
	console.log(rows(df).join("\n"));
} else if (cmd === "leaf-frames") {
	const df = sf
		.filter(pl.col("frame_id").isIn(pl.col("parent").implode()).not())
		.groupBy("frame_id")
		.agg([
			pl.col("func_id").first(),
			pl.col("time").filter(pl.col("kind").eq(1)).first().alias("entry_time"),
			pl.col("time").filter(pl.col("kind").isIn([2, 3])).last().alias("exit_time"),
		])
		.filter(pl.col("exit_time").isNotNull())
		.withColumns(pl.col("exit_time").sub(pl.col("entry_time")).alias("duration"))
		.sort({ by: "duration", descending: true })
		.head(k)
		.join(other, { on: "func_id" })
		.collectSync()
		.sort({ by: ["duration", "name"], descending: [true, false] })
		.select("name", pl.col("duration").cast(pl.Int64));
	console.log(rows(df).join("\n"));
} else if (cmd === "counts") {
	const df = sf
		.filter(pl.col("kind").eq(1))
		.join(other, { on: "func_id" })
		.groupBy("name")
		.agg(pl.len().alias("n"))
		.sort("name")
		.collectSync();
	console.log(df.rows().map((r) => `${r[0]} ${r[1]}`).join("\n"));
} else if (cmd === "calls-check") {
	// From events: one frame per frame_id, its duration, and its children's.
	const frames = sf
		.groupBy("frame_id")
		.agg([
			pl.col("func_id").first(),
			pl.col("parent").first(),
			pl.col("time").filter(pl.col("kind").eq(1)).first().cast(pl.Int64).alias("t0"),
			pl.col("time").filter(pl.col("kind").isIn([2, 3])).last().cast(pl.Int64).alias("t1"),
		])
		.withColumns(pl.col("t1").sub(pl.col("t0")).alias("dur"));
	const children = frames
		.groupBy("parent")
		.agg(pl.col("dur").sum().alias("child"))
		.rename({ parent: "frame_id" });
	const fromEvents = frames
		.join(children, { on: "frame_id", how: "left" })
		.withColumns(pl.col("child").fillNull(0))
		.withColumns(pl.col("dur").sub(pl.col("child")).alias("self"))
		.groupBy("func_id")
		.agg([pl.len().alias("n"), pl.col("dur").sum(), pl.col("self").sum()])
		.sort("func_id")
		.collectSync();
	const fromCalls = other
		.groupBy("func_id")
		.agg([
			pl.len().alias("n"),
			pl.col("duration").cast(pl.Int64).sum(),
			pl.col("self").cast(pl.Int64).sum(),
		])
		.sort("func_id")
		.collectSync();
	console.log(["# pola", ...rows(fromEvents), "# calls", ...rows(fromCalls)].join("\n"));
} else {
	console.error(`pola-query.mjs: unknown command '${cmd}'`);
	process.exit(2);
}
