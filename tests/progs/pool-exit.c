/*
 * A pool of three worker threads that wait for work forever, never joined:
 * main returns once they all wait. Their frames (worker, wait_for_work)
 * are still running when the process exits (t1074).
 */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int ready;
__attribute__((noinline)) void wait_for_work(void) { pthread_mutex_lock(&m); ready++; pthread_cond_broadcast(&c); for (;;) pthread_cond_wait(&c, &m); }
__attribute__((noinline)) void *worker(void *a) { wait_for_work(); return a; }
int main(void) { pthread_t t[3]; for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, 0);
 pthread_mutex_lock(&m); while (ready < 3) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m); printf("done\n"); return 0; }
