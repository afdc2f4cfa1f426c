/* sftrace report: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_report(int argc, char **argv)
{
	return error("'report' is not available in this build"), 1;
}
