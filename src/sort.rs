//! A stable sort by key that is compiled once, whatever the element type.
//!
//! Why: the standard library's stable sort is monomorphised per element
//! type and comparator, and each copy is 2–3 KB of WebAssembly (driftsort:
//! runs, merges, small sorts, partitions): the engine's five sorts were
//! ~25 KB of the module. Here only the indices are sorted (one copy of the
//! standard sort, for `usize` under a `dyn` comparator) and the elements are
//! then moved into that order: the same result as `sort_by_key`, which is
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

/// `0..n` stably sorted by `cmp` on the indices: the one instance of the
/// standard sort.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, ties included.
        #[test]
        fn same_order_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_owned_elements_without_cloning() {
        let mut v: Vec<String> = ["c", "a", "b", "a2"].map(String::from).to_vec();
        sort_by_key(&mut v, |s| s.as_bytes()[0]);
        assert_eq!(v, ["a", "a2", "b", "c"]);
    }
}
