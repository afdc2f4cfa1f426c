// Recursion and generics. Every counted function is #[inline(never)] and
// its results pass through black_box, so one call in the source is one
// entry sled executed: the optimiser can neither inline, merge nor turn
// the second recursive call into a loop.
use std::hint::black_box;
use std::ops::{Add, Mul};

/// Doubly recursive: fib(n) makes 2 * F(n + 1) - 1 calls.
#[inline(never)]
pub fn fib(n: u64) -> u64 {
    if n < 2 {
        return black_box(n);
    }
    black_box(fib(n - 1)) + black_box(fib(n - 2))
}

/// One call of square::<T> per term: sum_squares::<T>(n) calls it n times.
#[inline(never)]
pub fn sum_squares<T>(n: u32) -> T
where
    T: Copy + Add<Output = T> + Mul<Output = T> + From<u32>,
{
    let mut acc = T::from(0);
    for i in 1..=n {
        acc = acc + square(black_box(T::from(i)));
    }
    black_box(acc)
}

#[inline(never)]
pub fn square<T: Copy + Mul<Output = T>>(x: T) -> T {
    black_box(x * x)
}
