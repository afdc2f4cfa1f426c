/* sftrace tree: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_tree(int argc, char **argv)
{
	return error("'tree' is not available in this build"), 1;
}
