//! A stable sort by key that is compiled once, whatever the element type.
//!
//! Why: the standard library's stable sort is monomorphised per element
//! type and comparator, and each copy is 2–3 KB of WebAssembly (driftsort:
//! runs, merges, small sorts, partitions): the engine's five sorts were
//! ~25 KB of the module. Here only the indices are sorted (one small merge
//! sort, for `usize` under a `dyn` comparator) and the elements are then
//! moved into that order: the same result as `sort_by_key`, which is
//! stable, in O(n log n).

use std::cmp::Ordering;

/// `v` sorted stably by `key`: the same order as `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `v` sorted stably by `cmp`: the same order as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| items[i].take()));
}

/// `0..n` stably sorted by `cmp` on the indices: a bottom-up merge sort
/// (a few hundred bytes; the standard one's single copy was 3 KB). Two
/// runs already in order are copied rather than merged, so sorted and
/// nearly sorted input (hits in text order) costs little more than a pass.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to: Vec<usize> = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid == hi || cmp(from[mid - 1], from[mid]) != Ordering::Greater {
                to[lo..hi].copy_from_slice(&from[lo..hi]);
            } else {
                let (mut l, mut r) = (lo, mid);
                for slot in &mut to[lo..hi] {
                    // The left run first on a tie: stable.
                    let left = r == hi || (l < mid && cmp(from[r], from[l]) != Ordering::Less);
                    if left {
                        *slot = from[l];
                        l += 1;
                    } else {
                        *slot = from[r];
                        r += 1;
                    }
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, ties included.
        #[test]
        fn same_order_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn sorted_reversed_and_equal_input() {
        for n in [2usize, 3, 17, 64, 1000] {
            let runs: [Vec<(usize, usize)>; 3] = [
                (0..n).map(|i| (i, i)).collect(),
                (0..n).rev().map(|i| (i, i)).collect(),
                (0..n).map(|i| (0, i)).collect(),
            ];
            for v in runs {
                let mut ours = v.clone();
                sort_by_key(&mut ours, |x| x.0);
                let mut std = v;
                std.sort_by_key(|x| x.0);
                assert_eq!(ours, std, "{n}");
            }
        }
    }

    #[test]
    fn moves_owned_elements_without_cloning() {
        let mut v: Vec<String> = ["c", "a", "b", "a2"].map(String::from).to_vec();
        sort_by_key(&mut v, |s| s.as_bytes()[0]);
        assert_eq!(v, ["a", "a2", "b", "c"]);
    }
}
