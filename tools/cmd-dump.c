/* sftrace dump: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_dump(int argc, char **argv)
{
	return error("'dump' is not available in this build"), 1;
}
