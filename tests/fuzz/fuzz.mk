# Build the libFuzzer harnesses (run from the top of the tree):
#   make -f tests/fuzz/fuzz.mk [O=build]
# builds $(O)/fuzz/fuzz-reader (reader and frames layer only) and
# $(O)/fuzz/fuzz-convert (the same, then every converter and analysis
# command), with every tool source compiled for libFuzzer, ASan and UBSan.
# tests/fuzz/run.sh calls this; the main Makefile does not.

O        ?= build
FZ       := $(O)/fuzz
FUZZ_CC  ?= clang
SAN      := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
            -fno-omit-frame-pointer
FZ_CFLAGS := -std=gnu11 -D_GNU_SOURCE -g -O1 $(SAN) -iquote . -iquote arch/x86_64 -Iinclude \
             -Wall -Wno-unused-parameter
LIBS     := -ldw -lelf -liberty -lpcre2-8 -lzstd -lz -lpthread -lm

SRC      := $(sort $(wildcard common/*.c) \
              $(filter-out tools/sftrace.c,$(wildcard tools/*.c tools/*/*.c)))
OBJ      := $(SRC:%.c=$(FZ)/obj/%.o)
READER_OBJ := $(filter $(FZ)/obj/tools/read/% $(FZ)/obj/tools/lib/% $(FZ)/obj/common/%,$(OBJ))

all: $(FZ)/fuzz-reader $(FZ)/fuzz-convert

$(FZ)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(FUZZ_CC) $(FZ_CFLAGS) -MMD -MP -c -o $@ $<

$(FZ)/fuzz-reader: tests/fuzz/fuzz-reader.c $(READER_OBJ)
	@echo "  LD      $@"
	@$(FUZZ_CC) $(FZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LIBS)

$(FZ)/fuzz-convert: tests/fuzz/fuzz-reader.c $(OBJ)
	@echo "  LD      $@"
	@$(FUZZ_CC) $(FZ_CFLAGS) -fsanitize=fuzzer -DFUZZ_CONVERT -o $@ $^ $(LIBS)

-include $(OBJ:.o=.d)

.PHONY: all
