// Symbolizer test program (C++): namespaces, methods defined inside and
// outside their class, a template, an operator and a lambda. The e2e test
// checks the demangled names against nm -C and lines against grep.
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace shapes {

class Square {
public:
	explicit Square(int side) : side_(side) {}
	int area(int scale) const;
	__attribute__((noinline)) int perimeter() const { return 4 * side_; }
	bool operator<(const Square &o) const;

private:
	int side_;
};

__attribute__((noinline)) int Square::area(int scale) const
{
	return side_ * side_ * scale;
}

__attribute__((noinline)) bool Square::operator<(const Square &o) const
{
	return side_ < o.side_;
}

template <typename T>
__attribute__((noinline)) T total(const std::vector<T> &v)
{
	T s = 0;
	for (const T &x : v)
		s += x;
	return s;
}

} // namespace shapes

int main(int argc, char **argv)
{
	int n = argc > 1 ? std::atoi(argv[1]) : 3;
	std::vector<int> v;
	shapes::Square a(n), b(n + 1);
	auto twice = [](int x) __attribute__((noinline)) { return 2 * x; };

	for (int i = 0; i < n; i++)
		v.push_back(a.area(i) + b.perimeter() + twice(i));
	std::printf("%d %d\n", shapes::total(v), a < b);
	return 0;
}
