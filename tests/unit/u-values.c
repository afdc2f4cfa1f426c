/*
 * Tests of the value formatter (tools/read/values.c) without a log: the
 * registers a recording would hold are given on the command line.
 *
 * Without arguments (make check): nothing to check on its own (the e2e
 * test t3010 drives it on clang-built objects); prints the plan "1..0".
 *
 * With arguments: a driver.
 *   u-values MODULE ADDR [--ret] [REG=HEX]... [s:REG:FLAGS:TEXT]...
 *     prints the argument text (or with --ret the return value text) of
 *     the function at ELF address ADDR; REG is a bit number of struct
 *     trace_values (rdi 0 ... r9 5, xmm0 8 ...; for --ret rax 0, rdx 1,
 *     xmm0 8); s: adds a STRING record (FLAGS 1 truncated, 2 unreadable).
 *   u-values --plan MODULE ADDR
 *     prints "args=MASK ret=MASK str=REG/LEN_REG,..." (hex masks; LEN_REG
 *     255 for a C string) and values_plan()'s return value.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/tap.h"
#include "tools/lib/usage.h"
#include "tools/read/values-compat.h"
#include "tools/read/values.h"

static int plan(const char *path, uint64_t addr)
{
	struct values_plan p;
	int r = values_plan(path, addr, &p);

	printf("args=%" PRIx32 " ret=%" PRIx32 " str=", p.arg_mask, p.ret_mask);
	for (unsigned i = 0; i < p.nstr; i++)
		printf("%s%u/%u", i ? "," : "", p.str[i].reg, p.str[i].len_reg);
	printf(" rc=%d\n", r);
	return r < 0;
}

int main(int argc, char **argv)
{
	static struct trace_values tv;
	struct values *v;
	bool ret = false;
	const char *text;
	uint64_t addr;

	if (argc == 1) {
		printf("1..0 # driver only (see tests/e2e/t3010-values-dwarf.sh)\n");
		return 0;
	}
	if (!strcmp(argv[1], "--plan") && argc == 4)
		return plan(argv[2], strtoull(argv[3], NULL, 0));
	if (argc < 3) {
		fprintf(stderr, "usage: u-values MODULE ADDR [--ret] [REG=HEX]... [s:REG:FLAGS:TEXT]...\n");
		return 2;
	}
	addr = strtoull(argv[2], NULL, 0);
	for (int i = 3; i < argc; i++) {
		char *eq;

		if (!strcmp(argv[i], "--ret")) {
			ret = true;
		} else if (!strncmp(argv[i], "s:", 2) && tv.nstr < 16) {
			struct trace_string *s = &tv.str[tv.nstr++];
			char *p = argv[i] + 2, *end;

			s->reg = (uint8_t)strtoul(p, &end, 0);
			s->flags = (uint8_t)strtoul(end + 1, &end, 0);
			s->bytes = (const uint8_t *)end + 1;
			s->len = (uint32_t)strlen(end + 1);
		} else if ((eq = strchr(argv[i], '='))) {
			unsigned r = (unsigned)strtoul(argv[i], NULL, 0);

			if (r < 16) {
				tv.mask |= 1u << r;
				tv.reg[r] = strtoull(eq + 1, NULL, 16);
			}
		}
	}
	v = values_new(NULL);
	text = ret ? values_ret_text_at(v, argv[1], addr, &tv)
		   : values_args_text_at(v, argv[1], addr, &tv);
	printf("%s\n", text ? text : "(null)");
	values_free(v);
	return 0;
}
