// Rust workload for the Rust tests: recursion, a generic function, an
// inherent method, a trait method through dyn, a closure and a panic
// caught with catch_unwind (unwinding through instrumented frames). Each
// function counts its calls in a static atomic; main prints
// "count NAME N" lines. Built twice by the tests: with the default v0
// symbol mangling and with -C symbol-mangling-version=legacy.
// Usage: rusty [N] (fib argument, default 18).
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static FIB: AtomicU64 = AtomicU64::new(0);
static GENERIC_SUM: AtomicU64 = AtomicU64::new(0);
static WALK: AtomicU64 = AtomicU64::new(0);
static AREA: AtomicU64 = AtomicU64::new(0);
static MAY_PANIC: AtomicU64 = AtomicU64::new(0);

#[inline(never)]
fn fib(n: u64) -> u64 {
    FIB.fetch_add(1, Relaxed);
    if n < 2 {
        return black_box(n);
    }
    black_box(fib(n - 1)) + black_box(fib(n - 2))
}

#[inline(never)]
fn generic_sum<T: Copy + Into<u64>>(xs: &[T]) -> u64 {
    GENERIC_SUM.fetch_add(1, Relaxed);
    xs.iter().map(|&x| x.into()).sum()
}

struct Walker {
    steps: u64,
}

impl Walker {
    #[inline(never)]
    fn walk(&mut self, n: u64) -> u64 {
        WALK.fetch_add(1, Relaxed);
        self.steps += 1;
        if n == 0 {
            return black_box(self.steps);
        }
        black_box(self.walk(n - 1))
    }
}

trait Shape {
    fn area(&self) -> u64;
}

struct Square(u64);

impl Shape for Square {
    #[inline(never)]
    fn area(&self) -> u64 {
        AREA.fetch_add(1, Relaxed);
        black_box(self.0 * self.0)
    }
}

#[inline(never)]
fn may_panic(i: u64) -> u64 {
    MAY_PANIC.fetch_add(1, Relaxed);
    if black_box(i) % 4 == 0 {
        panic!("unlucky {}", i);
    }
    i
}

fn main() {
    let n: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(18);
    let mut total = fib(black_box(n));
    for i in 0..100u32 {
        total += generic_sum(&[i, i + 1, i + 2]);
        total += generic_sum(&[i as u8, 1u8]);
    }
    let mut w = Walker { steps: 0 };
    for _ in 0..20 {
        total += w.walk(black_box(9));
    }
    let shapes: Vec<Box<dyn Shape>> = (0..50).map(|i| Box::new(Square(i)) as Box<dyn Shape>).collect();
    for s in black_box(&shapes) {
        total += s.area();
    }
    std::panic::set_hook(Box::new(|_| {}));
    let mut caught = 0;
    for i in 0..40 {
        match std::panic::catch_unwind(|| may_panic(i)) {
            Ok(v) => total += v,
            Err(_) => caught += 1,
        }
    }
    println!("result {} caught {}", total, caught);
    println!("count fib {}", FIB.load(Relaxed));
    println!("count generic_sum {}", GENERIC_SUM.load(Relaxed));
    println!("count walk {}", WALK.load(Relaxed));
    println!("count area {}", AREA.load(Relaxed));
    println!("count may_panic {}", MAY_PANIC.load(Relaxed));
}
