// rayon::scope with s.spawn: region(p) opens a scope and spawns the tasks
// 10p+1 .. 10p+4 into it. A task with an even id below 1000 spawns two
// more into the same scope (10k+1, 10k+2); task 13 opens a scope of its
// own, region(130), from inside the pool. region(1) is called from main,
// off the pool.
use flowlog::{busy, finish, note_spawner, note_task, pool_thread, Counter};
use rayon::Scope;
use std::hint::black_box;

static REGION: Counter = Counter::new("region");
static TASK: Counter = Counter::new("task");

#[inline(never)]
fn task<'s>(k: u64, p: u64, s: &Scope<'s>) {
    TASK.hit();
    let thread = pool_thread();
    note_task(k, p, thread);
    black_box(busy(k, 200_000));
    if k % 2 == 0 && k < 1000 {
        note_spawner(k, thread);
        for j in 1..=2 {
            let c = 10 * k + j;
            s.spawn(move |s| task(c, k, s));
        }
    }
    if k == 13 {
        region(10 * k);
    }
}

#[inline(never)]
fn region(p: u64) {
    REGION.hit();
    note_spawner(p, pool_thread());
    rayon::scope(|s| {
        for i in 1..=4 {
            let k = 10 * p + i;
            s.spawn(move |s| task(k, p, s));
        }
    });
}

fn main() {
    region(1);
    finish(&[&REGION, &TASK]);
}
