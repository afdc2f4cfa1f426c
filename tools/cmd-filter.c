/* sftrace filter: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_filter(int argc, char **argv)
{
	return error("'filter' is not available in this build"), 1;
}
