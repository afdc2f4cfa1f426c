/*
 * A helper addon (not instrumented) that pushes the next dlopen far away:
 * reserve(gib, anchor) maps PROT_NONE over every free gap of the address
 * space within `gib` GiB of the mappings whose path contains `anchor`
 * (libsftrace.so when traced; the helper itself when anchor is not
 * mapped). The kernel places a new library in the highest free gap below
 * mmap_base that fits, so the next addon lands more than `gib` GiB from
 * the anchor: out of rel32 reach of anything near it (NOTES.md, rel32).
 *
 * Gaps are taken with MAP_FIXED_NOREPLACE, so nothing mapped is touched;
 * the gap right below [stack] is left alone for the stack to grow into.
 * Returns the number of bytes reserved. PROT_NONE + MAP_NORESERVE costs
 * no memory and no commit charge.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <node_api.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

struct map {
	uintptr_t lo, hi;
	int stack;
};

/* /proc/self/maps, whole, NUL-terminated; NULL on error. Caller frees. */
static char *read_maps(void)
{
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);

	if (!buf || fd < 0)
		goto fail;
	for (;;) {
		ssize_t n;

		if (cap - len < 4096) {
			char *nb = realloc(buf, cap *= 2);

			if (!nb)
				goto fail;
			buf = nb;
		}
		n = read(fd, buf + len, cap - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto fail;
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	buf[len] = 0;
	return buf;
fail:
	if (fd >= 0)
		close(fd);
	free(buf);
	return NULL;
}

static napi_value js_reserve(napi_env env, napi_callback_info info)
{
	size_t argc = 2;
	napi_value argv[2], result;
	double gib = 0;
	char anchor[256] = "";
	char *maps = NULL, *line, *save = NULL;
	struct map *m = NULL;
	size_t nm = 0, cap = 0;
	uintptr_t alo = UINTPTR_MAX, ahi = 0, self = (uintptr_t)&js_reserve, reach, from, to;
	double reserved = 0;

	if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2 ||
	    napi_get_value_double(env, argv[0], &gib) != napi_ok || !(gib > 0 && gib < 1024) ||
	    napi_get_value_string_utf8(env, argv[1], anchor, sizeof(anchor), NULL) != napi_ok) {
		napi_throw_type_error(env, NULL, "usage: reserve(gib, anchor)");
		return NULL;
	}
	maps = read_maps();
	if (!maps) {
		napi_throw_error(env, NULL, "cannot read /proc/self/maps");
		return NULL;
	}
	for (line = strtok_r(maps, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		unsigned long lo, hi;
		int off = 0;

		if (sscanf(line, "%lx-%lx %*s %*s %*s %*s %n", &lo, &hi, &off) < 2)
			continue;
		if (nm == cap) {
			struct map *nmap = realloc(m, (cap = cap ? cap * 2 : 256) * sizeof(*m));

			if (!nmap)
				break;
			m = nmap;
		}
		m[nm].lo = lo;
		m[nm].hi = hi;
		m[nm].stack = off && strcmp(line + off, "[stack]") == 0;
		if (off && anchor[0] && strstr(line + off, anchor)) {
			alo = lo < alo ? lo : alo;
			ahi = hi > ahi ? hi : ahi;
		}
		nm++;
	}
	if (alo > ahi) {
		for (size_t i = 0; i < nm; i++)
			if (m[i].lo <= self && self < m[i].hi)
				alo = m[i].lo, ahi = m[i].hi;
	}
	reach = (uintptr_t)(gib * 1073741824.0);
	from = alo > reach ? alo - reach : 4096;
	to = ahi + reach;
	for (size_t i = 0; i < nm && alo <= ahi; i++) {
		uintptr_t glo = i ? m[i - 1].hi : 4096, ghi = m[i].lo;
		void *p;

		if (m[i].stack)
			continue;
		glo = glo > from ? glo : from;
		ghi = ghi < to ? ghi : to;
		if (glo >= ghi)
			continue;
		p = mmap((void *)glo, ghi - glo, PROT_NONE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
		if (p == MAP_FAILED)
			continue;
		if ((uintptr_t)p != glo) {
			munmap(p, ghi - glo); /* a kernel without MAP_FIXED_NOREPLACE */
			continue;
		}
		reserved += (double)(ghi - glo);
	}
	free(m);
	free(maps);
	napi_create_double(env, reserved, &result);
	return result;
}

NAPI_MODULE_EXPORT napi_value napi_register_module_v1(napi_env env, napi_value exports)
{
	napi_value f;

	if (napi_create_function(env, "reserve", NAPI_AUTO_LENGTH, js_reserve, NULL, &f) != napi_ok ||
	    napi_set_named_property(env, exports, "reserve", f) != napi_ok)
		return NULL;
	return exports;
}
