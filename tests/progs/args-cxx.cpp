// C++ functions with known arguments and results, for the readers of
// value records: like args-c.c, each call prints what the readers must
// show ("value FUNC args TEXT", "value FUNC ret TEXT"). C++ adds a
// method's implicit this, references (shown as the address they bind),
// enum classes and a namespace.
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "shortest.h"

#define NOINLINE __attribute__((noinline))

namespace shapes {

enum class Kind : uint8_t { Circle = 1, Square = 4 };

struct Box {
	int w, h;
	NOINLINE long area(int scale) const;
};

static volatile long sink;

NOINLINE long Box::area(int scale) const
{
	return (long)w * h * scale;
}

NOINLINE double scale(double f, Kind k)
{
	return f * (double)(int)k;
}

NOINLINE bool fits(const Box &b, long limit)
{
	return (long)b.w * b.h <= limit;
}

NOINLINE Kind pick(unsigned short n)
{
	return n > 10 ? Kind::Square : Kind::Circle;
}

NOINLINE int16_t negate(int16_t v)
{
	sink = v;
	return (int16_t)-v;
}

} // namespace shapes

int main()
{
	using namespace shapes;
	volatile int w = 7, h = -3, sc = 5;
	volatile double f = 1.0 / 3;
	volatile unsigned short n = 42;
	volatile int16_t v = -32768 + 1;
	Box box = { w, h };
	long total = 0;

	total += box.area(sc);
	printf("value shapes::Box::area args this=%p, scale=%d\n", (void *)&box, (int)sc);
	printf("value shapes::Box::area ret %ld\n", (long)w * h * sc);

	double r = scale(f, Kind::Square);
	total += (long)r;
	printf("value shapes::scale args f=%s, k=Square\n", dbl(f));
	printf("value shapes::scale ret %s\n", dbl(r));

	total += fits(box, 100);
	printf("value shapes::fits args b=%p, limit=100\n", (void *)&box);
	printf("value shapes::fits ret true\n");

	total += (long)pick(n);
	printf("value shapes::pick args n=%u\n", (unsigned)n);
	printf("value shapes::pick ret Square\n");

	total += negate(v);
	printf("value shapes::negate args v=%d\n", (int)v);
	printf("value shapes::negate ret %d\n", (int)(int16_t)-v);
	printf("result %ld\n", total);
	return 0;
}
