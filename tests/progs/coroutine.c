/*
 * Coroutines on ucontext, as uftrace's s-ucontext-like tests use them: a
 * producer runs on its own stack (makecontext) and swaps back to the
 * consumer after each item; the consumer swaps to it N times, and once
 * more so that it returns, resuming the consumer through uc_link. Then a
 * second context, saved with getcontext, is resumed once by setcontext
 * (a jump back in the same stack). The functions' call paths are fixed:
 *   main > consumer > use_item          (N times)
 *   main > consumer > after_producer    (once, after the producer returned)
 *   producer > produce > make_item      (N times; producer is the
 *                                        coroutine's outermost frame)
 *   producer > finish                   (once)
 *   main > jumper > again               (twice: before and after the jump)
 * The program prints its own counts ("count NAME N").
 */
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

#define NOINLINE __attribute__((noinline))
#define N 5

static ucontext_t uc_main, uc_co, uc_back;
static char co_stack[256 * 1024];
static volatile int item;
static int n_main, n_consumer, n_use_item, n_after, n_producer, n_produce, n_make_item,
	n_finish, n_jumper, n_again;

NOINLINE int make_item(int i)
{
	n_make_item++;
	return i * i;
}

NOINLINE void produce(int i)
{
	n_produce++;
	item = make_item(i);
	swapcontext(&uc_co, &uc_main);
}

NOINLINE void finish(void)
{
	n_finish++;
}

NOINLINE void producer(void)
{
	n_producer++;
	for (int i = 0; i < N; i++)
		produce(i);
	finish();
}

NOINLINE void use_item(int v)
{
	n_use_item++;
	__asm__ volatile("" ::"r"(v));
}

NOINLINE void after_producer(void)
{
	n_after++;
}

NOINLINE void consumer(void)
{
	n_consumer++;
	for (int i = 0; i < N; i++) {
		swapcontext(&uc_main, &uc_co);
		use_item(item);
	}
	swapcontext(&uc_main, &uc_co); /* the producer returns: uc_link */
	after_producer();
}

NOINLINE void again(void)
{
	n_again++;
}

NOINLINE void jumper(void)
{
	volatile int jumped = 0;

	n_jumper++;
	getcontext(&uc_back);
	again();
	if (!jumped) {
		jumped = 1;
		setcontext(&uc_back);
	}
}

int main(void)
{
	n_main++;
	if (getcontext(&uc_co))
		return 1;
	uc_co.uc_stack.ss_sp = co_stack;
	uc_co.uc_stack.ss_size = sizeof(co_stack);
	uc_co.uc_link = &uc_main;
	makecontext(&uc_co, producer, 0);
	consumer();
	jumper();
	printf("count main %d\ncount consumer %d\ncount use_item %d\ncount after_producer %d\n"
	       "count producer %d\ncount produce %d\ncount make_item %d\ncount finish %d\n"
	       "count jumper %d\ncount again %d\n",
	       n_main, n_consumer, n_use_item, n_after, n_producer, n_produce, n_make_item,
	       n_finish, n_jumper, n_again);
	return 0;
}
