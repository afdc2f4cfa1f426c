# sftrace build. `make` builds build/sftrace and build/libsftrace.so;
# `make help` lists the targets and knobs.

ARCH    := $(shell uname -m)
O       ?= build
B       := $(O)
PREFIX  ?= /usr/local
CC      ?= cc
ifeq ($(CC),cc)
CC      := gcc
endif

ifneq ($(ARCH),x86_64)
$(error sftrace supports x86_64 only (this machine is $(ARCH)))
endif

# `make demo` and `make check` first check that what they need is installed
# and install what is missing (scripts/install-deps, packages listed in
# scripts/packages); DEPS=0 skips that.
DEPS    ?= 1
ifeq ($(DEPS),1)
ifneq ($(filter check dist-check,$(MAKECMDGOALS)),)
DEPS_STATUS := $(shell scripts/install-deps --test >&2; echo $$?)
else ifneq ($(filter demo,$(MAKECMDGOALS)),)
DEPS_STATUS := $(shell scripts/install-deps >&2; echo $$?)
endif
ifneq ($(filter-out 0,$(DEPS_STATUS)),)
$(error what 'make $(MAKECMDGOALS)' needs is missing (see the line above))
endif
endif

WARN    := -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -Wshadow \
           -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
OPT     := -O2
ifeq ($(DEBUG),1)
OPT     := -O0
endif
CFLAGS_BASE := -std=gnu11 -D_GNU_SOURCE -g $(OPT) $(WARN) -fPIC \
               -iquote . -iquote arch/$(ARCH) -Iinclude -iquote $(B)/gen
ifeq ($(WERROR),1)
CFLAGS_BASE += -Werror
endif
# The runtime is never sanitized: it is preloaded into programs that do not
# load the sanitizers' runtimes (which must come first). SAN applies to the
# tools, the shared code they link and the tests.
CFLAGS_RT  := $(CFLAGS_BASE) $(CFLAGS)
ifneq ($(SAN),)
CFLAGS_BASE += -fsanitize=$(SAN) -fno-omit-frame-pointer
LDSAN       := -fsanitize=$(SAN)
endif
CFLAGS_ALL := $(CFLAGS_BASE) $(CFLAGS)

TOOL_LIBS := -ldw -lelf -liberty -lpcre2-8 -lzstd -lz -lcbor -lpthread -lm
RT_LIBS   := -ldl -lpthread

ifeq ($(V),1)
Q :=
else
Q := @
endif

COMMON_SRC  := $(sort $(wildcard common/*.c))
RT_SRC      := $(sort $(wildcard runtime/*.c arch/$(ARCH)/*.c))
RT_ASM      := $(sort $(wildcard arch/$(ARCH)/*.S))
TOOL_SRC    := $(sort $(filter-out tools/sftrace.c,$(wildcard tools/*.c tools/*/*.c)))
UNIT_SRC    := $(sort $(wildcard tests/unit/u-*.c))
HELPER_SRC  := $(sort $(wildcard tests/helper/*.c))

COMMON_OBJ  := $(COMMON_SRC:%.c=$(B)/obj/%.o)
ifeq ($(SAN),)
RT_COMMON   := $(B)/libcommon.a
RT_COMMON_OBJ := $(COMMON_OBJ)
else
RT_COMMON   := $(B)/libcommon-rt.a
RT_COMMON_OBJ := $(COMMON_SRC:%.c=$(B)/obj/rt/%.o)
endif
RT_OBJ      := $(RT_SRC:%.c=$(B)/obj/%.o) $(RT_ASM:%.S=$(B)/obj/%.o)
TOOL_OBJ    := $(TOOL_SRC:%.c=$(B)/obj/%.o)
UNIT_BIN    := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

# The runtime is a guest in other processes: hidden visibility, no
# dependency on anything but libc, and hot-path files compiled without
# vector registers (see runtime/internal.h).
RT_CFLAGS   := -fvisibility=hidden -fno-stack-protector -ftls-model=initial-exec \
               -fno-omit-frame-pointer -DSFTRACE_RUNTIME

-include mk/runtime-flags.mk

.DEFAULT_GOAL := all

# One stamp for a build of the runtime and the tools (a hash of their
# sources): `record` warns when the runtime it finds is another build.
STAMP := $(shell cat $(sort $(wildcard runtime/*.[ch] runtime/*/*.c common/*.[ch] arch/$(ARCH)/*) \
           $(wildcard tools/*.[ch] tools/*/*.[ch])) | cksum | tr ' ' '-')
$(B)/gen/stamp.h: FORCE
	@mkdir -p $(dir $@)
	@echo '#define SFTRACE_BUILD_STAMP "$(STAMP)"' >$@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@
$(B)/obj/runtime/init.o $(B)/obj/tools/runtime-find.o: $(B)/gen/stamp.h
FORCE:

all: $(B)/sftrace $(B)/libsftrace.so $(B)/libsftrace.a $(B)/libsftrace-malloc.so

$(B)/obj/common/%.o: common/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -fvisibility=hidden -MMD -MP -c -o $@ $<

$(B)/obj/rt/common/%.o: common/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $< (runtime)"
	$(Q)$(CC) $(CFLAGS_RT) -fvisibility=hidden -MMD -MP -c -o $@ $<

