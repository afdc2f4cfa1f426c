/* sftrace convert: placeholder until the command lands. */
#include "tools/builtin.h"
#include "tools/lib/usage.h"

int cmd_convert(int argc, char **argv)
{
	return error("'convert' is not available in this build"), 1;
}
