// A Node-API addon built like rspack's binding: it depends on the
// sftrace-setup crate (so it has DT_NEEDED libsftrace.so), calls setup()
// from a load-time constructor (a function pointer in .init_array, which
// is what #[ctor] emits; the loader runs it inside node's dlopen) and
// uses SftraceAllocator as its global allocator. The Node-API functions
// are declared by hand (no crates); node provides them when it loads the
// addon.
//
// Exports (driver.js computes what each must have done):
//   ctorCalls()          ctor_work() calls made by the constructor after setup()
//   work(n, m)           n calls of work(m), each m calls of leaf()
//   allocs(rounds)       rounds calls of alloc_site_a (see ALLOC_BLOCKS)
//   threads(t, n, m)     t std threads, each worker(): n calls of work(m)
//                        and one alloc_site_a
#![allow(non_camel_case_types)]

use sftrace_setup::SftraceAllocator;
use std::alloc::{Layout, System};
use std::hint::black_box;
use std::os::raw::{c_char, c_void};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

#[global_allocator]
static A: SftraceAllocator<System> = SftraceAllocator(System);

#[repr(C)]
pub struct napi_env__ {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct napi_value__ {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct napi_callback_info__ {
    _opaque: [u8; 0],
}
type Env = *mut napi_env__;
type Value = *mut napi_value__;
type CbInfo = *mut napi_callback_info__;
type Status = i32;
type Callback = unsafe extern "C" fn(Env, CbInfo) -> Value;
const NAPI_OK: Status = 0;

extern "C" {
    fn napi_create_function(
        env: Env,
        name: *const c_char,
        len: usize,
        cb: Option<Callback>,
        data: *mut c_void,
        result: *mut Value,
    ) -> Status;
    fn napi_set_named_property(env: Env, obj: Value, name: *const c_char, v: Value) -> Status;
    fn napi_get_cb_info(
        env: Env,
        info: CbInfo,
        argc: *mut usize,
        argv: *mut Value,
        this: *mut Value,
        data: *mut *mut c_void,
    ) -> Status;
    fn napi_get_value_int64(env: Env, v: Value, result: *mut i64) -> Status;
    fn napi_create_int64(env: Env, v: i64, result: *mut Value) -> Status;
    fn napi_throw_error(env: Env, code: *const c_char, msg: *const c_char) -> Status;
}

static CTOR_WORK: AtomicU64 = AtomicU64::new(0);
const CTOR_CALLS: u64 = 6;

#[used]
#[link_section = ".init_array"]
static INIT: extern "C" fn() = addon_init;

#[inline(never)]
extern "C" fn addon_init() {
    sftrace_setup::setup();
    for i in 0..CTOR_CALLS {
        black_box(ctor_work(black_box(i)));
    }
}

#[inline(never)]
fn ctor_work(i: u64) -> u64 {
    CTOR_WORK.fetch_add(1, Relaxed);
    black_box(i * 5 + 2)
}

#[inline(never)]
fn leaf(i: u64) -> u64 {
    black_box(i ^ 0x33) + 1
}

#[inline(never)]
fn work(m: u64) -> u64 {
    let mut s = 0;
    for i in 0..m {
        s += leaf(black_box(i));
    }
    black_box(s)
}

// Four allocations made here (inlined Box::new / Vec::with_capacity /
// std::alloc::alloc, no traced allocating callee), in order: 64 bytes
// freed, 200 leaked, 16 freed, 88 leaked (BLOCKS in driver.js).
#[inline(never)]
fn alloc_site_a(round: u64) -> u64 {
    let a: Box<[u64; 8]> = Box::new(black_box([round; 8])); // 64, freed
    let keep: &'static mut [u8] = Vec::<u8>::with_capacity(black_box(200)).leak(); // 200, leaked
    let layout = Layout::from_size_align(16, 16).unwrap();
    let p = unsafe { std::alloc::alloc(layout) }; // 16, freed
    if p.is_null() {
        std::process::abort();
    }
    unsafe { p.write(round as u8) };
    let kept: &'static mut [u64; 11] = Box::leak(Box::new(black_box([round; 11]))); // 88, leaked
    let r = a[black_box(3)] + keep.len() as u64 + unsafe { *p } as u64 + kept[10];
    unsafe { std::alloc::dealloc(p, layout) };
    drop(black_box(a));
    black_box(r)
}

#[inline(never)]
fn worker(n: u64, m: u64, t: u64) -> u64 {
    let mut s = 0;
    for _ in 0..n {
        s += work(black_box(m));
    }
    s + alloc_site_a(black_box(t))
}

/// The first N arguments as non-negative integers, or None after throwing.
unsafe fn int_args<const N: usize>(env: Env, info: CbInfo) -> Option<[u64; N]> {
    let mut argc = N;
    let mut argv: [Value; N] = [std::ptr::null_mut(); N];
    let mut out = [0u64; N];
    let null = std::ptr::null_mut();
    if napi_get_cb_info(env, info, &mut argc, argv.as_mut_ptr(), null, null as _) != NAPI_OK || argc < N {
        throw(env, b"expected integer arguments\0");
        return None;
    }
    for i in 0..N {
        let mut v = 0i64;
        if napi_get_value_int64(env, argv[i], &mut v) != NAPI_OK || !(0..=1 << 24).contains(&v) {
            throw(env, b"arguments must be integers from 0 to 2^24\0");
            return None;
        }
        out[i] = v as u64;
    }
    Some(out)
}

unsafe fn throw(env: Env, msg: &[u8]) {
    napi_throw_error(env, std::ptr::null(), msg.as_ptr() as *const c_char);
}

unsafe fn int(env: Env, v: u64) -> Value {
    let mut r: Value = std::ptr::null_mut();
    napi_create_int64(env, v as i64, &mut r);
    r
}

unsafe extern "C" fn js_ctor_calls(env: Env, _info: CbInfo) -> Value {
    int(env, CTOR_WORK.load(Relaxed))
}

unsafe extern "C" fn js_work(env: Env, info: CbInfo) -> Value {
    match int_args::<2>(env, info) {
        Some([n, m]) => {
            let mut s = 0;
            for _ in 0..n {
                s += work(black_box(m));
            }
            int(env, s)
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_allocs(env: Env, info: CbInfo) -> Value {
    match int_args::<1>(env, info) {
        Some([rounds]) => {
            let mut s = 0;
            for r in 0..rounds {
                s += alloc_site_a(black_box(r));
            }
            int(env, s)
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_threads(env: Env, info: CbInfo) -> Value {
    match int_args::<3>(env, info) {
        Some([t, n, m]) if t <= 64 => {
            let handles: Vec<_> = (0..t).map(|i| std::thread::spawn(move || worker(n, m, i))).collect();
            let s: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
            int(env, s)
        }
        Some(_) => {
            throw(env, b"threads: at most 64\0");
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn napi_register_module_v1(env: Env, exports: Value) -> Value {
    let table: [(&[u8], Callback); 4] = [
        (b"ctorCalls\0", js_ctor_calls),
        (b"work\0", js_work),
        (b"allocs\0", js_allocs),
        (b"threads\0", js_threads),
    ];
    for (name, cb) in table {
        let mut f: Value = std::ptr::null_mut();
        let n = name.as_ptr() as *const c_char;
        if napi_create_function(env, n, name.len() - 1, Some(cb), std::ptr::null_mut(), &mut f) != NAPI_OK
            || napi_set_named_property(env, exports, n, f) != NAPI_OK
        {
            return std::ptr::null_mut();
        }
    }
    exports
}
