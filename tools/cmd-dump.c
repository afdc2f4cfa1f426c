/*
 * sftrace dump: print a log as text — header, modules, threads and every
 * event (time, tid, kind, module, function address, symbol). Meant for
 * people and for tests that need an independent view of what was recorded,
 * so it prints raw events in recorded order without pairing or repair.
 */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/format.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/loss.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"
#include "tools/read/values.h"

static const char *const dump_usage[] = {
	"sftrace dump [<options>] <log>...",
	"",
	"Print the header, the module table, the threads and every recorded event",
	"of each log, one event per line:",
	"",
	"  TIME_NS TID KIND MODULE+OFFSET ADDRESS FUNCTION",
	"",
	"TIME_NS is nanoseconds since the program started, KIND is entry, exit or",
	"tail (a function left by a tail call); a '*' after the kind marks an event",
	"recorded by a signal handler that interrupted another record. Exits whose",
	"function the log leaves implicit are resolved as the reader does.",
	"Memory events (sftrace-setup's allocator, or record --memory) print as",
	"",
	"  TIME_NS TID KIND SIZE POINTER [align N] in FUNCTION",
	"",
	"with KIND alloc, free, realloc-new or realloc-old and FUNCTION the",
	"innermost traced frame open when it happened. Functions marked with",
	"record -A/-R (or a filter file's values marks) have their registers under",
	"the event, as recorded (docs/format.md \"Value records\"):",
	"",
	"  args rdi=0x2a rsi=0x7ffc12345678 xmm0=0x400921fb54442d18",
	"  str rdi \"text\" [truncated] [unreadable]",
	"  ret rax=0x1",
	NULL,
};

struct dump_ctx {
	struct trace *t;
	struct symbolizer *sym;
	uint32_t tid;
	int raw_names;
	struct values *vals; /* the DWARF formatter, for logs with value records */
};

static const char *kind_name(unsigned k)
{
	static const char *const names[] = { "?", "entry", "exit", "tail", "alloc", "free",
					     "realloc-new", "realloc-old" };

	return k < sizeof(names) / sizeof(names[0]) ? names[k] : "?";
}

/* Register names of value records by arch (docs/format.md "Value records"). */
static const char *reg_name(uint32_t arch, int ret, unsigned bit, char *buf, size_t n)
{
	static const char *const x86_args[16] = { "rdi", "rsi", "rdx", "rcx", "r8", "r9" };
	static const char *const x86_ret[16] = { "rax", "rdx" };
	const char *name = NULL;

	if (arch == FMT_ARCH_X86_64) {
		name = bit < FMT_VAL_FIRST_VEC ? (ret ? x86_ret : x86_args)[bit] : NULL;
		if (!name && bit >= FMT_VAL_FIRST_VEC && bit < 16) {
			snprintf(buf, n, "xmm%u", bit - FMT_VAL_FIRST_VEC);
			return buf;
		}
	} else if (arch == FMT_ARCH_AARCH64 && bit < 16) {
		snprintf(buf, n, "%c%u", bit < FMT_VAL_FIRST_VEC ? 'x' : 'v', bit % 8);
		return buf;
	}
	if (!name) {
		snprintf(buf, n, "r%u", bit);
		return buf;
	}
	return name;
}

/*
 * The value records of an event, one line each under it:
 *   args rdi=0x2a rsi=0x7ffc... xmm0=0x400921fb54442d18
 *   str rdi "text" [truncated] [unreadable]
 *   ret rax=0x1
 * Vector registers print as 16 hex digits (their low 64 bits).
 */
