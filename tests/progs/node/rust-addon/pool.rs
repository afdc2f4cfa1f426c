// A pool of std threads fed through a channel: run(threads, jobs) starts
// `threads` workers (one worker_loop call each, on its own thread) that
// share `jobs` job() calls between them. Exercises thread creation inside
// a traced process and calls on threads node does not know about.
use std::hint::black_box;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

#[inline(never)]
pub fn job(i: u64) -> u64 {
    // Collatz steps from i + 1: a little work that depends on the input.
    let mut x = black_box(i + 1);
    let mut steps = 0;
    while x != 1 {
        x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
        steps += 1;
    }
    steps
}

#[inline(never)]
pub fn worker_loop(rx: Arc<Mutex<mpsc::Receiver<u64>>>) -> u64 {
    let mut sum = 0;
    loop {
        let next = rx.lock().unwrap().recv();
        match next {
            Ok(i) => sum += job(i),
            Err(_) => return black_box(sum),
        }
    }
}

#[inline(never)]
pub fn run(threads: u64, jobs: u64) -> u64 {
    let (tx, rx) = mpsc::channel();
    let rx = Arc::new(Mutex::new(rx));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let rx = Arc::clone(&rx);
            thread::spawn(move || worker_loop(rx))
        })
        .collect();
    for i in 0..jobs {
        tx.send(i).unwrap();
    }
    drop(tx);
    workers.into_iter().map(|w| w.join().unwrap()).sum()
}
