//! `sftrace-setup`: start sftrace from inside a program and report its
//! allocations (a test stand-in for the crate of the original Rust
//! sftrace, same ABI, written from its description).
//!
//! ```ignore
//! #[global_allocator]
//! static A: sftrace_setup::SftraceAllocator<std::alloc::System> =
//!     sftrace_setup::SftraceAllocator(std::alloc::System);
//! fn main() { sftrace_setup::setup(); /* ... */ }
//! ```
//!
//! `setup()` does nothing unless SFTRACE_OUTPUT_FILE is set; otherwise it
//! turns allocation reports on and calls the runtime's
//! `sftrace_setup(entry_slot, exit_slot, tailcall_slot)` with three slot
//! functions of this binary (`ret` and 15 `nop`s each: room, within reach
//! of the binary's sleds, that a runtime may patch into a trampoline).
//! The allocator always allocates with `std::alloc::System` (not its
//! parameter, as the original) and, once `setup()` has run, reports each
//! operation with `sftrace_alloc_event(kind, size, align, ptr)`: 1 alloc,
//! 2 dealloc, 3 the new block of a realloc, 4 the old block of a realloc.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};

extern "C" {
    fn sftrace_setup(
        entry_slot: unsafe extern "C" fn(),
        exit_slot: unsafe extern "C" fn(),
        tailcall_slot: unsafe extern "C" fn(),
    );
    fn sftrace_alloc_event(kind: u8, size: usize, align: usize, ptr: *mut u8);
}

const ALLOC: u8 = 1;
const DEALLOC: u8 = 2;
const REALLOC_ALLOC: u8 = 3;
const REALLOC_FREE: u8 = 4;

static ENABLE: AtomicBool = AtomicBool::new(false);

#[unsafe(naked)]
unsafe extern "C" fn entry_slot() {
    std::arch::naked_asm!("ret", ".rept 15", "nop", ".endr")
}

#[unsafe(naked)]
unsafe extern "C" fn exit_slot() {
    std::arch::naked_asm!("ret", ".rept 15", "nop", ".endr")
}

#[unsafe(naked)]
unsafe extern "C" fn tailcall_slot() {
    std::arch::naked_asm!("ret", ".rept 15", "nop", ".endr")
}

/// Start tracing if SFTRACE_OUTPUT_FILE is set (call it first thing in
/// `main`, or from a load-time constructor).
pub fn setup() {
    if std::env::var_os("SFTRACE_OUTPUT_FILE").is_none() {
        return;
    }
    ENABLE.store(true, Ordering::Relaxed);
    unsafe { sftrace_setup(entry_slot, exit_slot, tailcall_slot) }
}

/// A global allocator that reports to sftrace; see the crate docs.
pub struct SftraceAllocator<A: GlobalAlloc>(pub A);

#[inline(always)]
fn report(kind: u8, size: usize, align: usize, ptr: *mut u8) {
    if ENABLE.load(Ordering::Relaxed) {
        unsafe { sftrace_alloc_event(kind, size, align, ptr) }
    }
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for SftraceAllocator<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        report(ALLOC, layout.size(), layout.align(), ptr);
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc_zeroed(layout);
        report(ALLOC, layout.size(), layout.align(), ptr);
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        report(DEALLOC, layout.size(), layout.align(), ptr);
        System.dealloc(ptr, layout);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        report(REALLOC_FREE, layout.size(), layout.align(), ptr);
        let new = System.realloc(ptr, layout, new_size);
        report(REALLOC_ALLOC, new_size, layout.align(), new);
        new
    }
}
