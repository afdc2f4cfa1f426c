/* sftrace record: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_record(int argc, char **argv)
{
	return error("'record' is not available in this build"), 1;
}
