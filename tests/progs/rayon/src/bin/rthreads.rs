// Plain threads, no rayon: spawner(p) starts three std::thread::spawn
// threads, each running task(10p+i, p), and joins them; task 12 is the
// spawner of three more, spawner(120). The thread column is a number the
// program gives each thread when it starts (main is 0).
use flowlog::{busy, finish, note_spawner, note_task, Counter};
use std::cell::Cell;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

static SPAWNER: Counter = Counter::new("spawner");
static TASK: Counter = Counter::new("task");

static NEXT_THREAD: AtomicI64 = AtomicI64::new(1);
thread_local!(static THREAD: Cell<i64> = Cell::new(0));

fn thread_no() -> i64 {
    THREAD.with(|t| t.get())
}

#[inline(never)]
fn task(k: u64, p: u64) -> u64 {
    TASK.hit();
    note_task(k, p, thread_no());
    let mut r = busy(k, 10_000);
    if k == 12 {
        r += spawner(10 * k);
    }
    r
}

#[inline(never)]
fn spawner(p: u64) -> u64 {
    SPAWNER.hit();
    note_spawner(p, thread_no());
    let threads: Vec<_> = (1..=3)
        .map(|i| {
            let k = 10 * p + i;
            std::thread::spawn(move || {
                THREAD.with(|t| t.set(NEXT_THREAD.fetch_add(1, Relaxed)));
                task(k, p)
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).sum()
}

fn main() {
    let sum = spawner(1);
    println!("sum {}", sum);
    finish(&[&SPAWNER, &TASK]);
}
