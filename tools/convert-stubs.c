/* Weak fallbacks while a converter is not part of the build. */
#include "tools/convert.h"
#include "tools/lib/usage.h"

#define WEAK __attribute__((weak))
WEAK int convert_perfetto(const struct convert_opts *o) { return error("perfetto output is not available in this build"); }
WEAK int convert_chrome(const struct convert_opts *o) { return error("chrome output is not available in this build"); }
WEAK int convert_pola(const struct convert_opts *o) { return error("pola output is not available in this build"); }
WEAK int convert_calls(const struct convert_opts *o) { return error("calls output is not available in this build"); }
