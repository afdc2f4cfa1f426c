/*
 * A small program to trace: a toy "bundler" that builds a module graph,
 * resolves it depth first, and hashes the modules on two worker threads.
 * Build it with XRay sleds and record it with sftrace (see demo.sh).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NMODULES 400
/* Keep the functions as calls, so the trace shows each of them. */
#define STEP __attribute__((noinline))

struct module {
	int id;
	int deps[4];
	int ndeps;
	int visited;
	uint64_t hash;
	char source[256];
};

static struct module modules[NMODULES];

STEP static uint64_t fnv1a(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

STEP static void generate_source(struct module *m)
{
	int n = snprintf(m->source, sizeof(m->source), "export const m%d = () => [", m->id);
	for (int i = 0; i < m->ndeps && n < (int)sizeof(m->source) - 16; i++)
		n += snprintf(m->source + n, sizeof(m->source) - n, "m%d(),", m->deps[i]);
	snprintf(m->source + n, sizeof(m->source) - n, "];");
}

STEP static void parse_module(int id)
{
	struct module *m = &modules[id];
	m->id = id;
	m->ndeps = id ? 1 + (id * 7) % 4 : 0;
	for (int i = 0; i < m->ndeps; i++)
		m->deps[i] = (id * 31 + i * 17) % (id ? id : 1);
	generate_source(m);
}

STEP static int resolve(int id, int depth)
{
	struct module *m = &modules[id];
	int count = 1;
	if (m->visited)
		return 0;
	m->visited = 1;
	for (int i = 0; i < m->ndeps; i++)
		count += resolve(m->deps[i], depth + 1);
	return count;
}

STEP static void *hash_worker(void *arg)
{
	int start = (int)(intptr_t)arg;
	for (int r = 0; r < 50; r++)
		for (int i = start; i < NMODULES; i += 2)
			modules[i].hash += fnv1a(modules[i].source, strlen(modules[i].source));
	return NULL;
}

int main(void)
{
	pthread_t workers[2];
	uint64_t digest = 0;
	int reached = 0;

	for (int i = 0; i < NMODULES; i++)
		parse_module(i);
	for (int i = NMODULES - 1; i >= 0; i--)
		reached += resolve(i, 0);
	for (int i = 0; i < 2; i++)
		pthread_create(&workers[i], NULL, hash_worker, (void *)(intptr_t)i);
	for (int i = 0; i < 2; i++)
		pthread_join(workers[i], NULL);
	for (int i = 0; i < NMODULES; i++)
		digest ^= modules[i].hash;
	printf("bundled %d modules, digest %016llx\n", reached, (unsigned long long)digest);
	return 0;
}
