// Tail calls in a Rust parser's shape: functions whose last act is a call,
// which an optimized build turns into a jump (XRay: a tail-call event).
// parse_module -> parse_items -> parse_item (a chain), even/odd (mutual
// tail recursion), and a visitor through a trait object (an indirect tail
// call). Built at opt-level 0 the same source makes no tail calls: its
// call paths are the source's, the oracle of the optimized build's.
// Usage: tails [ROUNDS]
use std::hint::black_box;

#[inline(never)]
fn leaf(x: u64) -> u64 {
    black_box(x) + 1
}

#[inline(never)]
fn parse_item(x: u64) -> u64 {
    leaf(x) * 3
}

#[inline(never)]
fn parse_items(x: u64) -> u64 {
    let y = leaf(x) + leaf(x + 1);
    parse_item(y)
}

#[inline(never)]
fn parse_module(x: u64) -> u64 {
    let y = leaf(x);
    parse_items(y)
}

#[inline(never)]
fn even(n: u64) -> bool {
    if n == 0 {
        return leaf(n) > 0;
    }
    odd(n - 1)
}

#[inline(never)]
fn odd(n: u64) -> bool {
    if n == 0 {
        return leaf(n) == 0;
    }
    even(n - 1)
}

trait Visit {
    fn visit(&self, x: u64) -> u64;
}

struct Counter;

impl Visit for Counter {
    #[inline(never)]
    fn visit(&self, x: u64) -> u64 {
        leaf(x) + 2
    }
}

#[inline(never)]
fn walk(v: &dyn Visit, x: u64) -> u64 {
    let y = leaf(x);
    v.visit(y)
}

fn main() {
    let rounds: u64 = match std::env::args().nth(1) {
        Some(a) => a.parse().unwrap_or(3),
        None => 3,
    };
    let v: Box<dyn Visit> = Box::new(Counter);
    let mut sum = 0u64;
    for i in 0..rounds {
        sum += parse_module(i);
        sum += even(black_box(5)) as u64;
        sum += walk(black_box(&*v), i);
    }
    println!("sum {}", sum);
}
