// Print a Parquet file as DuckDB reads it, for the e2e tests.
//   node duckdb-dump.mjs schema FILE   one "name TYPE" line per column
//   node duckdb-dump.mjs data FILE     same layout as polars-dump.mjs data
//   node duckdb-dump.mjs sql 'QUERY'   rows of a query, tab-separated
// In sql, the files are read with read_parquet('PATH').
import { DuckDBInstance } from "@duckdb/node-api";

const [cmd, arg] = process.argv.slice(2);
if (!cmd || !arg) {
	console.error("usage: duckdb-dump.mjs schema|data FILE | sql QUERY");
	process.exit(2);
}
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const ident = (s) => '"' + s.replaceAll('"', '""') + '"';

if (cmd === "schema") {
	const r = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quote(arg)})`);
	for (const row of r.getRowObjects()) console.log(`${row.column_name} ${row.column_type}`);
} else if (cmd === "data") {
	const d = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quote(arg)})`);
	const cols = d.getRowObjects().map((r) => [r.column_name, r.column_type]);
	const n = await con.runAndReadAll(`SELECT count(*) AS n FROM read_parquet(${quote(arg)})`);
	const out = [`# rows ${n.getRowObjects()[0].n}`];
	const sel = cols.map(([c]) => `CAST(${ident(c)} AS VARCHAR) AS ${ident(c)}`).join(", ");
	const r = await con.runAndReadAll(`SELECT ${sel} FROM read_parquet(${quote(arg)})`);
	const rows = r.getRows();
	cols.forEach(([c, t], i) => {
		out.push(`# column ${c}`);
		for (const row of rows) out.push(t === "VARCHAR" ? JSON.stringify(row[i]) : row[i]);
	});
	console.log(out.join("\n"));
} else if (cmd === "sql") {
	const r = await con.runAndReadAll(arg);
	for (const row of r.getRows()) console.log(row.map((x) => String(x)).join("\t"));
} else {
	console.error(`duckdb-dump.mjs: unknown command '${cmd}'`);
	process.exit(2);
}