$(B)/obj/runtime/%.o: runtime/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_RT) $(RT_CFLAGS) $(RT_CFLAGS_$(notdir $*)) -MMD -MP -c -o $@ $<

$(B)/obj/arch/%.o: arch/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_RT) $(RT_CFLAGS) $(RT_CFLAGS_$(notdir $*)) -MMD -MP -c -o $@ $<

$(B)/obj/arch/%.o: arch/%.S
	@mkdir -p $(dir $@)
	@echo "  AS      $<"
	$(Q)$(CC) $(CFLAGS_RT) $(RT_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/tools/%.o: tools/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(B)/obj/tests/%.o: tests/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(B)/libcommon.a: $(COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(B)/libcommon-rt.a: $(RT_COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(B)/libtools.a: $(TOOL_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(B)/libsftrace.so: $(RT_OBJ) $(RT_COMMON) $(wildcard mk/runtime-flags.mk)
	@echo "  LD      $@"
	$(Q)$(CC) -shared -Wl,-z,defs -Wl,-z,now -Wl,-soname,libsftrace.so -o $@ $(RT_OBJ) \
		$(RT_COMMON) $(RT_LIBS)

# The interposed C allocator for `record --memory`: preloaded after
# libsftrace.so, never part of it (a process that does not ask for memory
# recording keeps its allocator untouched).
$(B)/obj/runtime/malloc/%.o: runtime/malloc/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_RT) $(RT_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/libsftrace-malloc.so: $(B)/obj/runtime/malloc/interpose.o $(B)/libsftrace.so
	@echo "  LD      $@"
	$(Q)$(CC) -shared -Wl,-z,defs -Wl,-z,now -Wl,-soname,libsftrace-malloc.so -o $@ $< \
		-L$(B) -lsftrace -ldl '-Wl,-rpath,$$ORIGIN'

# For programs that cannot be preloaded (static executables): link this and
# call sftrace_setup().
# Not the interposers that call the next definition with dlsym(RTLD_NEXT),
# which needs the dynamic loader.
RT_SHARED_ONLY := $(B)/obj/runtime/spawn.o $(B)/obj/runtime/longjmp.o
$(B)/libsftrace.a: $(filter-out $(RT_SHARED_ONLY),$(RT_OBJ)) $(RT_COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(B)/sftrace: $(B)/obj/tools/sftrace.o $(B)/libtools.a $(B)/libcommon.a
	@echo "  LD      $@"
	$(Q)$(CC) -o $@ $^ $(TOOL_LIBS) $(LDSAN)

$(B)/tests/%: tests/unit/%.c $(B)/libtools.a $(B)/libcommon.a tests/unit/tap.h
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $< $(B)/libtools.a $(B)/libcommon.a $(TOOL_LIBS) $(LDSAN)

$(B)/sftrace-test-tool: $(HELPER_SRC) $(B)/libtools.a $(B)/libcommon.a
	@mkdir -p $(dir $@)
	@echo "  LD      $@"
	$(Q)$(CC) $(CFLAGS_ALL) -o $@ $(HELPER_SRC) $(B)/libtools.a $(B)/libcommon.a $(TOOL_LIBS) $(LDSAN)

units: $(UNIT_BIN)

# All tests: unit tests, then the end-to-end scripts (in parallel).
check: all units $(if $(HELPER_SRC),$(B)/sftrace-test-tool)
	$(Q)tests/run.sh $(B)

# Build, trace the bundled example, convert it and show the report.
demo: all
	$(Q)examples/demo.sh $(B)

bench: all
	$(Q)bench/run.sh $(B)
	$(Q)bench/memory.sh $(B)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/sftrace
	install -m 755 $(B)/sftrace $(DESTDIR)$(PREFIX)/bin/sftrace
	install -m 755 $(B)/libsftrace.so $(DESTDIR)$(PREFIX)/lib/libsftrace.so
	install -m 755 $(B)/libsftrace-malloc.so $(DESTDIR)$(PREFIX)/lib/libsftrace-malloc.so
	install -m 644 $(B)/libsftrace.a $(DESTDIR)$(PREFIX)/lib/libsftrace.a
	install -m 644 include/sftrace/sftrace.h $(DESTDIR)$(PREFIX)/include/sftrace/sftrace.h
	@# binaries built with the sftrace-setup crate find libsftrace.so by its soname
	$(Q)if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null; then \
		ldconfig; fi

clean:
	rm -rf $(B)

help:
	@echo "Targets:"
	@echo "  all (default)  build $(B)/sftrace, $(B)/libsftrace.so and $(B)/libsftrace.a"
	@echo "  demo           build, trace examples/, convert and report"
	@echo "  check          run all tests (unit and end to end)"
	@echo "  bench          compare recording overhead against XRay and uftrace,"
	@echo "                 and measure what memory events cost"
	@echo "  install        install into PREFIX (default /usr/local)"
	@echo "  clean          remove $(B)"
	@echo "Knobs: V=1 (show commands) O=dir (build dir) SAN=address,undefined"
	@echo "       DEBUG=1 (no optimisation) WERROR=1 CC=clang"

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)

.PHONY: all units check demo bench install clean help FORCE
.DELETE_ON_ERROR:
