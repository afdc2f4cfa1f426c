/*
 * The program's own record of its calls, for the exception tests: a stack
 * of function names kept by a guard object in every function (its
 * destructor runs when an exception unwinds the frame, so the stack stays
 * exact), and one "path a;b;c" line per call, printed at the end. Lives
 * in libthrows.so so that the program and the library share one stack.
 */
#ifndef PATHLOG_H
#define PATHLOG_H

#define NOINLINE __attribute__((noinline))

extern "C" {
void pathlog_enter(const char *name);
void pathlog_leave(void);
void pathlog_print(void);
}

struct PathGuard {
	explicit PathGuard(const char *name) { pathlog_enter(name); }
	~PathGuard() { pathlog_leave(); }
};
#define TRACK() PathGuard path_guard_(__func__)

/* In the library: goes n levels down and throws n_at_bottom. */
NOINLINE void lib_descend(int n);

/* In the library: a class whose constructor throws from below when bad. */
struct Widget {
	NOINLINE explicit Widget(int bad);
};

#endif
