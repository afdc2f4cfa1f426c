/*
 * XRay instrumentation map decoding (see xray-map.h). Entries are read
 * byte by byte into little-endian integers because the section has
 * alignment 1: a straight struct access would be an unaligned load (fine
 * on x86-64, undefined in C and flagged by UBSan).
 */
#include <string.h>

#include "common/xray-map.h"

static uint64_t get_u64(const uint8_t *p)
{
	uint64_t v = 0;

	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

long xray_map_count(size_t size)
{
	if (size % XRAY_MAP_ENTRY_SIZE)
		return -1;
	return (long)(size / XRAY_MAP_ENTRY_SIZE);
}

int xray_map_entry(const uint8_t *sec, uint64_t sec_addr, size_t i, struct xray_sled *out)
{
	const uint8_t *e = sec + i * XRAY_MAP_ENTRY_SIZE;
	uint64_t field = sec_addr + i * XRAY_MAP_ENTRY_SIZE;

	if (e[18] == 2) {
		/* Both offsets are relative to the address of their own field. */
		out->addr = field + get_u64(e);
		out->func = field + 8 + get_u64(e + 8);
	} else if (e[18] < 2) {
		/* Older maps hold absolute addresses: link-time ones in the
		 * file, relocated ones in memory, so again in sec_addr's space. */
		out->addr = get_u64(e);
		out->func = get_u64(e + 8);
	} else {
		return -1;
	}
	out->kind = e[16];
	out->always = e[17];
	out->version = e[18];
	return 0;
}

long xray_map_nfuncs(const uint8_t *sec, size_t size, uint64_t sec_addr)
{
	long n = xray_map_count(size), nfuncs = 0;
	uint64_t prev = 0;
	struct xray_sled s;

	for (long i = 0; i < n; i++) {
		if (xray_map_entry(sec, sec_addr, (size_t)i, &s))
			return -1;
		if (i == 0 || s.func != prev)
			nfuncs++;
		prev = s.func;
	}
	return n < 0 ? -1 : nfuncs;
}
