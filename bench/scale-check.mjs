// Checks of bench/scale.sh on tables too large to load: nodejs-polars
// scans the Parquet file lazily (scanParquet, as the pola workflow does)
// and prints "rows N" and the minimum and maximum of one column.
//   node bench/scale-check.mjs TOP FILE COLUMN
import { createRequire } from "node:module";
import { join } from "node:path";

const [top, file, column] = process.argv.slice(2);
if (!top || !file || !column) {
	console.error("usage: scale-check.mjs TOP FILE COLUMN");
	process.exit(2);
}
const require = createRequire(join(top, "tests", "oracles", "package.json"));
const pl = require("nodejs-polars");

const df = await pl
	.scanParquet(file)
	.select(
		pl.len().alias("rows"),
		pl.col(column).cast(pl.Int64).min().alias("min"),
		pl.col(column).cast(pl.Int64).max().alias("max"),
	)
	.collect();
const get = (name) => df.getColumn(name).toArray()[0];
console.log(`rows ${get("rows")} min ${get("min")} max ${get("max")}`);
