/* Second translation unit of sym-c.c: a function in another compile unit. */
__attribute__((noinline)) int
util_twice(int x)
{
	return 2 * x;
}
