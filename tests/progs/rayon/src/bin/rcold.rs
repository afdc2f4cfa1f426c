// Rayon called from threads outside its pool (in_worker_cold) and from a
// worker of another pool (in_worker_cross). spawner(p), run by main (p = 1)
// and by a std::thread::spawn'ed thread (p = 2), joins task 10p+1 with
// crosser(10p+2), then installs task 10p+3 into a second pool. crosser(k),
// a task on a worker of the global pool, installs task 10k+1 into the
// second pool.
use flowlog::{busy, finish, note_spawner, note_task, pool_thread, Counter};
use rayon::{ThreadPool, ThreadPoolBuilder};

static SPAWNER: Counter = Counter::new("spawner");
static CROSSER: Counter = Counter::new("crosser");
static TASK: Counter = Counter::new("task");

#[inline(never)]
fn task(k: u64, p: u64) -> u64 {
    TASK.hit();
    note_task(k, p, pool_thread());
    busy(k, 100_000)
}

#[inline(never)]
fn crosser(k: u64, p: u64, pool: &ThreadPool) -> u64 {
    CROSSER.hit();
    let thread = pool_thread();
    note_task(k, p, thread);
    note_spawner(k, thread);
    pool.install(|| task(10 * k + 1, k))
}

#[inline(never)]
fn spawner(p: u64, pool: &ThreadPool) -> u64 {
    SPAWNER.hit();
    note_spawner(p, pool_thread());
    let (a, b) = rayon::join(|| task(10 * p + 1, p), || crosser(10 * p + 2, p, pool));
    a + b + pool.install(|| task(10 * p + 3, p))
}

fn main() {
    let pool = ThreadPoolBuilder::new().build().expect("a second thread pool");
    let mut sum = spawner(1, &pool);
    sum += std::thread::scope(|s| s.spawn(|| spawner(2, &pool)).join().unwrap());
    println!("sum {}", sum);
    finish(&[&SPAWNER, &CROSSER, &TASK]);
}
