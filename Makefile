# sftrace build. `make` builds build/sftrace and build/libsftrace.so;
# `make help` lists the targets and knobs.

HOST_ARCH := $(shell uname -m)
ARCH    ?= $(HOST_ARCH)
ifeq ($(ARCH),arm64)
override ARCH := aarch64
endif
O       ?= build
B       := $(O)
PREFIX  ?= /usr/local
CC      ?= cc
ifeq ($(CC),cc)
CC      := gcc
endif

ifeq ($(filter x86_64 aarch64,$(ARCH)),)
$(error sftrace supports x86_64 and aarch64 (ARCH=$(ARCH)))
endif
# `make ARCH=aarch64 O=build-aarch64` on x86-64 cross-builds with Debian's
# cross compiler (crossbuild-essential-arm64): the runtime always, the
# command line when the arm64 -dev packages are installed (multiarch).
ifneq ($(ARCH),$(HOST_ARCH))
CROSS   ?= $(ARCH)-linux-gnu-
override CC := $(CROSS)gcc
override CXX := $(CROSS)g++
AR      := $(CROSS)ar
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

TOOL_LIBS := -ldw -lelf -liberty -lpcre2-8 -lzstd -ldeflate -lz -lcbor -ltomlplusplus -lstdc++ -lpthread -lm
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
# C++ only where a library has no C interface: the TOML reader (toml++).
TOOL_CXX_SRC := $(sort $(wildcard tools/*.cpp))
TOOL_OBJ    := $(TOOL_SRC:%.c=$(B)/obj/%.o) $(TOOL_CXX_SRC:%.cpp=$(B)/obj/%.o)
CXXFLAGS_ALL = $(filter-out -std=gnu11 -Wstrict-prototypes -Wmissing-prototypes,$(CFLAGS_ALL)) \
               -std=c++17 -DTOML_HEADER_ONLY=0 -DTOML_SHARED_LIB=1
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

$(B)/obj/tools/%.o: tools/%.cpp
	@mkdir -p $(dir $@)
	@echo "  CXX     $<"
	$(Q)$(CXX) $(CXXFLAGS_ALL) -MMD -MP -c -o $@ $<

$(B)/obj/tests/%.o: tests/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c -o $@ $<

$(B)/libcommon.a: $(COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(B)/libcommon-rt.a: $(RT_COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(B)/libtools.a: $(TOOL_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

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
RT_SHARED_ONLY := $(B)/obj/runtime/spawn.o $(B)/obj/runtime/longjmp.o \
                  $(B)/obj/runtime/thread-start.o $(B)/obj/runtime/ucontext.o
$(B)/libsftrace.a: $(filter-out $(RT_SHARED_ONLY),$(RT_OBJ)) $(RT_COMMON_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

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
# The aarch64 runtime, cross-built into $(B)/aarch64 for the tests that run
# it under qemu-user (tests/e2e/t7*), when Debian's cross compiler is there.
# The command line too (aarch64-cli) when the tools' arm64 libraries are
# installed (multiarch -dev:arm64 packages, scripts/packages).
ifeq ($(ARCH)-$(HOST_ARCH),x86_64-x86_64)
A64_GCC := $(shell command -v aarch64-linux-gnu-gcc 2>/dev/null)
A64_CLI := $(if $(A64_GCC),$(wildcard /usr/lib/aarch64-linux-gnu/libdw.so))
endif
aarch64-runtime:
	$(Q)$(MAKE) --no-print-directory ARCH=aarch64 O=$(B)/aarch64 DEPS=0 \
		$(B)/aarch64/libsftrace.so $(B)/aarch64/libsftrace-malloc.so

aarch64-cli: aarch64-runtime
	$(Q)$(MAKE) --no-print-directory ARCH=aarch64 O=$(B)/aarch64 DEPS=0 $(B)/aarch64/sftrace

check: all units $(if $(HELPER_SRC),$(B)/sftrace-test-tool) $(if $(A64_GCC),aarch64-runtime) \
       $(if $(A64_CLI),aarch64-cli)
	$(Q)tests/run.sh $(B)

# Only the aarch64 tests.
check-aarch64: all aarch64-runtime $(if $(A64_CLI),aarch64-cli)
	$(Q)tests/run.sh $(B) t7

# Build, trace the bundled example, convert it and show the report.
demo: all
	$(Q)examples/demo.sh $(B)

bench: all
	$(Q)bench/run.sh $(B)
	$(Q)bench/memory.sh $(B)

# 10^9 events through every converter and reader (BENCH_SCALE_EVENTS to
# change the count): time, throughput, peak RSS, outputs checked.
bench-scale: all
	$(Q)bench/scale.sh $(B)

# The Lua interpreter's per-call cost next to callbench's, and where the
# difference goes (Lua's sources: scripts/install-deps --bench).
bench-lua: all
	$(Q)bench/lua.sh $(B)

# The hot path in instructions per traced call, x86-64 and AArch64 (qemu-user).
bench-insns: all $(if $(A64_GCC),aarch64-runtime)
	$(Q)bench/insns.sh $(B)

VERSION   := $(shell sed -n 's/^\#define SFTRACE_VERSION_STRING "\(.*\)"/\1/p' include/sftrace/sftrace.h)
MAN_SRC   := $(sort $(wildcard docs/sftrace-*.md))
MAN_PAGES := $(MAN_SRC:docs/%.md=$(B)/man/%.1)

# Manual pages rendered from docs/sftrace-*.md by go-md2man (Debian package
# go-md2man): the page's "# sftrace-x(1)" line becomes its title block.
$(B)/man/%.1: docs/%.md include/sftrace/sftrace.h
	@mkdir -p $(dir $@)
	@echo "  MAN     $@"
	$(Q)command -v go-md2man >/dev/null || { echo "go-md2man renders the manual pages:" \
		"apt-get install go-md2man (scripts/install-deps does)" >&2; exit 1; }
	$(Q){ printf '%% %s 1 "" "sftrace $(VERSION)"\n' "$$(echo $* | tr a-z A-Z)"; \
		sed '1{/^# /d}' $<; } | go-md2man >$@.tmp && mv $@.tmp $@

# Bash completion, from the option tables the --help texts come from.
$(B)/sftrace.bash: $(B)/sftrace scripts/gen-bash-completion
	@echo "  GEN     $@"
	$(Q)scripts/gen-bash-completion $(B)/sftrace >$@.tmp && mv $@.tmp $@

man: $(MAN_PAGES)
completion: $(B)/sftrace.bash

# Installs what `record --print-solib` finds (PREFIX/lib beside PREFIX/bin).
install: all man completion
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/sftrace
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 $(MAN_PAGES) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 $(B)/sftrace.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sftrace
	install -m 755 $(B)/sftrace $(DESTDIR)$(PREFIX)/bin/sftrace
	install -m 755 $(B)/libsftrace.so $(DESTDIR)$(PREFIX)/lib/libsftrace.so
	install -m 755 $(B)/libsftrace-malloc.so $(DESTDIR)$(PREFIX)/lib/libsftrace-malloc.so
	install -m 644 $(B)/libsftrace.a $(DESTDIR)$(PREFIX)/lib/libsftrace.a
	install -m 644 include/sftrace/sftrace.h $(DESTDIR)$(PREFIX)/include/sftrace/sftrace.h
	@# binaries built with the sftrace-setup crate find libsftrace.so by its soname
	$(Q)if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null; then \
		ldconfig; fi

# A source tarball of the last commit, $(B)/sftrace-VERSION.tar.gz.
DIST := sftrace-$(VERSION)
dist:
	$(Q)git rev-parse --git-dir >/dev/null 2>&1 || \
		{ echo "make dist packs a git commit: run it in a git checkout" >&2; exit 1; }
	$(Q)git diff --quiet HEAD -- 2>/dev/null || \
		echo "make dist: uncommitted changes are not in the tarball (it packs HEAD)" >&2
	@mkdir -p $(B)
	$(Q)git archive --format=tar.gz --prefix=$(DIST)/ -o $(B)/$(DIST).tar.gz HEAD
	@echo "  DIST    $(B)/$(DIST).tar.gz"

# The tarball builds and passes its own `make check` in a directory of its own.
dist-check: dist
	$(Q)d=$$(mktemp -d) && tar -xzf $(B)/$(DIST).tar.gz -C "$$d" && \
		$(MAKE) -C "$$d/$(DIST)" -j2 WERROR=1 DEPS=0 && $(MAKE) -C "$$d/$(DIST)" check; \
		rc=$$?; rm -rf "$$d"; exit $$rc

clean:
	rm -rf $(B)

help:
	@echo "Targets:"
	@echo "  all (default)  build $(B)/sftrace, $(B)/libsftrace.so and $(B)/libsftrace.a"
	@echo "  demo           build, trace examples/, convert and report"
	@echo "  check          run all tests (unit and end to end)"
	@echo "  bench          compare recording overhead against XRay and uftrace,"
	@echo "                 and measure what memory events cost"
	@echo "  bench-scale    record 10^9 events, run every converter on them: time, RSS, checks"
	@echo "  bench-insns    the hot path in instructions per traced call, x86-64 and aarch64 (qemu-user)"
	@echo "  install        install into DESTDIR/PREFIX (default /usr/local): the program,"
	@echo "                 the runtime, the header, manual pages, bash completion"
	@echo "  man, completion  render the manual pages, generate the bash completion"
	@echo "  dist           $(B)/sftrace-VERSION.tar.gz of the last commit"
	@echo "  dist-check     unpack it, build it and run its make check"
	@echo "  (demo and check first run scripts/install-deps; DEPS=0 skips it)"
	@echo "  clean          remove $(B)"
	@echo "Knobs: V=1 (show commands) O=dir (build dir) SAN=address,undefined"
	@echo "       DEBUG=1 (no optimisation) WERROR=1 CC=clang"

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)

.PHONY: all units check check-aarch64 aarch64-runtime aarch64-cli demo bench bench-scale bench-insns install man completion dist dist-check clean help FORCE
.DELETE_ON_ERROR:
