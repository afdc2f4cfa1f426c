// Recursive quicksort with nested rayon::join: par_quicksort(id, v)
// partitions v (qs_partition) and sorts the halves as the tasks 2*id and
// 2*id+1 of one join, down to pieces of CUTOFF elements
// (qs_insertion_sort). The names are the program's own: core's sort has a
// quicksort and a partition. The root, id 1, is called
// from main, off the pool (rayon's in_worker_cold path).
// Usage: rquicksort [N] (elements, default 20000).
use flowlog::{busy, finish, note_spawner, note_task, pool_thread, Counter};
use std::hint::black_box;

static QUICKSORT: Counter = Counter::new("par_quicksort");
static PARTITION: Counter = Counter::new("qs_partition");
static INSERTION_SORT: Counter = Counter::new("qs_insertion_sort");

const CUTOFF: usize = 64;

#[inline(never)]
fn qs_partition(id: u64, v: &mut [u32]) -> usize {
    PARTITION.hit();
    let last = v.len() - 1;
    let mid = v.len() / 2;
    // median of three to the end, then Lomuto
    if v[mid] < v[0] {
        v.swap(mid, 0);
    }
    if v[last] < v[0] {
        v.swap(last, 0);
    }
    if v[mid] < v[last] {
        v.swap(mid, last);
    }
    let pivot = v[last];
    let mut store = 0;
    for i in 0..last {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    v.swap(store, last);
    black_box(id);
    store
}

#[inline(never)]
fn qs_insertion_sort(id: u64, v: &mut [u32]) {
    INSERTION_SORT.hit();
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    black_box(busy(id, 2000));
}

/// Task `id` when a join made it (parent id / 2), and the spawner of the
/// tasks 2*id and 2*id+1 when v is large enough.
#[inline(never)]
fn par_quicksort(id: u64, v: &mut [u32]) {
    QUICKSORT.hit();
    let thread = pool_thread();
    if id > 1 {
        note_task(id, id / 2, thread);
    }
    if v.len() <= CUTOFF || id >= 1 << 40 {
        qs_insertion_sort(id, v);
        return;
    }
    note_spawner(id, thread);
    let p = qs_partition(id, v);
    let (left, right) = v.split_at_mut(p);
    let right = &mut right[1..];
    rayon::join(|| par_quicksort(2 * id, left), || par_quicksort(2 * id + 1, right));
    black_box(&v[0]);
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(20000);
    let mut x: u32 = 12345;
    let mut v: Vec<u32> = (0..n)
        .map(|_| {
            x = x.wrapping_mul(1103515245).wrapping_add(12345);
            x >> 8
        })
        .collect();
    par_quicksort(1, &mut v);
    let sorted = v.windows(2).all(|w| w[0] <= w[1]);
    println!("sorted {} {}", v.len(), if sorted { "yes" } else { "no" });
    finish(&[&QUICKSORT, &PARTITION, &INSERTION_SORT]);
}
