// The few Node-API functions the addon uses, declared by hand: no crates.
// They stay undefined in the cdylib and bind to node's own exports when
// node dlopens the addon (which is why the addon loads only inside node).
// Signatures follow js_native_api.h; napi_status is a C enum (int).
#![allow(non_camel_case_types)]

use std::os::raw::{c_char, c_void};

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

pub type Env = *mut napi_env__;
pub type Value = *mut napi_value__;
pub type CbInfo = *mut napi_callback_info__;
pub type Status = i32;
pub type Callback = unsafe extern "C" fn(Env, CbInfo) -> Value;
#[repr(C)]
pub struct napi_async_work__ {
    _opaque: [u8; 0],
}
pub type AsyncWork = *mut napi_async_work__;
pub type AsyncExecute = unsafe extern "C" fn(Env, *mut c_void);
pub type AsyncComplete = unsafe extern "C" fn(Env, Status, *mut c_void);

pub const NAPI_OK: Status = 0;

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
    fn napi_create_double(env: Env, v: f64, result: *mut Value) -> Status;
    fn napi_throw_error(env: Env, code: *const c_char, msg: *const c_char) -> Status;
    fn napi_create_string_utf8(env: Env, s: *const c_char, len: usize, result: *mut Value)
        -> Status;
    fn napi_create_async_work(
        env: Env,
        resource: Value,
        resource_name: Value,
        execute: Option<AsyncExecute>,
        complete: Option<AsyncComplete>,
        data: *mut c_void,
        result: *mut AsyncWork,
    ) -> Status;
    fn napi_queue_async_work(env: Env, work: AsyncWork) -> Status;
    fn napi_delete_async_work(env: Env, work: AsyncWork) -> Status;
}

/// Export `cb` as `exports[name]`; `name` must end in a NUL byte.
pub unsafe fn export(env: Env, exports: Value, name: &[u8], cb: Callback) -> bool {
    let mut f: Value = std::ptr::null_mut();
    let n = name.as_ptr() as *const c_char;
    napi_create_function(env, n, name.len() - 1, Some(cb), std::ptr::null_mut(), &mut f) == NAPI_OK
        && napi_set_named_property(env, exports, n, f) == NAPI_OK
}

/// The first N arguments as integers, or None after throwing a JS error
/// (missing argument or not a number).
pub unsafe fn int_args<const N: usize>(env: Env, info: CbInfo) -> Option<[i64; N]> {
    let mut argc = N;
    let mut argv: [Value; N] = [std::ptr::null_mut(); N];
    let mut out = [0i64; N];
    let null = std::ptr::null_mut();
    if napi_get_cb_info(env, info, &mut argc, argv.as_mut_ptr(), null, null as _) != NAPI_OK
        || argc < N
    {
        throw(env, b"expected integer arguments\0");
        return None;
    }
    for i in 0..N {
        if napi_get_value_int64(env, argv[i], &mut out[i]) != NAPI_OK || out[i] < 0 {
            throw(env, b"arguments must be non-negative numbers\0");
            return None;
        }
    }
    Some(out)
}

pub unsafe fn throw(env: Env, msg: &[u8]) {
    napi_throw_error(env, std::ptr::null(), msg.as_ptr() as *const c_char);
}

pub unsafe fn int(env: Env, v: i64) -> Value {
    let mut r: Value = std::ptr::null_mut();
    napi_create_int64(env, v, &mut r);
    r
}

pub unsafe fn double(env: Env, v: f64) -> Value {
    let mut r: Value = std::ptr::null_mut();
    napi_create_double(env, v, &mut r);
    r
}

/// An async work item named `name` (NUL-terminated) into `*work`.
pub unsafe fn create_async_work(
    env: Env,
    name: &[u8],
    execute: AsyncExecute,
    complete: AsyncComplete,
    data: *mut c_void,
    work: *mut AsyncWork,
) -> bool {
    let mut n: Value = std::ptr::null_mut();
    napi_create_string_utf8(env, name.as_ptr() as *const c_char, name.len() - 1, &mut n) == NAPI_OK
        && napi_create_async_work(env, std::ptr::null_mut(), n, Some(execute), Some(complete), data, work)
            == NAPI_OK
}

pub unsafe fn queue_async_work(env: Env, work: AsyncWork) -> bool {
    napi_queue_async_work(env, work) == NAPI_OK
}

pub unsafe fn delete_async_work(env: Env, work: AsyncWork) {
    napi_delete_async_work(env, work);
}
