// Node-API async work, the way napi-rs runs an AsyncTask: execute() runs
// on a thread of libuv's pool, which node starts by itself (often before
// the addon is loaded: any fs call does), and complete() back on the main
// thread. Exercises traced calls on threads that existed before the
// module was patched.
//
//   queue(env, n)  one work item: execute() calls math::fib(n) once
//   completed()    how many complete() calls ran so far
use crate::math;
use crate::napi::{self, AsyncWork, Env, Status};
use std::hint::black_box;
use std::os::raw::c_void;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static COMPLETED: AtomicU64 = AtomicU64::new(0);

struct Job {
    n: u64,
    work: AsyncWork,
}

#[inline(never)]
unsafe extern "C" fn execute(_env: Env, data: *mut c_void) {
    let job = &*(data as *const Job);
    black_box(math::fib(job.n));
}

#[inline(never)]
unsafe extern "C" fn complete(env: Env, _status: Status, data: *mut c_void) {
    let job = Box::from_raw(data as *mut Job);
    napi::delete_async_work(env, job.work);
    COMPLETED.fetch_add(1, Relaxed);
}

/// Queue one work item; false (nothing queued) if Node-API refused it.
pub unsafe fn queue(env: Env, n: u64) -> bool {
    let job = Box::into_raw(Box::new(Job { n, work: std::ptr::null_mut() }));
    if !napi::create_async_work(env, b"fib\0", execute, complete, job as *mut c_void, &mut (*job).work)
    {
        drop(Box::from_raw(job));
        return false;
    }
    if !napi::queue_async_work(env, (*job).work) {
        napi::delete_async_work(env, (*job).work);
        drop(Box::from_raw(job));
        return false;
    }
    true
}

pub fn completed() -> u64 {
    COMPLETED.load(Relaxed)
}
