//! What the programs in src/bin share: call counters and the task log.
//!
//! A program names its units of work by numbers. A spawner frame (a
//! function that hands work to other threads, called with its own id)
//! logs `spawner P thread T`; each task (the closure another thread may
//! run, which calls a counted function with its own id K) logs `task K
//! parent P thread T`, P the id of the spawner frame that created it and T
//! the thread it ran on: `rayon::current_thread_index()`, -1 off the pool,
//! or a number of the program's for plain threads. `finish` prints the log
//! sorted, then `count NAME N` for every counter: everything but the
//! thread column is the same for any number of threads.
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Mutex;

/// The calls of one `#[inline(never)]` function, named as `short_names`
/// in tests/e2e/lib.sh reduces its symbol.
pub struct Counter {
    name: &'static str,
    n: AtomicU64,
}

impl Counter {
    pub const fn new(name: &'static str) -> Counter {
        Counter { name, n: AtomicU64::new(0) }
    }

    #[inline(always)]
    pub fn hit(&self) {
        self.n.fetch_add(1, Relaxed);
    }
}

/// One log line: (kind, id, parent, thread), kind 0 a spawner, 1 a task.
static LOG: Mutex<Vec<(u8, u64, u64, i64)>> = Mutex::new(Vec::new());

/// The rayon pool thread this runs on, -1 on none.
pub fn pool_thread() -> i64 {
    rayon::current_thread_index().map_or(-1, |i| i as i64)
}

/// Logs a spawner frame `p` running on thread `thread`.
#[inline(never)]
pub fn note_spawner(p: u64, thread: i64) {
    LOG.lock().unwrap().push((0, p, 0, thread));
}

/// Logs task `k`, made by spawner frame `parent`, running on `thread`.
#[inline(never)]
pub fn note_task(k: u64, parent: u64, thread: i64) {
    LOG.lock().unwrap().push((1, k, parent, thread));
}

/// Some work that the optimiser cannot remove: a task's body, so that
/// tasks take long enough for other threads to steal them.
#[inline(never)]
pub fn busy(k: u64, rounds: u64) -> u64 {
    let mut x = k | 1;
    for _ in 0..rounds {
        x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407));
    }
    x >> 60
}

/// Prints the log, sorted, and the counters.
pub fn finish(counters: &[&Counter]) {
    let mut log = LOG.lock().unwrap();
    log.sort();
    for &(kind, id, parent, thread) in log.iter() {
        match kind {
            0 => println!("spawner {} thread {}", id, thread),
            _ => println!("task {} parent {} thread {}", id, parent, thread),
        }
    }
    let mut names: Vec<(&str, u64)> = counters.iter().map(|c| (c.name, c.n.load(Relaxed))).collect();
    names.sort();
    for (name, n) in names {
        println!("count {} {}", name, n);
    }
}
