// A Rust panic through a recursion: rec() recurses to depth 1000 and
// panics; catch_unwind in the frame at depth 500 catches it and calls
// after_catch(); the frames 501..1000 never exit. ROUNDS times. Prints
// "count NAME N". (tests/progs/unwind-exc.cpp: the same with C++.)
use std::hint::black_box;
use std::panic;
use std::sync::atomic::{AtomicU64, Ordering};

static N_REC: AtomicU64 = AtomicU64::new(0);
static N_AFTER: AtomicU64 = AtomicU64::new(0);
static N_LEAF: AtomicU64 = AtomicU64::new(0);

#[inline(never)]
fn leaf() {
    N_LEAF.fetch_add(1, Ordering::Relaxed);
}

#[inline(never)]
fn after_catch() {
    N_AFTER.fetch_add(1, Ordering::Relaxed);
    for _ in 0..3 {
        leaf();
    }
}

#[inline(never)]
fn rec(depth: u32, panic_at: u32, catch_at: u32) -> u32 {
    N_REC.fetch_add(1, Ordering::Relaxed);
    if depth == black_box(panic_at) {
        panic!("boom");
    }
    if depth == catch_at {
        if panic::catch_unwind(|| rec(depth + 1, panic_at, catch_at)).is_err() {
            after_catch();
        }
        leaf();
        return 1;
    }
    let r = rec(depth + 1, panic_at, catch_at);
    leaf();
    black_box(r) + 1
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let rounds: u32 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    for _ in 0..rounds {
        black_box(rec(1, 1000, 500));
    }
    println!("count rec {}", N_REC.load(Ordering::Relaxed));
    println!("count after_catch {}", N_AFTER.load(Ordering::Relaxed));
    println!("count leaf {}", N_LEAF.load(Ordering::Relaxed));
}
