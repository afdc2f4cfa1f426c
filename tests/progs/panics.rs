// Rust panics caught with catch_unwind, each catcher then making calls of
// its own (which must not nest under the unwound frames): one level up,
// four levels up (descend), and a catch that resumes the panic to an
// outer catch_unwind. Every function keeps the program's own stack of
// names with a guard whose drop runs as the panic unwinds its frame, and
// main prints one "path a;b;c" line per call at the end.
// Usage: panics [ROUNDS]
use std::cell::RefCell;
use std::hint::black_box;
use std::panic;

thread_local! {
    static STACK: RefCell<Vec<&'static str>> = RefCell::new(Vec::new());
    static PATHS: RefCell<String> = RefCell::new(String::new());
}

struct Guard;

impl Guard {
    #[inline(always)]
    fn new(name: &'static str) -> Guard {
        STACK.with(|s| {
            let mut s = s.borrow_mut();
            s.push(name);
            PATHS.with(|p| {
                let mut p = p.borrow_mut();
                p.push_str("path ");
                p.push_str(&s.join(";"));
                p.push('\n');
            });
        });
        Guard
    }
}

impl Drop for Guard {
    #[inline(always)]
    fn drop(&mut self) {
        STACK.with(|s| s.borrow_mut().pop());
    }
}

macro_rules! track {
    ($name:literal) => {
        let _guard = Guard::new(concat!(module_path!(), "::", $name));
    };
}

#[inline(never)]
fn leaf() {
    track!("leaf");
    black_box(0);
}

#[inline(never)]
fn after() {
    track!("after");
    leaf();
}

#[inline(never)]
fn thrower() {
    track!("thrower");
    leaf();
    if black_box(true) {
        panic!("thrown");
    }
}

#[inline(never)]
fn descend(n: u32) {
    track!("descend");
    if n == 0 {
        thrower();
    } else {
        descend(n - 1);
    }
    black_box(n);
}

#[inline(never)]
fn one_level() {
    track!("one_level");
    if panic::catch_unwind(thrower).is_err() {
        after();
    }
}

#[inline(never)]
fn deep_body() {
    track!("deep_body");
    descend(3);
}

#[inline(never)]
fn several() {
    track!("several");
    if panic::catch_unwind(deep_body).is_err() {
        after();
    }
    after();
}

#[inline(never)]
fn middle_body() {
    track!("middle_body");
    descend(1);
}

#[inline(never)]
fn middle() {
    track!("middle");
    if let Err(e) = panic::catch_unwind(middle_body) {
        after();
        panic::resume_unwind(e);
    }
}

#[inline(never)]
fn resumed() {
    track!("resumed");
    if panic::catch_unwind(middle).is_err() {
        after();
    }
}

// The panic hook: runs in the panicking frame, before it unwinds.
#[allow(deprecated)]
#[inline(never)]
fn quiet(_: &panic::PanicInfo) {
    track!("quiet");
}

fn main() {
    panic::set_hook(Box::new(quiet));
    let rounds: u32 = match std::env::args().nth(1) {
        Some(a) => a.parse().unwrap_or(2),
        None => 2,
    };
    {
        track!("main");
        for _ in 0..rounds {
            one_level();
            several();
            resumed();
        }
        after();
    }
    PATHS.with(|p| print!("{}", p.borrow()));
}
