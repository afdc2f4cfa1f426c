// A program that starts tracing itself through the sftrace-setup crate,
// the way rspack's binding does: SftraceAllocator as the global allocator,
// setup() from a load-time constructor (a function pointer in .init_array,
// what #[ctor] emits) and again first thing in main (the second call must
// change nothing). Every counted function counts its calls in a static
// atomic; only calls made after the constructor's setup() are counted.
// Output (the same traced and untraced, nothing run-dependent):
//   count NAME N      calls of NAME (bare function name)
//   mem NAME KEY=N... allocations made directly in NAME (not in a callee):
//                     self_allocs, self_bytes (requested sizes), leaks and
//                     live_bytes (never freed: blocks and bytes), reallocs
// Usage: setup-prog [THREADS] [ROUNDS] (default 3 and 20).
use sftrace_setup::SftraceAllocator;
use std::alloc::{Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

#[global_allocator]
static A: SftraceAllocator<System> = SftraceAllocator(System);

static CTOR_WORK: AtomicU64 = AtomicU64::new(0);
static WORK: AtomicU64 = AtomicU64::new(0);
static LEAF: AtomicU64 = AtomicU64::new(0);
static WORKER: AtomicU64 = AtomicU64::new(0);
static SITE_A: AtomicU64 = AtomicU64::new(0);
static SITE_B: AtomicU64 = AtomicU64::new(0);

const CTOR_CALLS: u64 = 5;

#[used]
#[link_section = ".init_array"]
static INIT: extern "C" fn() = init;

#[inline(never)]
extern "C" fn init() {
    sftrace_setup::setup();
    for i in 0..CTOR_CALLS {
        black_box(ctor_work(black_box(i)));
    }
}

#[inline(never)]
fn ctor_work(i: u64) -> u64 {
    CTOR_WORK.fetch_add(1, Relaxed);
    black_box(i * 7 + 1)
}

#[inline(never)]
fn leaf(i: u64) -> u64 {
    LEAF.fetch_add(1, Relaxed);
    black_box(i ^ 0x5a) + 1
}

#[inline(never)]
fn work(n: u64) -> u64 {
    WORK.fetch_add(1, Relaxed);
    let mut s = 0;
    for i in 0..n {
        s += leaf(black_box(i));
    }
    black_box(s)
}

// What one call of alloc_site_a allocates, in the order it does: requested
// size and whether the block is leaked (never freed).
const SITE_A_BLOCKS: [(u64, bool); 5] = [(32, false), (100, false), (48, true), (40, true), (24, false)];

// Five allocations made here (inlined Box::new / Vec::with_capacity /
// std::alloc::alloc, no traced allocating callee): three freed before
// returning, two leaked for good.
#[inline(never)]
fn alloc_site_a(round: u64) -> u64 {
    SITE_A.fetch_add(1, Relaxed);
    let a: Box<[u64; 4]> = Box::new(black_box([round; 4])); // 32, freed
    let mut v: Vec<u8> = Vec::with_capacity(black_box(100)); // 100, freed
    v.push(black_box(round as u8));
    let keep: &'static mut [u8; 48] = Box::leak(Box::new(black_box([round as u8; 48]))); // 48, leaked
    let kept: &'static mut [u32] = Vec::<u32>::with_capacity(black_box(10)).leak(); // 40, leaked
    let layout = Layout::from_size_align(24, 8).unwrap();
    let p = unsafe { std::alloc::alloc(layout) }; // 24, freed
    if p.is_null() {
        std::process::abort();
    }
    unsafe { p.write(round as u8) };
    let r = a[black_box(1)] + v[0] as u64 + keep[47] as u64 + kept.len() as u64 + unsafe { *p } as u64;
    unsafe { std::alloc::dealloc(p, layout) };
    drop(black_box(v));
    drop(black_box(a));
    black_box(r)
}

// One block of 64 bytes grown by std::alloc::realloc to 256, then leaked.
const SITE_B_FIRST: u64 = 64;
const SITE_B_GROWN: u64 = 256;

#[inline(never)]
fn realloc_site_b(round: u64) -> u64 {
    SITE_B.fetch_add(1, Relaxed);
    let layout = Layout::from_size_align(SITE_B_FIRST as usize, 8).unwrap();
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            std::process::abort();
        }
        p.write(round as u8);
        let q = std::alloc::realloc(p, layout, black_box(SITE_B_GROWN as usize));
        if q.is_null() {
            std::process::abort();
        }
        black_box(q); // leaked
        *q as u64
    }
}

#[inline(never)]
fn worker(t: u64, rounds: u64) -> u64 {
    WORKER.fetch_add(1, Relaxed);
    let mut s = 0;
    for r in 0..rounds {
        s += work(black_box(t + r % 4));
    }
    s + alloc_site_a(black_box(t))
}

fn main() {
    sftrace_setup::setup();
    let args: Vec<u64> = std::env::args().skip(1).map(|a| a.parse().expect("a number")).collect();
    let threads = *args.first().unwrap_or(&3);
    let rounds = *args.get(1).unwrap_or(&20);

    let mut sum = 0;
    for r in 0..rounds {
        sum += work(black_box(r % 10));
        sum += alloc_site_a(black_box(r));
    }
    sum += realloc_site_b(black_box(1));
    // Vec growth by push: realloc through the standard library.
    let mut grow: Vec<u64> = Vec::new();
    for i in 0..1000 {
        grow.push(black_box(i));
    }
    sum += grow.iter().sum::<u64>();
    let handles: Vec<_> = (0..threads)
        .map(|t| std::thread::spawn(move || worker(t, rounds)))
        .collect();
    for h in handles {
        sum += h.join().unwrap();
    }

    let site_a_calls = SITE_A.load(Relaxed);
    let mut allocs = 0;
    let mut bytes = 0;
    let mut leaks = 0;
    let mut live = 0;
    for (size, leaked) in SITE_A_BLOCKS {
        allocs += site_a_calls;
        bytes += site_a_calls * size;
        if leaked {
            leaks += site_a_calls;
            live += site_a_calls * size;
        }
    }
    let site_b_calls = SITE_B.load(Relaxed);
    println!("result {sum}");
    for (name, c) in [
        ("ctor_work", &CTOR_WORK),
        ("work", &WORK),
        ("leaf", &LEAF),
        ("worker", &WORKER),
        ("alloc_site_a", &SITE_A),
        ("realloc_site_b", &SITE_B),
    ] {
        println!("count {name} {}", c.load(Relaxed));
    }
    println!("mem alloc_site_a self_allocs={allocs} self_bytes={bytes} leaks={leaks} live_bytes={live} reallocs=0");
    println!(
        "mem realloc_site_b self_allocs={} self_bytes={} leaks={} live_bytes={} reallocs={}",
        site_b_calls,
        site_b_calls * SITE_B_FIRST,
        site_b_calls,
        site_b_calls * SITE_B_GROWN,
        site_b_calls
    );
}
