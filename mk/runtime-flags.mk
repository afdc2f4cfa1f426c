# Extra flags for runtime files (included by the Makefile).
# The hot path and the filter hook run inside traced functions and are
# called with no_caller_saved_registers: they must not touch vector
# registers, and the handlers need no frame pointer.
RT_CFLAGS_record := -mgeneral-regs-only -fomit-frame-pointer
RT_CFLAGS_filter := -mgeneral-regs-only
RT_CFLAGS_values := -mgeneral-regs-only -fomit-frame-pointer
RT_CFLAGS_flows := -mgeneral-regs-only

# Name filters (-F/-N) match demangled names: libiberty's demangler, linked
# statically (libiberty.a is PIC) and kept hidden inside libsftrace.so.
# Optional (filter.c declares it weak): a cross build without the target's
# libiberty-dev matches raw symbol names only.
ifneq ($(filter /%,$(shell $(CC) -print-file-name=libiberty.a)),)
RT_LIBS += -Wl,-u,cplus_demangle -l:libiberty.a -Wl,--exclude-libs,libiberty.a
endif

# AArch64: the write pointer's atomic add inline (LL/SC, every ARMv8.0
# core), not a call to libgcc's outline helper that picks LSE at run time:
# one call fewer on the hot path.
ifeq ($(ARCH),aarch64)
RT_CFLAGS += -mno-outline-atomics
endif
