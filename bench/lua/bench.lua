-- The Lua benchmark (bench/lua.sh): an interpreter's calls, not a
-- synthetic leaf. Lua functions calling each other (fib), strings made
-- and compared (string.format, table.sort with a comparison function),
-- table reads and the collector; every C function of the interpreter
-- is traced. Scale with the first argument (default 1).
local scale = tonumber(arg and arg[1]) or 1
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t = {}
local n = 60000 * scale
for i = 1, n do t[i] = string.format("%08d", (i * 7919) % 200003) end
table.sort(t, function(a, b) return a < b end)
local s = 0
for i = 1, #t do s = s + #t[i] end
print(fib(22 + scale), s)
