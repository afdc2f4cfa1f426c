// Traits and methods: a generic function over a trait, trait methods of
// two types, and a recursive inherent method (whose demangled name differs
// between the v0 and legacy manglings: <rust_addon::shapes::Walker>::walk
// against rust_addon::shapes::Walker::walk).
use std::hint::black_box;

pub trait Shape {
    fn area(&self) -> f64;
}

pub struct Square(pub f64);
pub struct Circle(pub f64);

impl Shape for Square {
    #[inline(never)]
    fn area(&self) -> f64 {
        black_box(self.0 * self.0)
    }
}

impl Shape for Circle {
    #[inline(never)]
    fn area(&self) -> f64 {
        black_box(std::f64::consts::PI * self.0 * self.0)
    }
}

/// One area() call per shape.
#[inline(never)]
pub fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    black_box(shapes.iter().map(|s| s.area()).sum())
}

pub struct Walker {
    pub steps: u64,
}

impl Walker {
    /// walk(n) makes n + 1 calls.
    #[inline(never)]
    pub fn walk(&mut self, n: u64) -> u64 {
        self.steps += 1;
        if n == 0 {
            return black_box(self.steps);
        }
        black_box(self.walk(n - 1))
    }
}
