// Symbolizer test program (Rust): a plain function, a generic, an inherent
// method and a closure, built with both symbol mangling schemes (v0 and
// legacy) by tests/e2e/t0100-symbols.sh.
use std::hint::black_box;

pub struct Walker {
    steps: u64,
}

impl Walker {
    #[inline(never)]
    pub fn walk(&mut self, n: u64) -> u64 {
        self.steps += n;
        self.steps
    }
}

#[inline(never)]
fn fib(n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

#[inline(never)]
fn generic_sum<T: Copy + std::ops::Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn main() {
    let n = black_box(10u64);
    let mut w = Walker { steps: 0 };
    let add = |x: u64| black_box(x + 1);
    let r = fib(n) + w.walk(n) + add(n) + generic_sum(n, 2) + generic_sum(1i32, 2) as u64;
    println!("{}", r);
}
