// Rust allocations for tests/e2e/t4090-memory.sh, recorded with
// `sftrace record --memory`: the System allocator calls malloc, which the
// recording interposes. The allocator shims (__rust_alloc) and inlined
// std code may or may not be frames of their own, so the program prints
// "mem FUNC COLUMN VALUE ..." for inclusive columns only, which do not
// depend on that.
use std::hint::black_box;

#[inline(never)]
fn leak_box() {
    let b = Box::new([7u8; 1000]);
    black_box(Box::into_raw(b));
}

#[inline(never)]
fn make_and_drop(n: usize) {
    let v: Vec<u64> = Vec::with_capacity(n);
    black_box(&v);
}

#[inline(never)]
fn leak_vec(n: usize) {
    let v = vec![1u32; n];
    std::mem::forget(black_box(v));
}

#[inline(never)]
fn work() {
    leak_box();
    for _ in 0..3 {
        make_and_drop(64);
    }
    leak_vec(250);
    black_box(0u8); // so that leak_vec is not a tail call: work stays on the stack
}

fn main() {
    work();
    println!("mem leak_box allocs 1 frees 0 alloc_bytes 1000 live_bytes 1000");
    println!("mem make_and_drop allocs 3 frees 3 alloc_bytes 1536 free_bytes 1536 live_bytes 0 peak_bytes 512");
    println!("mem leak_vec allocs 1 alloc_bytes 1000 live_bytes 1000");
    println!("mem work allocs 5 frees 3 alloc_bytes 3536 live_bytes 2000 peak_bytes 2000");
}
