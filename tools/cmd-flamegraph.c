/* sftrace flamegraph: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_flamegraph(int argc, char **argv)
{
	return error("'flamegraph' is not available in this build"), 1;
}
