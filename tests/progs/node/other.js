// A second step of the "build" that loads no native addon: plain JS work.
// Its process has no instrumented code, so a recording must write no log
// for it. Prints "pid PID" and a checksum.
"use strict";
let h = 0;
for (let i = 0; i < 200000; i++) h = (h * 31 + JSON.stringify({ i }).length) >>> 0;
console.log(`pid ${process.pid}`);
console.log(`checksum ${h}`);
