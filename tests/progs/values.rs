// Rust functions with known arguments and results, for the value records
// (tests/e2e/t1042; the line format is tests/progs/values.c's): integers
// of every width, a double, a &str and a &[u8] (pointer and length), a
// C string, a bad pointer as C string. Prints the expect lines, then
// "result N".
use std::ffi::CStr;
use std::hint::black_box;
use std::os::raw::c_char;

#[inline(never)]
#[no_mangle]
pub fn r_ints(a: i8, b: u8, c: i16, d: u16, e: i32, f: u64) -> i64 {
    black_box(a as i64 + b as i64 + c as i64 + d as i64 + e as i64 + f as i64);
    a as i64 * 1000 + e as i64
}

#[inline(never)]
#[no_mangle]
pub fn r_float(x: f64, n: u32) -> f64 {
    black_box(n);
    x * 2.0 + n as f64
}

#[inline(never)]
#[no_mangle]
pub fn r_str(s: &str) -> usize {
    // uses the bytes too, so the caller must pass the pointer
    black_box(s.bytes().filter(|b| *b == b' ').count()) + s.len()
}

#[inline(never)]
#[no_mangle]
pub fn r_empty(s: &str) -> usize {
    black_box(s.bytes().filter(|b| *b == b' ').count()) + s.len() + 5
}

#[inline(never)]
#[no_mangle]
pub fn r_bytes(b: &[u8]) -> u8 {
    black_box(b.iter().fold(0u8, |a, x| a.wrapping_add(*x)))
}

#[inline(never)]
#[no_mangle]
pub unsafe fn r_cstr(p: *const c_char) -> usize {
    black_box(CStr::from_ptr(p).to_bytes().len()) + 1
}

#[inline(never)]
#[no_mangle]
pub fn r_bad(p: *const c_char) -> usize {
    black_box(p as usize >> 12) // the pointer, never what it points to
}

fn hex(f: &str, kind: &str, reg: &str, bits: u32, v: u64) {
    let v = if bits < 64 { v & ((1u64 << bits) - 1) } else { v };
    println!("expect {} {} {} {} {:0w$x}", f, kind, reg, bits, v, w = (bits / 4) as usize);
}

fn addr(f: &str, kind: &str, reg: &str, v: u64) {
    println!("expect {} {} {} 64 {:016x} addr", f, kind, reg, v);
}

fn main() {
    let (a, b, c, d, e, f) = black_box((-5i8, 200u8, -1234i16, 54321u16, -100000i32, 0x1234_5678_9abc_def0u64));
    let mut total: u64 = 0;

    let r = r_ints(a, b, c, d, e, f);
    total = total.wrapping_add(r as u64);
    hex("r_ints", "args", "rdi", 8, a as i64 as u64);
    hex("r_ints", "args", "rsi", 8, b as u64);
    hex("r_ints", "args", "rdx", 16, c as i64 as u64);
    hex("r_ints", "args", "rcx", 16, d as u64);
    hex("r_ints", "args", "r8", 32, e as i64 as u64);
    hex("r_ints", "args", "r9", 64, f);
    hex("r_ints", "ret", "rax", 64, r as u64);

    let x = black_box(2.75f64);
    let fr = r_float(x, black_box(9));
    total = total.wrapping_add(fr as u64);
    hex("r_float", "args", "xmm0", 64, x.to_bits());
    hex("r_float", "args", "rdi", 32, 9);
    hex("r_float", "ret", "xmm0", 64, fr.to_bits());

    let owned = black_box(String::from("a Rust &str, not NUL-terminated"));
    let s: &str = &owned[..owned.len() - 6]; // a slice that stops mid-string
    let n = r_str(s);
    total += n as u64;
    addr("r_str", "args", "rdi", s.as_ptr() as u64);
    hex("r_str", "args", "rsi", 64, s.len() as u64);
    println!("expect r_str str rdi \"{}\"", s);
    hex("r_str", "ret", "rax", 64, n as u64);

    let e = r_empty(&owned[3..3]); // an empty slice: recorded, not unreadable
    total += e as u64;
    hex("r_empty", "args", "rsi", 64, 0);
    println!("expect r_empty str rdi \"\"");

    let bytes: Vec<u8> = black_box(vec![1, 2, 3, 250, 0, 7]);
    let br = r_bytes(&bytes);
    total += br as u64;
    hex("r_bytes", "args", "rsi", 64, bytes.len() as u64);
    println!("expect r_bytes str rdi \"\\x01\\x02\\x03\\xfa\\x00\\x07\"");
    hex("r_bytes", "ret", "rax", 8, br as u64);

    let cs = black_box(b"a C string from Rust\0");
    let cr = unsafe { r_cstr(cs.as_ptr() as *const c_char) };
    total += cr as u64;
    println!("expect r_cstr str rdi \"a C string from Rust\"");
    hex("r_cstr", "ret", "rax", 64, cr as u64);

    let bad = black_box(16usize) as *const c_char; // the zero page: never mapped
    let r = r_bad(bad);
    total += r as u64;
    hex("r_bad", "args", "rdi", 64, 16);
    println!("expect r_bad str rdi \"\" unreadable");
    hex("r_bad", "ret", "rax", 64, r as u64);

    println!("result {}", total);
}
