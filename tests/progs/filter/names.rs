// Filter test workload in Rust: functions whose demangled names differ
// from their symbols (v0 mangling by default), a generic and an inherent
// method. Prints "count NAME N" for each, the number of its calls.
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static N_WORK: AtomicU64 = AtomicU64::new(0);
static N_HELP: AtomicU64 = AtomicU64::new(0);
static N_STEP: AtomicU64 = AtomicU64::new(0);

pub struct Walker {
    pos: u64,
}

impl Walker {
    #[inline(never)]
    pub fn step(&mut self, by: u64) -> u64 {
        N_STEP.fetch_add(1, Relaxed);
        self.pos = black_box(self.pos + by);
        self.pos
    }
}

#[inline(never)]
fn helper<T: Into<u64>>(x: T) -> u64 {
    N_HELP.fetch_add(1, Relaxed);
    black_box(x.into() * 3)
}

#[inline(never)]
fn work(n: u64) -> u64 {
    N_WORK.fetch_add(1, Relaxed);
    let mut w = Walker { pos: 0 };
    let mut s = 0;
    for i in 0..n {
        s += helper(i as u32) + w.step(i);
    }
    black_box(s)
}

fn main() {
    let mut total = 0;
    for i in 0..5 {
        total += work(black_box(10 + i));
    }
    println!("result {}", total);
    println!("count work {}", N_WORK.load(Relaxed));
    println!("count helper {}", N_HELP.load(Relaxed));
    println!("count step {}", N_STEP.load(Relaxed));
}
