/*
 * Unit test of the Perfetto writer (tools/out/perfetto.c) and the output
 * sink: encode a small trace, decode it with protoc and the subset proto
 * in tests/oracles, and compare with the text written here by hand from
 * the Perfetto protos. Also checks varint and nested-length edge cases
 * byte by byte, and that .gz output decompresses to the same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "tap.h"
#include "tools/out/chrome-json.h"
#include "tools/out/perfetto.h"
#include "tools/out/sink.h"

static char tmpdir[256];

static char *slurp(const char *cmd, size_t *n)
{
	FILE *f = popen(cmd, "r");
	char *buf = NULL;
	size_t len = 0, alloc = 0, k;

	if (!f)
		return NULL;
	do {
		if (alloc - len < 65536) {
			alloc = alloc ? alloc * 2 : 65536;
			buf = realloc(buf, alloc + 1);
		}
		k = fread(buf + len, 1, alloc - len, f);
		len += k;
	} while (k);
	buf[len] = 0;
	if (pclose(f) != 0) {
		free(buf);
		return NULL;
	}
	if (n)
		*n = len;
	return buf;
}

static void test_varints(void)
{
	uint8_t b[16];
	TEST_EQ(pb_put_varint(b, 0) - b, 1, "varint 0 is one byte");
	TEST_EQ(b[0], 0, "varint 0 is 00");
	TEST_EQ(pb_put_varint(b, 300) - b, 2, "varint 300 is two bytes");
	TEST_OK(b[0] == 0xac && b[1] == 0x02, "varint 300 is ac 02 (protobuf encoding guide)");
	TEST_EQ(pb_put_varint(b, UINT64_MAX) - b, 10, "varint 2^64-1 is ten bytes");
	TEST_EQ(b[9], 1, "last byte of 2^64-1 is 01");
	TEST_EQ(pb_varint_size(127), 1, "size of 127");
	TEST_EQ(pb_varint_size(128), 2, "size of 128");
	TEST_EQ(pb_varint_size(16384), 3, "size of 16384");
}

static void test_nested_lengths(void)
{
	struct pb_buf b = PB_BUF_INIT;
	char big[20000];
	size_t m;

	memset(big, 'x', sizeof(big));
	/* A nested message whose length needs three bytes: the body moves. */
	m = pb_open(&b, 2);
	pb_bytes(&b, 1, big, sizeof(big));
	pb_close(&b, m);
	/* 12 (key) + varint(20000 + 3) + [0a + varint(20000) + body] */
	TEST_EQ(b.len, 1 + 3 + 1 + 3 + sizeof(big), "nested length with 3-byte varints");
	TEST_OK(b.buf[0] == 0x12, "outer key is field 2, wire type 2");
	TEST_OK(b.buf[1] == (uint8_t)(0x80 | ((20004) & 0x7f)) && b.buf[2] == (uint8_t)(0x80 | ((20004 >> 7) & 0x7f)) &&
			b.buf[3] == (uint8_t)(20004 >> 14),
		"outer length is 20004 as a varint");
	TEST_OK(b.buf[4] == 0x0a, "inner key follows the moved length");
	TEST_OK(b.buf[b.len - 1] == 'x' && b.buf[8] == 'x', "body intact after the move");
	pb_buf_release(&b);
}

/* The trace the e2e tests rely on, in miniature. */
static int write_sample(const char *path)
{
	struct sink s;
	struct pf_writer w;
	const char *argv[] = { "./prog", "-n", "3" };

	if (sink_open(&s, path, -1))
		return -1;
	pf_writer_init(&w, &s);
	pf_write_clock_snapshot(&w, 1000000, 1700000000000000000ull);
	pf_write_process(&w, 1000000, 0x100000000ull, 42, "prog", argv, 3);
	pf_write_thread(&w, 1000000, 0x100000001ull, 0x100000000ull, 42, 43, "worker");
	pf_start_sequence(&w, 2, 1000500, 0x100000001ull);
	pf_slice_begin_interned(&w, 1000600, 1, "main", "/src/prog.c", 12);
	pf_slice_begin_interned(&w, 1000700, 2, "fib(int)", NULL, 0);
	pf_slice_end(&w, 1000900);
	pf_slice_begin(&w, 1001000, 2, 0);
	pf_slice_end(&w, 1000950); /* backwards: clamped to +0 */
	pf_slice_begin(&w, 1200000, 1, 1);
	pf_slice_end(&w, 1200001);
	pf_slice_end(&w, 1300000);
	TEST_EQ(w.clamped, 1, "a timestamp going backwards is counted");
	TEST_EQ(w.packets, 12, "packets counted");
	pf_writer_release(&w);
	return sink_close(&s);
}