static void print_values(const struct trace *t, unsigned kind, const struct trace_values *v)
{
	int ret = kind != FMT_KIND_ENTRY;
	char buf[16];

	printf("%21s%s", "", ret ? "ret" : "args");
	for (unsigned i = 0; i < 16; i++) {
		if (!(v->mask & (1u << i)))
			continue;
		printf(i < FMT_VAL_FIRST_VEC ? " %s=%#" PRIx64 : " %s=0x%016" PRIx64,
		       reg_name(t->arch, ret, i, buf, sizeof(buf)), v->reg[i]);
	}
	printf("\n");
	for (uint32_t i = 0; i < v->nstr; i++) {
		const struct trace_string *s = &v->str[i];
		printf("%21sstr %s \"", "", reg_name(t->arch, 0, s->reg, buf, sizeof(buf)));
		for (uint32_t k = 0; k < s->len; k++) {
			uint8_t c = s->bytes[k];
			if (c == '"' || c == '\\')
				printf("\\%c", c);
			else if (c >= 0x20 && c < 0x7f)
				putchar(c);
			else
				printf("\\x%02x", c);
		}
		printf("\"%s%s\n", s->flags & FMT_STR_TRUNCATED ? " truncated" : "",
		       s->flags & FMT_STR_UNREADABLE ? " unreadable" : "");
	}
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* The name of function id func, as the event lines name it. */
static const char *func_label(const struct dump_ctx *c, uint32_t func)
{
	const struct sym_info *si;

	if (!trace_func_module(c->t, func))
		return "?";
	si = symbolizer_lookup(c->sym, c->t, func);
	return c->raw_names && si->raw ? si->raw : si->name;
}

/* A FLOW record (docs/format.md "Flow records") on a line of its own. */
static void print_flow(const struct dump_ctx *c, const struct trace_flow *fl)
{
	switch (fl->kind) {
	case TRACE_FLOW_STACK:
		printf("%21s~ executes item %#" PRIx64 " owned by thread #%u level %u (%s)\n", "",
		       fl->addr, fl->serial, fl->level, func_label(c, fl->func));
		break;
	case TRACE_FLOW_ITEM:
		printf("%21s~ executes item %#" PRIx64 "\n", "", fl->addr);
		break;
	case TRACE_FLOW_SOURCE:
		printf("%21s~ hands over item %#" PRIx64 "\n", "", fl->addr);
		break;
	case TRACE_FLOW_THREAD:
		printf("%21s~ thread %u created at %" PRIu64 " by thread #%u level %u (%s)\n", "",
		       c->tid, fl->ns, fl->serial, fl->level, func_label(c, fl->func));
		break;
	case TRACE_FLOW_PROCESS:
		/* the function id is one of the other log's */
		printf("%21s~ process started at monotonic %" PRIu64
		       " ns by pid %u thread #%u level %u (function #%u of its log)\n", "",
		       fl->ns, fl->pid, fl->serial, fl->level, fl->func);
		break;
	}
}

static int print_event(void *vctx, const struct trace_event *ev)
{
	struct dump_ctx *c = vctx;
	const struct trace_module *m = trace_func_module(c->t, ev->func);
	const char *name = func_label(c, ev->func);

	if (ev->kind == TRACE_FLOW) {
		print_flow(c, ev->flow); /* not an event: no line of its own */
		return 0;
	}
	if (ev->kind == TRACE_CONTEXT) {
		static const char *const how[] = { "?", "its saved frames", "no frames (new)",
						   "the current frames" };
		printf("%21s~ context switch: frames saved in %#" PRIx64 ", now %#" PRIx64 " with %s\n",
		       "", ev->ptr, ev->size, how[ev->align < 4 ? ev->align : 0]);
		return 0;
	}
	if (ev->kind == TRACE_UNWIND) {
		printf("%12" PRIu64 " %7u unwind      %" PRIu64 " frames left without their exits\n",
		       ev->ns, c->tid, ev->size);
		return 0;
	}
	if (trace_kind_is_mem(ev->kind)) {
		/* size, pointer, alignment, then the frame it belongs to */
		printf("%12" PRIu64 " %7u %-11s %" PRIu64 " %#" PRIx64, ev->ns, c->tid,
		       kind_name(ev->kind), ev->size, ev->ptr);
		if (ev->align)
			printf(" align %" PRIu64, ev->align);
		printf(" in %s\n", ev->func ? name : "(no traced frame)");
		return 0;
	}
	printf("%12" PRIu64 " %7u %-5s%s %s+%#" PRIx64 " %#" PRIx64 " %s\n", ev->ns, c->tid,
	       kind_name(ev->kind), ev->nested ? "*" : " ", m ? base_name(m->path) : "?",
	       m ? m->func_vaddr[ev->func - m->id_base] : 0, trace_func_addr(c->t, ev->func),
	       name);
	if (ev->values) {
		const char *text = ev->kind == TRACE_ENTRY
					   ? values_args_text(c->vals, c->t, ev->func, ev->values)
					   : values_ret_text(c->vals, c->t, ev->func, ev->values);
		print_values(c->t, ev->kind, ev->values);
		if (text)
			printf("%21s= %s\n", "", text);
	}
	if (ev->flow)
		print_flow(c, ev->flow);
	return 0;
}

/* What the log is missing, from its headers (tools/read/loss.h). */
static void print_loss(const struct trace *t)
{
	struct trace_loss l;
	char buf[160], *damage;
	const char *sep = ": ";

	trace_loss_get(t, &l);
	if (l.lost) {
		printf("lost:       %" PRIu64 " events the runtime could not record", l.lost);
		for (uint32_t r = 0; r < LOSS_REASONS; r++) {
			if (!l.by_reason[r])
				continue;
			printf("%s%s (%" PRIu64 ")", sep,
			       trace_loss_reason_text(r, r == l.stop_reason ? l.stop_errno : 0, buf,
						      sizeof(buf)),
			       l.by_reason[r]);
			sep = ", ";
		}
		printf("\n");
	}
	if (l.stopped) {
		printf("stopped:    %s",
		       trace_loss_reason_text(l.stop_reason, l.stop_errno, buf, sizeof(buf)));
		if (l.stop_before_end_ns)
			printf(", %" PRIu64 " ns before the end", l.stop_before_end_ns);
		printf("\n");
	}
	if (l.filter_dropped)
		printf("dropped:    %" PRIu64 " events by filters\n", l.filter_dropped);
	if ((damage = trace_loss_damage_line(&l)))
		printf("damage:     %s\n", damage);
	free(damage);
}

static void print_header(const struct trace *t)
{
	char when[64] = "?";
	time_t secs = (time_t)(t->start_realtime_ns / 1000000000ull);
	struct tm tm;

	if (localtime_r(&secs, &tm))
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	printf("log:        %s\n", t->path);
	printf("version:    %u\n", t->version);
	printf("arch:       %s\n", t->arch == FMT_ARCH_AARCH64 ? "aarch64"
				   : t->arch == FMT_ARCH_X86_64 ? "x86-64"
								  : "unknown");
	printf("pid:        %u (parent %u)\n", t->pid, t->ppid);
	printf("command:   ");
	for (int i = 0; i < t->argc; i++)
		printf(" %s", t->argv[i]);
	printf("\nexecutable: %s\n", t->exe ? t->exe : "?");
	printf("started:    %s.%09" PRIu64 "\n", when, (uint64_t)(t->start_realtime_ns % 1000000000u));
	if (t->flags & FMT_FLAG_CLOCK_NS)
		printf("clock:      CLOCK_MONOTONIC\n");
	if (t->memory)
		printf("memory:     every call of the C allocator recorded (record --memory)\n");
	else
		printf("clock:      TSC %.3f MHz, %zu sync points\n", t->tsc_hz / 1e6, t->nsyncs);
	if (t->flags & FMT_FLAG_VALUES)
		printf("values:     arguments or return values of marked functions (%s registers)\n",
		       t->arch == FMT_ARCH_X86_64	 ? "x86-64"
		       : t->arch == FMT_ARCH_AARCH64 ? "aarch64"
						     : "unknown");
	/* Not closed is no damage: _exit and exec skip the shutdown, and what
	 * a killed process recorded is all there. */
	printf("state:      %s%s%s%s\n",
	       t->flags & FMT_FLAG_CLOSED ? "closed"
					  : "not closed (the process left by _exit or exec, was "
					    "killed, or is still running)",
	       t->flags & FMT_FLAG_STOPPED ? ", recording stopped early" : "",
	       t->flags & FMT_FLAG_FILTERED ? ", filtered" : "",
	       t->truncated ? ", damaged" : "");
	print_loss(t);
	printf("modules:    %zu\n", t->nmodules);
	for (size_t i = 0; i < t->nmodules; i++) {
		const struct trace_module *m = &t->modules[i];
		printf("  [%u] %s\n      build-id ", m->index, m->path);
		for (uint32_t j = 0; j < m->build_id_len; j++)
			printf("%02x", m->build_id[j]);
		if (!m->build_id_len)
			printf("(none)");
		printf("  load bias %#" PRIx64 "\n      functions %u (ids %u..%u), sleds %u, "
		       "patched %u, loaded at %" PRIu64 " ns",
		       m->load_bias, m->nfuncs, m->id_base, m->id_base + m->nfuncs - 1, m->nsleds,
		       m->npatched, m->load_ns);
		if (m->unload_ns)
			printf(", unloaded at %" PRIu64 " ns", m->unload_ns);
		printf("\n");
	}
	printf("threads:    %zu\n", t->nthreads);
	for (size_t i = 0; i < t->nthreads; i++) {
		const struct trace_thread *th = &t->threads[i];
		printf("  [%u] tid %u \"%s\", %zu blocks\n", th->serial, th->tid, th->name,
		       th->nblocks);
	}
}

static int count_event(void *ctx, const struct trace_event *ev)
{
	return 0; /* trace_thread_events() counts */
}

int cmd_dump(int argc, char **argv)
{
	int no_events = 0, raw_names = 0, summary = 0;
	long tid = LONG_MIN; /* all threads */
	struct option_def opts[] = {
		OPT_BOOL(0, "no-events", &no_events, "print the header, modules and threads only"),
		OPT_BOOL(0, "summary", &summary, "after the events, count events per thread"),
		OPT_INT(0, "tid", &tid, "tid", "print only the events of this thread"),
		OPT_BOOL(0, "raw", &raw_names, "print symbols as in the file (mangled)"),
		OPT_END(),
	};
	int nargs = parse_options(argc, argv, opts, dump_usage, 0);
	int status = 0;

	if (nargs < 1)
		usage_error(dump_usage, opts, "no log given");
	if (tid != LONG_MIN && (tid < 1 || tid > (long)UINT32_MAX))
		usage_error(dump_usage, opts, "--tid expects a thread id, not %ld", tid);
	for (int a = 0; a < nargs; a++) {
		struct trace t;
		struct symbolizer_opts so = { .no_dwarf = true, .force = true };
		struct symbolizer *sym;
		struct string_list no_files = STRING_LIST_INIT;
		struct values *vals = NULL;

		if (trace_open(&t, argv[a])) {
			status = 1;
			continue;
		}
		sym = symbolizer_new(&so);
		symbolizer_add_trace(sym, &t);
		if (a)
			printf("\n");
		print_header(&t);
		if (!no_events) {
			int shown = 0;

			printf("events:\n");
			if (t.flags & FMT_FLAG_VALUES)
				vals = values_new(&no_files);
			for (size_t i = 0; i < t.nthreads; i++) {
				struct dump_ctx c = { &t, sym, t.threads[i].tid, raw_names, vals };
				if (tid != LONG_MIN && t.threads[i].tid != (uint32_t)tid)
					continue;
				shown++;
				trace_thread_events(&t, &t.threads[i], print_event, &c);
			}
			if (tid != LONG_MIN && !shown)
				warning("'%s' has no thread %ld", argv[a], tid);
		}
		if (summary) {
			/* the counts of a walk: without events, a silent one */
			for (size_t i = 0; i < t.nthreads; i++) {
				struct trace_thread *th = &t.threads[i];

				if (tid != LONG_MIN && th->tid != (uint32_t)tid)
					continue;
				if (no_events)
					trace_thread_events(&t, th, count_event, NULL);
				printf("thread %u: %" PRIu64 " events, %" PRIu64 " lost", th->tid,
				       th->nevents, th->lost);
				if (th->nmem)
					printf(", %" PRIu64 " of them memory events", th->nmem);
				printf("\n");
			}
		}
		trace_loss_note(&t);
		if (vals)
			values_free(vals);
		symbolizer_free(sym);
		trace_close(&t);
	}
	return status;
}
