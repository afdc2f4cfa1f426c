// A load-time constructor, registered the way napi-rs (through the ctor
// crate) registers its modules: a function pointer in .init_array, which
// the dynamic loader calls inside dlopen, before dlopen returns to node.
// It calls ctor_work() CTOR_CALLS times; ctor_calls() reports how many
// calls ran, so the JS side can expect them in the trace.
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

pub const CTOR_CALLS: u64 = 7;
static RAN: AtomicU64 = AtomicU64::new(0);

#[used]
#[link_section = ".init_array"]
static INIT: extern "C" fn() = addon_init;

#[inline(never)]
extern "C" fn addon_init() {
    for i in 0..CTOR_CALLS {
        black_box(ctor_work(i));
    }
}

#[inline(never)]
fn ctor_work(i: u64) -> u64 {
    RAN.fetch_add(1, Relaxed);
    black_box(i * 3)
}

pub fn ctor_calls() -> u64 {
    RAN.load(Relaxed)
}
