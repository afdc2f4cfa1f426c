/*
 * A program built without XRay: nothing to patch. Prints a line and exits
 * with the status given as its argument, so a test can check that the
 * program runs normally (output and status) under `sftrace record`.
 * Usage: nosleds [STATUS].
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	printf("no sleds here\n");
	return argc > 1 ? atoi(argv[1]) : 0;
}
