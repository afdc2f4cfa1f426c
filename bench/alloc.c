/*
 * Memory-event benchmark workload: N rounds of a malloc and a free of a
 * small block inside a traced function (plus the function's own entry and
 * exit), timed around the loop. With "abi" as second argument every call
 * is also reported through sftrace_alloc_event(), as the sftrace-setup
 * crate's allocator wrapper does. Prints "work_ns N" and "rounds R".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sftrace/sftrace.h"

static int abi;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

__attribute__((noinline)) static void *round_trip(size_t n)
{
	void *p = malloc(n);

	if (abi)
		sftrace_alloc_event(SFTRACE_ALLOC, n, 8, p);
	*(volatile char *)p = 1;
	if (abi)
		sftrace_alloc_event(SFTRACE_DEALLOC, n, 8, p);
	free(p);
	return p;
}

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 10000000;
	uint64_t t0, t1;

	abi = argc > 2 && !strcmp(argv[2], "abi");
	sftrace_setup(NULL, NULL, NULL);
	t0 = now_ns();
	for (long i = 0; i < rounds; i++)
		round_trip(16 + (size_t)(i & 63));
	t1 = now_ns();
	printf("work_ns %llu\nrounds %ld\n", (unsigned long long)(t1 - t0), rounds);
	return 0;
}
