/*
 * Worker threads for the output writers (workq.h): one mutex, one queue,
 * one condition for "work is queued" and one for "a job finished". The
 * jobs are coarse (a 1 MiB gzip member, a Parquet page of 64 Ki values),
 * so one lock costs nothing measurable.
 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "tools/lib/usage.h"
#include "tools/lib/workq.h"

enum { JOB_IDLE, JOB_QUEUED, JOB_RUNNING };

struct workq {
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct workq_job *head, *tail;
	pthread_t *threads;
	int nthreads;
	bool stop;
};

static int jobs_set;

void workq_set_jobs(int n)
{
	jobs_set = n;
}

int workq_jobs(void)
{
	long n;

	if (jobs_set > 0)
		return jobs_set;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

/* Run job outside the lock, which is held on entry and on return. */
static void run_locked(struct workq *q, struct workq_job *job)
{
	job->state = JOB_RUNNING;
	pthread_mutex_unlock(&q->mu);
	job->run(job);
	pthread_mutex_lock(&q->mu);
	job->state = JOB_IDLE;
	pthread_cond_broadcast(&q->done);
}

static struct workq_job *pop(struct workq *q)
{
	struct workq_job *job = q->head;

	if (job) {
		q->head = job->next;
		if (!q->head)
			q->tail = NULL;
		job->next = NULL;
	}
	return job;
}

static void *worker(void *arg)
{
	struct workq *q = arg;
	struct workq_job *job;

	pthread_mutex_lock(&q->mu);
	for (;;) {
		while (!q->head && !q->stop)
			pthread_cond_wait(&q->work, &q->mu);
		job = pop(q);
		if (!job)
			break; /* stopping and nothing left */
		run_locked(q, job);
	}
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

struct workq *workq_new(int threads)
{
	struct workq *q = xcalloc(1, sizeof(*q));

	pthread_mutex_init(&q->mu, NULL);
	pthread_cond_init(&q->work, NULL);
	pthread_cond_init(&q->done, NULL);
	if (threads > 0)
		q->threads = xcalloc((size_t)threads, sizeof(*q->threads));
	for (int i = 0; i < threads; i++) {
		if (pthread_create(&q->threads[i], NULL, worker, q))
			break; /* fewer workers; workq_wait() runs what they do not */
		q->nthreads++;
	}
	return q;
}

void workq_submit(struct workq *q, struct workq_job *job)
{
	pthread_mutex_lock(&q->mu);
	if (!q->nthreads) {
		run_locked(q, job);
		pthread_mutex_unlock(&q->mu);
		return;
	}
	job->next = NULL;
	job->state = JOB_QUEUED;
	if (q->tail)
		q->tail->next = job;
	else
		q->head = job;
	q->tail = job;
	pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->mu);
}

void workq_wait(struct workq *q, struct workq_job *job)
{
	pthread_mutex_lock(&q->mu);
	if (job->state == JOB_QUEUED) {
		/* Nobody took it yet: unlink it and run it here. */
		struct workq_job **pp = &q->head, *prev = NULL;

		while (*pp != job) {
			prev = *pp;
			pp = &(*pp)->next;
		}
		*pp = job->next;
		if (q->tail == job)
			q->tail = prev;
		job->next = NULL;
		run_locked(q, job);
	}
	while (job->state != JOB_IDLE)
		pthread_cond_wait(&q->done, &q->mu);
	pthread_mutex_unlock(&q->mu);
}

bool workq_busy(struct workq *q, struct workq_job *job)
{
	bool busy;

	pthread_mutex_lock(&q->mu);
	busy = job->state != JOB_IDLE;
	pthread_mutex_unlock(&q->mu);
	return busy;
}

void workq_free(struct workq *q)
{
	if (!q)
		return;
	pthread_mutex_lock(&q->mu);
	q->stop = true;
	pthread_cond_broadcast(&q->work);
	pthread_mutex_unlock(&q->mu);
	for (int i = 0; i < q->nthreads; i++)
		pthread_join(q->threads[i], NULL);
	free(q->threads);
	pthread_cond_destroy(&q->work);
	pthread_cond_destroy(&q->done);
	pthread_mutex_destroy(&q->mu);
	free(q);
}
