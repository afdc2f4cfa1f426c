/*
 * A Node-API addon in C built with clang -fxray-instrument: recursion
 * (factorial, towers of Hanoi) and a load-time constructor, the C
 * counterpart of rust-addon/. Exports:
 *
 *   fact(n)      c_fact: max(n, 1) calls (n <= 20)
 *   hanoi(n)     c_hanoi: 2^(n+1) - 1 calls, c_move: 2^n - 1 calls (n <= 20)
 *   ctorCalls()  c_ctor_work calls made by the constructor (CTOR_CALLS)
 *
 * Counted functions are noinline and their results pass through an empty
 * asm, so one call in the source is one entry sled executed.
 *
 * With -DC_ADDON_BIG=N the addon also carries an N MiB zero-filled
 * (.bss) array, to make it a large mapping that needs a large free gap.
 */
#include <stdint.h>
#include <node_api.h>

#define NOINLINE __attribute__((noinline))
#define CTOR_CALLS 5

static unsigned long ctor_ran;
static uint64_t moves;

#ifdef C_ADDON_BIG
static volatile unsigned char c_big[(size_t)C_ADDON_BIG << 20];
#endif

NOINLINE static uint64_t c_fact(uint64_t n)
{
	uint64_t r = n < 2 ? 1 : n * c_fact(n - 1);

	__asm__ volatile("" : "+r"(r));
	return r;
}

NOINLINE static void c_move(unsigned from, unsigned to)
{
	uint64_t m = from * 4 + to;

	__asm__ volatile("" : "+r"(m));
	moves += m != 0;
}

NOINLINE static void c_hanoi(unsigned n, unsigned from, unsigned to, unsigned via)
{
	if (n == 0)
		return;
	c_hanoi(n - 1, from, via, to);
	c_move(from, to);
	c_hanoi(n - 1, via, to, from);
	__asm__ volatile("" ::: "memory");
}

NOINLINE static unsigned long c_ctor_work(unsigned long i)
{
	ctor_ran++;
	__asm__ volatile("" : "+r"(i));
	return i * 3;
}

__attribute__((constructor)) static void c_addon_ctor(void)
{
	for (unsigned long i = 0; i < CTOR_CALLS; i++)
		c_ctor_work(i);
#ifdef C_ADDON_BIG
	c_big[0] = 1;
#endif
}

/* The first argument as an integer in [0, max], or -1 after throwing. */
static int64_t int_arg(napi_env env, napi_callback_info info, int64_t max)
{
	size_t argc = 1;
	napi_value argv[1];
	int64_t v;

	if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
	    napi_get_value_int64(env, argv[0], &v) != napi_ok || v < 0 || v > max) {
		napi_throw_range_error(env, NULL, "expected an integer argument in range");
		return -1;
	}
	return v;
}

static napi_value number(napi_env env, double v)
{
	napi_value r;

	napi_create_double(env, v, &r);
	return r;
}

static napi_value js_fact(napi_env env, napi_callback_info info)
{
	int64_t n = int_arg(env, info, 20);

	return n < 0 ? NULL : number(env, (double)c_fact((uint64_t)n));
}

static napi_value js_hanoi(napi_env env, napi_callback_info info)
{
	int64_t n = int_arg(env, info, 20);

	if (n < 0)
		return NULL;
	moves = 0;
	c_hanoi((unsigned)n, 0, 2, 1);
	return number(env, (double)moves);
}

static napi_value js_ctor_calls(napi_env env, napi_callback_info info)
{
	(void)info;
	return number(env, (double)ctor_ran);
}

NAPI_MODULE_EXPORT napi_value napi_register_module_v1(napi_env env, napi_value exports)
{
	static const struct {
		const char *name;
		napi_callback cb;
	} table[] = {
		{ "fact", js_fact },
		{ "hanoi", js_hanoi },
		{ "ctorCalls", js_ctor_calls },
	};

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		napi_value f;

		if (napi_create_function(env, table[i].name, NAPI_AUTO_LENGTH, table[i].cb, NULL,
					 &f) != napi_ok ||
		    napi_set_named_property(env, exports, table[i].name, f) != napi_ok)
			return NULL;
	}
	return exports;
}
