/*
 * C++ allocations for tests/e2e/t4090-memory.sh: new and delete, new[] and
 * delete[], and a std::vector, in known functions. libstdc++ is not
 * instrumented, so the site of each allocation is the traced function that
 * called new (or, for the vector's buffer, std::allocator<long>::allocate if
 * it was instantiated as a function of its own: an allocator frame, whose
 * caller is the site). Prints "mem FUNC COLUMN VALUE ..." for the columns
 * that are known whatever the compiler inlined.
 */
#include <cstdio>
#include <vector>

#define NOINLINE __attribute__((noinline))

struct Widget {
	long v[6];
};

static void *volatile sink;

NOINLINE Widget *make_widget()
{
	Widget *w = new Widget();
	sink = w;
	return w;
}

NOINLINE int *make_array(int n)
{
	int *p = new int[n];
	sink = p;
	return p;
}

NOINLINE void drop_widget(Widget *w)
{
	delete w;
	sink = nullptr;
}

NOINLINE void drop_array(int *p)
{
	delete[] p;
	sink = nullptr;
}

NOINLINE std::vector<long> *make_vector(size_t n)
{
	std::vector<long> *v = new std::vector<long>;
	v->reserve(n);
	sink = v;
	return v;
}

NOINLINE void churn(int k)
{
	for (int i = 0; i < k; i++)
		drop_widget(make_widget());
	sink = nullptr;
}

int main()
{
	Widget *a = make_widget(), *b = make_widget();
	int *arr = make_array(25);
	std::vector<long> *v = make_vector(100);

	drop_widget(a);
	churn(3);
	drop_array(arr);
	sink = b;
	sink = v;
	std::printf("mem make_widget allocs 5 alloc_bytes %zu self_allocs 5 self_bytes %zu "
		    "live_bytes %zu peak_bytes %zu\n",
		    5 * sizeof(Widget), 5 * sizeof(Widget), sizeof(Widget), 2 * sizeof(Widget));
	std::printf("mem make_array allocs 1 alloc_bytes %zu self_bytes %zu live_bytes 0\n",
		    25 * sizeof(int), 25 * sizeof(int));
	std::printf("mem drop_widget frees 4 free_bytes %zu allocs 0\n", 4 * sizeof(Widget));
	std::printf("mem drop_array frees 1 free_bytes %zu\n", 25 * sizeof(int));
	std::printf("mem make_vector allocs 2 alloc_bytes %zu live_bytes %zu\n",
		    sizeof(std::vector<long>) + 100 * sizeof(long),
		    sizeof(std::vector<long>) + 100 * sizeof(long));
	std::printf("mem churn allocs 3 frees 3 alloc_bytes %zu live_bytes 0 peak_bytes %zu\n",
		    3 * sizeof(Widget), sizeof(Widget));
	return 0;
}
