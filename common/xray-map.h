/*
 * Decoding LLVM XRay's `xray_instr_map` section (x86-64, entry version 2,
 * PC-relative; NOTES.md "XRay sleds").
 *
 * Pure C over bytes the caller already has: the section contents and the
 * address the section has (its ELF sh_addr, or its address in memory). No
 * allocation, no libelf, so both the runtime (reading a mapped file) and
 * the tools (reading with libelf) use it.
 *
 * Functions: consecutive entries with the same function address belong to
 * one function, which is how XRay itself numbers functions; the function
 * index of an entry is the number of address changes before it. A function
 * whose entries are split (never seen in practice) simply counts twice.
 */
#ifndef SFTRACE_COMMON_XRAY_MAP_H
#define SFTRACE_COMMON_XRAY_MAP_H

#include <stddef.h>
#include <stdint.h>

#define XRAY_MAP_SECTION "xray_instr_map"
#define XRAY_MAP_ENTRY_SIZE 32u

/* Sled kinds (the u8 at +16). */
enum xray_sled_kind {
	XRAY_SLED_ENTRY = 0,
	XRAY_SLED_EXIT = 1,
	XRAY_SLED_TAIL = 2,
	XRAY_SLED_LOG_ENTRY = 3,
	XRAY_SLED_CUSTOM = 4,
	XRAY_SLED_TYPED = 5,
};

/* One decoded entry; addresses are in the same space as the section address. */
struct xray_sled {
	uint64_t addr;	/* the sled */
	uint64_t func;	/* the function it belongs to */
	uint8_t kind;	/* enum xray_sled_kind */
	uint8_t always; /* always_instrument */
	uint8_t version;
};

/*
 * Number of entries in a section of size bytes, or -1 when size is not a
 * multiple of XRAY_MAP_ENTRY_SIZE (a section we do not understand).
 */
long xray_map_count(size_t size);

/*
 * Decode entry i (< xray_map_count(size)) of the section sec located at
 * sec_addr. Entries may be unaligned. Version 2 entries are PC-relative,
 * versions 0 and 1 absolute (addresses in the same space as sec_addr: the
 * file's, or memory's once relocated). Returns 0, or -1 for an entry of a
 * later version.
 */
int xray_map_entry(const uint8_t *sec, uint64_t sec_addr, size_t i, struct xray_sled *out);

/*
 * Number of functions in the section (address changes between consecutive
 * entries, see above), or -1 when the section is malformed (bad size or an
 * entry of an unknown version).
 */
long xray_map_nfuncs(const uint8_t *sec, size_t size, uint64_t sec_addr);

#endif
