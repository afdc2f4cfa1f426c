// par_iter().map(f).sum(): outer(0), called from main, maps spawner over
// 1..=4 in parallel; spawner(p) maps task over 250 ids of its own (a range
// for odd p, a Vec for even p) and sums the results. Tasks are the map
// calls: task(k, p) for k = 1000 * p + i, and spawner(p) itself, a task of
// outer(0).
use flowlog::{busy, finish, note_spawner, note_task, pool_thread, Counter};
use rayon::prelude::*;

static OUTER: Counter = Counter::new("outer");
static SPAWNER: Counter = Counter::new("spawner");
static TASK: Counter = Counter::new("task");

const PER_SPAWNER: u64 = 250;

#[inline(never)]
fn task(k: u64, p: u64) -> u64 {
    TASK.hit();
    note_task(k, p, pool_thread());
    busy(k, 3000) + k % 7
}

#[inline(never)]
fn spawner(p: u64, parent: u64) -> u64 {
    SPAWNER.hit();
    let thread = pool_thread();
    note_task(p, parent, thread);
    note_spawner(p, thread);
    let ids = 1000 * p..1000 * p + PER_SPAWNER;
    if p % 2 == 1 {
        ids.into_par_iter().map(|k| task(k, p)).sum()
    } else {
        let v: Vec<u64> = ids.collect();
        v.par_iter().map(|&k| task(k, p)).sum()
    }
}

#[inline(never)]
fn outer(p: u64) -> u64 {
    OUTER.hit();
    note_spawner(p, pool_thread());
    (1..=4u64).into_par_iter().map(|k| spawner(k, p)).sum()
}

fn main() {
    let sum = outer(0);
    println!("sum {}", sum);
    finish(&[&OUTER, &SPAWNER, &TASK]);
}
