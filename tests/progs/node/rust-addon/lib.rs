// A Node-API addon in Rust with no crates, the shape of an rspack binding
// built with -Zinstrument-xray=always: node requires it, JS calls into it.
// Each export is an extern "C" callback (one traced call per JS call) that
// reads integer arguments and calls into the modules below:
//
//   fib(n)                 math::fib, 2 * F(n + 1) - 1 calls
//   sumSquaresI64(n)       math::sum_squares::<i64>, n calls of square::<i64>
//   sumSquaresF64(n)       the same with f64
//   areas(squares, circles) shapes::total_area::<Square> / ::<Circle>, one
//                          area() per shape
//   walk(n)                <shapes::Walker>::walk, n + 1 calls
//   pool(threads, jobs)    pool::run: threads worker_loop, jobs job() calls
//   ctorCalls()            ctor_work() calls made by the load-time constructor
//   asyncFib(n)            work::queue: math::fib(n) in work::execute on a
//                          libuv pool thread, then work::complete
//   asyncDone()            work::complete calls so far
//
// Built by tests/e2e/t5*.sh with rustc --crate-type cdylib --crate-name
// rust_addon -Zinstrument-xray=always, in v0 and in legacy mangling.
mod ctor;
mod math;
mod napi;
mod pool;
mod shapes;
mod work;

use napi::{CbInfo, Env, Value};

unsafe extern "C" fn js_fib(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<1>(env, info) {
        Some([n]) if n <= 40 => napi::int(env, math::fib(n as u64) as i64),
        Some(_) => {
            napi::throw(env, b"fib: argument too large\0");
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_sum_squares_i64(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<1>(env, info) {
        Some([n]) => napi::int(env, math::sum_squares::<i64>(n.min(1 << 20) as u32)),
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_sum_squares_f64(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<1>(env, info) {
        Some([n]) => napi::double(env, math::sum_squares::<f64>(n.min(1 << 20) as u32)),
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_areas(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<2>(env, info) {
        Some([ns, nc]) => {
            let sq: Vec<_> = (0..ns.min(1 << 20)).map(|i| shapes::Square(i as f64)).collect();
            let ci: Vec<_> = (0..nc.min(1 << 20)).map(|i| shapes::Circle(i as f64)).collect();
            napi::double(env, shapes::total_area(&sq) + shapes::total_area(&ci))
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_walk(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<1>(env, info) {
        Some([n]) if n <= 10000 => {
            let mut w = shapes::Walker { steps: 0 };
            napi::int(env, w.walk(n as u64) as i64)
        }
        Some(_) => {
            napi::throw(env, b"walk: depth too large\0");
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_pool(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<2>(env, info) {
        Some([t, j]) if t >= 1 && t <= 64 => napi::int(env, pool::run(t as u64, j as u64) as i64),
        Some(_) => {
            napi::throw(env, b"pool: threads must be 1 to 64\0");
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_ctor_calls(env: Env, _info: CbInfo) -> Value {
    napi::int(env, ctor::ctor_calls() as i64)
}

unsafe extern "C" fn js_async_fib(env: Env, info: CbInfo) -> Value {
    match napi::int_args::<1>(env, info) {
        Some([n]) if n <= 30 => {
            if !work::queue(env, n as u64) {
                napi::throw(env, b"asyncFib: cannot queue the work\0");
            }
            std::ptr::null_mut()
        }
        Some(_) => {
            napi::throw(env, b"asyncFib: argument too large\0");
            std::ptr::null_mut()
        }
        None => std::ptr::null_mut(),
    }
}

unsafe extern "C" fn js_async_done(env: Env, _info: CbInfo) -> Value {
    napi::int(env, work::completed() as i64)
}

#[no_mangle]
pub unsafe extern "C" fn napi_register_module_v1(env: Env, exports: Value) -> Value {
    let table: [(&[u8], napi::Callback); 9] = [
        (b"fib\0", js_fib),
        (b"sumSquaresI64\0", js_sum_squares_i64),
        (b"sumSquaresF64\0", js_sum_squares_f64),
        (b"areas\0", js_areas),
        (b"walk\0", js_walk),
        (b"pool\0", js_pool),
        (b"ctorCalls\0", js_ctor_calls),
        (b"asyncFib\0", js_async_fib),
        (b"asyncDone\0", js_async_done),
    ];
    for (name, cb) in table {
        if !napi::export(env, exports, name, cb) {
            return std::ptr::null_mut();
        }
    }
    exports
}