/* protoc prints the fields of a message in field-number order. */
static const char expected[] =
	"packet {\n"
	"  clock_snapshot {\n"
	"    clocks {\n      clock_id: 3\n      timestamp: 1000000\n    }\n"
	"    clocks {\n      clock_id: 1\n      timestamp: 1700000000000000000\n    }\n"
	"    primary_trace_clock: 3\n"
	"  }\n"
	"  trusted_packet_sequence_id: 1\n"
	"}\n"
	"packet {\n"
	"  timestamp: 1000000\n"
	"  trusted_packet_sequence_id: 1\n"
	"  timestamp_clock_id: 3\n"
	"  track_descriptor {\n"
	"    uuid: 4294967296\n"
	"    process {\n      pid: 42\n      cmdline: \"./prog\"\n      cmdline: \"-n\"\n"
	"      cmdline: \"3\"\n      process_name: \"prog\"\n    }\n"
	"  }\n"
	"}\n"
	"packet {\n"
	"  timestamp: 1000000\n"
	"  trusted_packet_sequence_id: 1\n"
	"  timestamp_clock_id: 3\n"
	"  track_descriptor {\n"
	"    uuid: 4294967297\n"
	"    thread {\n      pid: 42\n      tid: 43\n      thread_name: \"worker\"\n    }\n"
	"    parent_uuid: 4294967296\n"
	"  }\n"
	"}\n"
	"packet {\n"
	"  clock_snapshot {\n"
	"    clocks {\n      clock_id: 3\n      timestamp: 1000500\n    }\n"
	"    clocks {\n      clock_id: 64\n      timestamp: 1000500\n      is_incremental: true\n    }\n"
	"  }\n"
	"  trusted_packet_sequence_id: 2\n"
	"  sequence_flags: 1\n"
	"  trace_packet_defaults {\n"
	"    track_event_defaults {\n      track_uuid: 4294967297\n    }\n"
	"    timestamp_clock_id: 64\n"
	"  }\n"
	"}\n"
	"packet {\n"
	"  timestamp: 100\n"
	"  trusted_packet_sequence_id: 2\n"
	"  track_event {\n    type: TYPE_SLICE_BEGIN\n    name_iid: 1\n    source_location_iid: 1\n  }\n"
	"  interned_data {\n"
	"    event_names {\n      iid: 1\n      name: \"main\"\n    }\n"
	"    source_locations {\n      iid: 1\n      file_name: \"/src/prog.c\"\n"
	"      function_name: \"main\"\n      line_number: 12\n    }\n"
	"  }\n"
	"  sequence_flags: 2\n"
	"}\n"
	"packet {\n"
	"  timestamp: 100\n"
	"  trusted_packet_sequence_id: 2\n"
	"  track_event {\n    type: TYPE_SLICE_BEGIN\n    name_iid: 2\n  }\n"
	"  interned_data {\n"
	"    event_names {\n      iid: 2\n      name: \"fib(int)\"\n    }\n"
	"  }\n"
	"  sequence_flags: 2\n"
	"}\n"
#define EV(ts, body) \
	"packet {\n  timestamp: " ts "\n  trusted_packet_sequence_id: 2\n" \
	"  track_event {\n    " body "  }\n  sequence_flags: 2\n}\n"
	EV("200", "type: TYPE_SLICE_END\n")
	EV("100", "type: TYPE_SLICE_BEGIN\n    name_iid: 2\n")
	EV("0", "type: TYPE_SLICE_END\n")
	EV("199000", "type: TYPE_SLICE_BEGIN\n    name_iid: 1\n    source_location_iid: 1\n")
	EV("1", "type: TYPE_SLICE_END\n")
	EV("99999", "type: TYPE_SLICE_END\n");
#undef EV

static int have_protoc(void)
{
	return system("protoc --version >/dev/null 2>&1") == 0;
}

static void test_decode(const char *top)
{
	char plain[300], gz[300], cmd[1200];
	char *text, *a, *b;
	size_t na, nb;

	snprintf(plain, sizeof(plain), "%s/t.pb", tmpdir);
	snprintf(gz, sizeof(gz), "%s/t.pb.gz", tmpdir);
	TEST_EQ(write_sample(plain), 0, "write plain trace");
	TEST_EQ(write_sample(gz), 0, "write gzip trace");

	snprintf(cmd, sizeof(cmd), "cat '%s'", plain);
	a = slurp(cmd, &na);
	snprintf(cmd, sizeof(cmd), "gzip -dc '%s'", gz);
	b = slurp(cmd, &nb);
	TEST_OK(a && b && na == nb && !memcmp(a, b, na), "gunzip of .gz equals the plain file");
	free(a);
	free(b);

	if (!have_protoc()) {
		printf("ok %d # SKIP protoc not installed\n", ++tap_n);
		return;
	}
	snprintf(cmd, sizeof(cmd),
		 "protoc --proto_path='%s/tests/oracles' --decode=perfetto.protos.Trace "
		 "perfetto_subset.proto < '%s'",
		 top, plain);
	text = slurp(cmd, NULL);
	TEST_OK(text != NULL, "protoc decodes the trace");
	if (text) {
		TEST_STREQ(text, expected, "decoded trace matches the hand-written expectation");
	}
	free(text);
}

