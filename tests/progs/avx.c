/*
 * Vector registers survive tracing: functions taking eight 256-bit
 * arguments (ymm0-7: the upper halves matter) and returning one in ymm0,
 * and, when built with -mavx512f, eight 512-bit arguments (zmm0-7) and a
 * 512-bit result. Each function's result is checked against the same sum
 * done on scalars in main (exit 1 on a mismatch), and a hash of every
 * result is printed so that a traced run can be compared with an untraced
 * one. Enough calls to make the tracer switch blocks (its slow path) many
 * times in the middle of them. Build with -mavx2 [-mavx512f].
 * Usage: avx [ROUNDS] (default 100000). Prints "count NAME N".
 */
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

static unsigned long n_add256, n_add512;

/* Weighted sum of eight vectors: every lane of every argument counts. */
NOINLINE __m256d add256(__m256d a, __m256d b, __m256d c, __m256d d, __m256d e, __m256d f,
			__m256d g, __m256d h)
{
	n_add256++;
	return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}

#ifdef __AVX512F__
NOINLINE __m512d add512(__m512d a, __m512d b, __m512d c, __m512d d, __m512d e, __m512d f,
			__m512d g, __m512d h)
{
	n_add512++;
	return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}
#endif

static uint64_t mix(uint64_t h, const double *v, int n)
{
	for (int i = 0; i < n; i++) {
		uint64_t u;
		memcpy(&u, &v[i], 8);
		h = (h ^ u) * 1099511628211ULL;
	}
	return h;
}

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 100000;
	uint64_t h = 1469598103934665603ULL;
	int bad = 0;

	for (long r = 0; r < rounds; r++) {
		double in[8][8], want[8], got[8];

		for (int k = 0; k < 8; k++)
			for (int l = 0; l < 8; l++)
				in[k][l] = (double)(r % 1000) + k * 0.125 + l * 16.0 + 0.5;
		for (int l = 0; l < 8; l++) {
			want[l] = 0;
			for (int k = 0; k < 8; k++)
				want[l] += in[k][l] * (k + 1);
		}
		{
			__m256d v[8], s;
			for (int k = 0; k < 8; k++)
				v[k] = _mm256_loadu_pd(in[k]);
			s = add256(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
			_mm256_storeu_pd(got, s);
			if (memcmp(got, want, 4 * sizeof(double)) && !bad++)
				fprintf(stderr, "avx: round %ld: add256 %g %g %g %g, want %g %g %g %g\n", r,
					got[0], got[1], got[2], got[3], want[0], want[1], want[2], want[3]);
			h = mix(h, got, 4);
		}
#ifdef __AVX512F__
		{
			__m512d v[8], s;
			for (int k = 0; k < 8; k++)
				v[k] = _mm512_loadu_pd(in[k]);
			s = add512(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
			_mm512_storeu_pd(got, s);
			if (memcmp(got, want, 8 * sizeof(double)) && !bad++)
				fprintf(stderr, "avx: round %ld: add512 lane 7 %g, want %g\n", r, got[7],
					want[7]);
			h = mix(h, got, 8);
		}
#endif
	}
	printf("hash %016llx\n", (unsigned long long)h);
	printf("count add256 %lu\n", n_add256);
#ifdef __AVX512F__
	printf("count add512 %lu\n", n_add512);
#endif
	return bad ? 1 : 0;
}
