// Filter test workload for tail calls in Rust: wrapper() pushes one value
// and ends by calling implementation(), which rustc compiles as a jump.
// Prints "count NAME N" for each function and "under_wrapper NAME N" for
// the calls made while a wrapper() call was under way (itself included).
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static IN_WRAPPER: AtomicU64 = AtomicU64::new(0);
static N_WRAPPER: AtomicU64 = AtomicU64::new(0);
static N_IMPL: AtomicU64 = AtomicU64::new(0);
static N_LEAF: AtomicU64 = AtomicU64::new(0);
static W_IMPL: AtomicU64 = AtomicU64::new(0);
static W_LEAF: AtomicU64 = AtomicU64::new(0);

#[inline(never)]
fn leaf(x: u64) -> u64 {
    N_LEAF.fetch_add(1, Relaxed);
    W_LEAF.fetch_add(IN_WRAPPER.load(Relaxed), Relaxed);
    black_box(x * 3)
}

#[inline(never)]
fn implementation(v: &mut Vec<u64>, n: u64) {
    N_IMPL.fetch_add(1, Relaxed);
    W_IMPL.fetch_add(IN_WRAPPER.load(Relaxed), Relaxed);
    for i in 0..n {
        v.push(leaf(i));
    }
}

#[inline(never)]
pub fn wrapper(v: &mut Vec<u64>, n: u64) {
    N_WRAPPER.fetch_add(1, Relaxed);
    IN_WRAPPER.store(1, Relaxed);
    v.push(n);
    implementation(v, n)
}

fn main() {
    let mut v = Vec::with_capacity(64);
    for i in 0..3 {
        wrapper(&mut v, black_box(4 + i));
        IN_WRAPPER.store(0, Relaxed);
        leaf(i);
    }
    println!("len {}", v.len());
    println!("count wrapper {}", N_WRAPPER.load(Relaxed));
    println!("count implementation {}", N_IMPL.load(Relaxed));
    println!("count leaf {}", N_LEAF.load(Relaxed));
    println!("under_wrapper wrapper {}", N_WRAPPER.load(Relaxed));
    println!("under_wrapper implementation {}", W_IMPL.load(Relaxed));
    println!("under_wrapper leaf {}", W_LEAF.load(Relaxed));
}