static void test_json_escape(void)
{
	static const struct {
		const char *in, *out, *what;
	} cases[] = {
		{ "plain::name(int)", "plain::name(int)", "ASCII unchanged" },
		{ "a\"b\\c", "a\\\"b\\\\c", "quote and backslash escaped" },
		{ "t\tn\n\x01", "t\\u0009n\\u000a\\u0001", "control characters as \\u00XX" },
		{ "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80",
		  "valid UTF-8 kept" },
		{ "bad\xff\xc3(", "bad\\ufffd\\ufffd(", "invalid bytes become U+FFFD" },
		{ "\xed\xa0\x80", "\\ufffd\\ufffd\\ufffd", "UTF-16 surrogates are invalid" },
		{ "\xc0\xaf", "\\ufffd\\ufffd", "overlong encodings are invalid" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *e = cj_escape(cases[i].in);
		TEST_STREQ(e, cases[i].out, cases[i].what);
		free(e);
	}
}

/* pb_string(): protobuf strings must be UTF-8; bad bytes become U+FFFD. */
static void test_pb_string_utf8(void)
{
	static const struct {
		const char *in, *out, *what;
	} cases[] = {
		{ "w\xc3\xb6rker", "w\xc3\xb6rker", "pb_string keeps valid UTF-8" },
		{ "w\xc3\xb6rker-\xc3", "w\xc3\xb6rker-\xef\xbf\xbd",
		  "pb_string: a character cut in half becomes U+FFFD" },
		{ "lat\xe9n", "lat\xef\xbf\xbdn", "pb_string: a Latin-1 byte becomes U+FFFD" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct pb_buf b = PB_BUF_INIT;
		size_t n = strlen(cases[i].out);

		pb_string(&b, 5, cases[i].in);
		/* key (field 5, length-delimited), one length byte, the bytes */
		TEST_OK(b.len == n + 2 && b.buf[0] == PB_KEY(5, PB_LEN) && b.buf[1] == n &&
				!memcmp(b.buf + 2, cases[i].out, n),
			cases[i].what);
		pb_buf_release(&b);
	}
}

static void test_sink_errors(void)
{
	struct sink s;
	char path[300];

	TEST_EQ(sink_open(&s, "/nonexistent-dir/x.pb", -1), -1, "cannot create in a missing dir");
	snprintf(path, sizeof(path), "%s/abort.pb.gz", tmpdir);
	TEST_EQ(sink_open(&s, path, -1), 0, "open for abort");
	sink_write(&s, "abc", 3);
	sink_abort(&s);
	TEST_OK(access(path, F_OK) != 0, "sink_abort removes the partial file");
	snprintf(path, sizeof(path), "%s/whole.pb", tmpdir);
	TEST_EQ(sink_open(&s, path, -1), 0, "open for close");
	sink_write(&s, "abc", 3);
	sink_flush(&s);
	TEST_OK(access(path, F_OK) != 0, "the output is not visible before sink_close");
	TEST_EQ(sink_close(&s), 0, "sink_close");
	TEST_OK(access(path, F_OK) == 0, "... then it is");
	if (access("/dev/full", W_OK) == 0) {
		static const char chunk[1000];
		TEST_EQ(sink_open(&s, "/dev/full", 0), 0, "open /dev/full");
		for (int i = 0; i < 3000; i++)
			sink_write(&s, chunk, sizeof(chunk));
		TEST_OK(s.failed, "a full device sets failed");
		TEST_EQ(sink_close(&s), -1, "sink_close reports the write error");
		TEST_OK(access("/dev/full", F_OK) == 0, "a failed output that is a device is not removed");
	}
}

int main(void)
{
	const char *top = getenv("SFTRACE_TOP");
	char cmd[400];

	snprintf(tmpdir, sizeof(tmpdir), "%s/u-perfetto.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	test_varints();
	test_nested_lengths();
	test_decode(top ? top : ".");
	test_json_escape();
	test_pb_string_utf8();
	test_sink_errors();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd))
		printf("# could not remove %s\n", tmpdir);
	return tap_done();
}
