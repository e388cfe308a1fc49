//! One sort for the short lists a document makes: a listing's skills and
//! keywords, a resume's entries and terms.
//!
//! The standard library's sorts are generic: every element type and
//! comparison instantiates a whole driftsort or pattern-defeating
//! quicksort, 2–6 KB of WebAssembly apiece, and the module is downloaded by
//! every browser that scores a job. These lists, when short, are sorted by
//! insertion (a few dozen items, often in order already); longer ones sort
//! an index through one shared instance, then move the items into place. Hot or large
//! sorts (the taxonomy's keys at start-up) keep the standard sort.

use std::cmp::Ordering;

/// Sorts `v` stably by `less` (whether the first item goes before the
/// second), through the one shared instance of the standard stable sort.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
    // A listing's few dozen skills, in order or nearly (the tally is in
    // order of first mention): an insertion sort, with no allocation.
    if v.len() <= SHORT {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &|a, b| less(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots[i].take()));
}

/// The longest list sorted by insertion.
const SHORT: usize = 48;

/// The shared instance: indices into a list, ordered by `less`.
#[inline(never)]
fn sort_indices(order: &mut [usize], less: &dyn Fn(usize, usize) -> bool) {
    order.sort_by(|&a, &b| {
        if less(a, b) {
            Ordering::Less
        } else if less(b, a) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    });
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard stable sort, ties included.
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..120)) {
            let mut ours = items.clone();
            super::sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std = items;
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }
    }
}
