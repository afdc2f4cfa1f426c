// Rust functions with known arguments and results, for the readers of
// value records: like args-c.c, each call prints what the readers must
// show ("value FUNC args TEXT", "value FUNC ret TEXT"). Rust adds &str and
// &[u8] (a pointer and a length), char, and enums with data (Option,
// Result) printed by variant. Every argument is used, so that rustc keeps
// it (the Rust ABI lets it drop unused ones).
use std::hint::black_box;

#[derive(Clone, Copy, Debug)]
pub enum Kind {
    Import,
    Export = 7,
    Other,
}

#[derive(Clone, Copy)]
pub struct Pt {
    x: i32,
    y: i64,
}

#[inline(never)]
pub fn r_ints(a: i8, b: u8, c: i16, d: u16, e: i32, f: u64) -> i64 {
    black_box(a as i64 + b as i64 + c as i64 + d as i64 + e as i64 + f as i64)
}

#[inline(never)]
pub fn r_str(s: &str, k: Kind, ok: bool) -> usize {
    black_box(s.bytes().map(|b| b as usize).sum::<usize>() + k as usize + ok as usize)
}

#[inline(never)]
pub fn r_bytes(b: &[u8]) -> u8 {
    black_box(b.iter().fold(0u8, |a, x| a.wrapping_add(*x)))
}

#[inline(never)]
pub fn r_dbl(x: f64) -> f64 {
    black_box(x * 3.0)
}

#[inline(never)]
pub fn r_pt(p: Pt) -> i64 {
    black_box(p.x as i64 * 10 + p.y)
}

#[inline(never)]
pub fn r_opt(v: u32, some: bool) -> Option<u32> {
    if black_box(some) {
        Some(v + 1)
    } else {
        None
    }
}

#[inline(never)]
pub fn r_res(v: i32) -> Result<u32, i8> {
    if black_box(v) > 0 {
        Ok(v as u32)
    } else {
        Err(-1)
    }
}

#[inline(never)]
pub fn r_char(c: char) -> char {
    black_box(char::from_u32(c as u32 + 1).unwrap_or(c))
}

#[inline(never)]
pub fn r_lookup(key: &str, n: u32) -> u32 {
    let mut h = 0u32;
    for i in 0..n {
        h = h.wrapping_mul(31).wrapping_add(key.as_bytes()[(i as usize) % key.len()] as u32);
    }
    black_box(h)
}

/* Rust's {} for f64 is the shortest text that reads back the same. */
fn dbl(x: f64) -> String {
    format!("{}", x)
}

fn main() {
    let mut total: i64 = 0;
    let (a, b, c, d, e, f) = black_box((-5i8, 200u8, -1234i16, 60000u16, -70000i32, 1u64 << 40));
    total += r_ints(a, b, c, d, e, f);
    println!("value r_ints args a={}, b={}, c={}, d={}, e={}, f={}", a, b, c, d, e, f);
    println!("value r_ints ret {}", a as i64 + b as i64 + c as i64 + d as i64 + e as i64 + f as i64);

    let s = black_box("héllo \"w\"");
    let r = r_str(s, black_box(Kind::Export), black_box(true));
    total += r as i64;
    println!("value r_str args s={:?}, k={:?}, ok=true", s, Kind::Export);
    println!("value r_str ret {}", r);

    let bytes: &[u8] = black_box(b"ab\x00\xff");
    total += r_bytes(bytes) as i64;
    println!("value r_bytes args b=\"ab\\x00\\xff\"");
    println!("value r_bytes ret {}", bytes.iter().fold(0u8, |a, x| a.wrapping_add(*x)));

    let x = black_box(0.1f64);
    let y = r_dbl(x);
    total += y as i64;
    println!("value r_dbl args x={}", dbl(x));
    println!("value r_dbl ret {}", dbl(y));

    let p = black_box(Pt { x: 3, y: -7 });
    total += r_pt(p);
    println!("value r_pt args p={{x={}, y={}}}", p.x, p.y);
    println!("value r_pt ret {}", p.x as i64 * 10 + p.y);

    let v = black_box(41u32);
    total += r_opt(v, black_box(true)).unwrap_or(0) as i64;
    println!("value r_opt args v={}, some=true", v);
    println!("value r_opt ret {:?}", Some(v + 1));

    total += r_res(black_box(3)).unwrap_or(0) as i64;
    println!("value r_res args v=3");
    println!("value r_res ret Ok(3)");

    let ch = black_box('é');
    total += r_char(ch) as i64;
    println!("value r_char args c='{}'", ch);
    println!("value r_char ret '{}'", char::from_u32(ch as u32 + 1).unwrap());

    let keys = ["alpha", "beta", "alpha", "gamma", "alpha", "beta"];
    let mut counts = [0; 3];
    for k in keys {
        let i = match k.as_bytes()[0] { b'a' => 0, b'b' => 1, _ => 2 };
        let n = [200000u32, 20000, 2000][i];
        total += r_lookup(black_box(k), black_box(n)) as i64;
        counts[i] += 1;
    }
    println!("calls r_lookup key=\"alpha\" {}", counts[0]);
    println!("calls r_lookup key=\"beta\" {}", counts[1]);
    println!("calls r_lookup key=\"gamma\" {}", counts[2]);
    println!("result {}", total);
}
