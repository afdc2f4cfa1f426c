/*
 * The shortest "%.*g" text of a double that reads back to the same value:
 * what the readers of value records print (docs/sftrace-convert.md,
 * "Values"). For the args-* test programs; four results can be in use at
 * once.
 */
#include <stdio.h>
#include <stdlib.h>

static const char *dbl(double d)
{
	static char buf[4][40];
	static int k;
	char *b = buf[k++ & 3];

	for (int prec = 1; prec <= 17; prec++) {
		snprintf(b, 40, "%.*g", prec, d);
		if (strtod(b, NULL) == d)
			break;
	}
	return b;
}
