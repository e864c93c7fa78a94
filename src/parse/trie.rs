//! The word table as a trie over folded bytes, built at compile time, walked straight over
//! the input: one pass, no folding buffer, and only the names that share the input's
//! prefix are ever touched.
//!
//! A gap of a name is optional in the input (`ربيعالاول` reads as `ربيع الاول`), so the walk
//! is a small set of trie nodes: a letter may follow a node's own edge or its gap edge.
//! Matching is exactly [`words::word_at_scan`]'s (a unit test compares the two); on the rare
//! input that would need more than [`STATES`] live nodes the walk hands over to it.
//! While only one node is alive (nearly always) the walk keeps just that one.
//!
//! The trie is built at compile time, where an index out of bounds or an overflow is a compile
//! error; at run time it is read only through `get`.

use super::exact::{self, Exact};
use super::fold::{self, Class, Window, GAP, MAX_WINDOW};
use super::words::{self, Match, Word, ENTRY_TABLE as ENTRIES};

/// A trie node: the byte of the edge into it, its first child, its next sibling, its child
/// by a gap (0: none; node 0 is the root, never a child) and the word that ends here with its
/// table rank.
#[derive(Clone, Copy, Debug)]
struct Node {
    byte: u8,
    child: u16,
    sibling: u16,
    gap: u16,
    word: Option<Word>,
    rank: u16,
}

const EMPTY: Node = Node { byte: 0, child: 0, sibling: 0, gap: 0, word: None, rank: u16::MAX };

/// An upper bound on the node count: one per folded byte, plus the root.
// Indexing and arithmetic: evaluated only while building a `const` table at compile time,
// where an index out of bounds or an overflow stops the build instead of running.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn bound() -> usize {
    let mut total = 1;
    let mut i = 0;
    while i < ENTRIES.len() {
        total += ENTRIES[i].name.len as usize;
        i += 1;
    }
    total
}

/// The child of `node` by `byte` in a trie under construction.
// Indexing: evaluated only while building a `const` table at compile time, where an
// index out of bounds stops the build instead of running.
#[allow(clippy::indexing_slicing)]
const fn find_child<const N: usize>(nodes: &[Node; N], node: usize, byte: u8) -> usize {
    let mut c = nodes[node].child as usize;
    while c != 0 {
        if nodes[c].byte == byte {
            return c;
        }
        c = nodes[c].sibling as usize;
    }
    0
}

/// Inserts every entry of [`ENTRIES`] in order; an identical folded name keeps its first word,
/// as the scan does. Returns the nodes and how many are used.
// Indexing and arithmetic: evaluated only while building a `const` table at compile time,
// where an index out of bounds or an overflow stops the build instead of running.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build<const N: usize>() -> ([Node; N], usize) {
    let mut nodes = [EMPTY; N];
    let mut used = 1;
    let mut e = 0;
    while e < ENTRIES.len() {
        let name = &ENTRIES[e].name;
        let len = name.len as usize;
        assert!(len > 0 && name.bytes[len - 1] != GAP, "a name is empty or ends in a gap");
        let mut node = 0;
        let mut k = 0;
        while k < len {
            let byte = name.bytes[k];
            let mut next = find_child(&nodes, node, byte);
            if next == 0 {
                assert!(used < N && used <= u16::MAX as usize, "trie bound too small");
                next = used;
                used += 1;
                nodes[next] = Node { byte, sibling: nodes[node].child, ..EMPTY };
                nodes[node].child = next as u16;
                if byte == GAP {
                    nodes[node].gap = next as u16;
                }
            }
            node = next;
            k += 1;
        }
        if nodes[node].word.is_none() {
            nodes[node].word = Some(ENTRIES[e].word);
            nodes[node].rank = e as u16;
        }
        e += 1;
    }
    (nodes, used)
}

const USED: usize = build::<{ bound() }>().1;

/// The trie, exactly as large as it needs to be; a `const` for [`ROOT`]'s compile-time
/// construction (see [`ENTRY_TABLE`](super::words::ENTRY_TABLE)), read at run time only
/// through [`NODES`].
// Proof: a constant, so an index out of bounds or an overflow is a compile error; `i < USED`
// anyway, and `all` holds at least `USED` nodes.
#[allow(clippy::large_const_arrays, clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const TRIE: [Node; USED] = {
    let (all, _) = build::<{ bound() }>();
    let mut out = [EMPTY; USED];
    let mut i = 0;
    while i < USED {
        out[i] = all[i];
        i += 1;
    }
    out
};
static NODES: [Node; USED] = TRIE;

/// The root's children by first byte, so the widest fan-out is one index.
// Proof: evaluated at compile time, where an index out of bounds is a compile error; a byte
// indexes 256 entries, and `c` is a node of the trie anyway.
#[allow(clippy::indexing_slicing)]
static ROOT: [u16; 256] = {
    let mut out = [0u16; 256];
    let mut c = TRIE[0].child as usize;
    while c != 0 {
        out[TRIE[c].byte as usize] = c as u16;
        c = TRIE[c].sibling as usize;
    }
    out
};

/// How many trie nodes the walk keeps alive at once before handing over to the scan.
const STATES: usize = 8;

/// The child of `node` by letter `byte`, if any.
#[inline]
fn child(node: u16, byte: u8) -> Option<u16> {
    if node == 0 {
        return ROOT.get(usize::from(byte)).copied().filter(|&c| c != 0);
    }
    let mut c = NODES.get(usize::from(node))?.child;
    while let Some(n) = NODES.get(usize::from(c)).filter(|_| c != 0) {
        if n.byte == byte {
            return Some(c);
        }
        c = n.sibling;
    }
    None
}

/// The child of `node` by a gap, if any.
#[inline]
fn gap_child(node: u16) -> Option<u16> {
    NODES.get(usize::from(node)).map(|n| n.gap).filter(|&g| g != 0)
}

/// The longest known word at `start`, which must end at a word boundary; `None` unless
/// `start` holds a word letter (see [`fold::is_word_letter`]).
///
/// A short word is settled by [`exact::word_at`]; the trie is walked for the rest.
#[inline]
pub(crate) fn word_at(text: &str, start: usize) -> Option<Match> {
    // `fold::is_word_letter`, by the tables.
    match fold::class_at(text, start) {
        Some((Class::Letter(b), _)) if b != b'.' => {}
        _ => return None,
    }
    match exact::word_at(text, start) {
        Exact::Found(found) => found,
        Exact::Unsure => walk(text, start, fold::char_at(text, start)?.0),
    }
}

/// [`word_at`] by the trie, from the word letter `first` at `start`.
///
/// One live trie node while the input has one reading; at a letter that both a node's own
/// edge and its gap edge accept, [`word_at_nfa`] takes over from the start.
// Proof: `pos` starts at `start` and only grows, so `pos - start` cannot wrap; `width` is that
// of a char that `class_at` read inside `text`, so `pos + width` is at most `text.len()`.
#[allow(clippy::arithmetic_side_effects)]
fn walk(text: &str, start: usize, first: char) -> Option<Match> {
    let mut node = 0u16;
    let mut last: Option<u8> = None;
    let mut best: Option<(usize, Word)> = None;
    let mut pos = start;
    while pos - start <= MAX_WINDOW {
        let Some((class, width)) = fold::class_at(text, pos) else { break };
        pos += width;
        match class {
            Class::Letter(x) => {
                let doubled = x.is_ascii_lowercase() && x != b'i' && last == Some(x);
                if !doubled {
                    let direct = child(node, x);
                    let over_gap = gap_child(node).and_then(|g| child(g, x));
                    node = match (direct, over_gap) {
                        (Some(n), None) | (None, Some(n)) => n,
                        (None, None) => break,
                        (Some(_), Some(_)) => return word_at_nfa(text, start),
                    };
                    last = Some(x);
                }
                let word = NODES.get(usize::from(node)).and_then(|n| n.word);
                if let Some(word) = word {
                    if fold::is_word_end(text, pos) {
                        best = Some((pos, word));
                    }
                }
            }
            Class::Gap => {
                if last == Some(GAP) {
                    continue;
                }
                let Some(g) = gap_child(node) else { break };
                node = g;
                last = Some(GAP);
            }
            Class::Mark | Class::Apostrophe => {}
            Class::Stop => break,
        }
    }
    let (end, word) = best?;
    let latin = (first as u32) < 0x0250;
    Some(Match {
        word,
        end: fold::extend_over_marks(text, end),
        latin,
        capital: latin && first.is_uppercase(),
    })
}

/// [`word_at`] for the inputs where more than one spelling of a name is alive at once (the
/// input `dhulqadah` is both `dhul qadah` and `dhu l qadah` so far): a set of live nodes.
// Proof: `pos` starts at `start` and only grows, so `pos - start` cannot wrap; `width` is that
// of a char that `class_at` read inside `text`, so `pos + width` is at most `text.len()`;
// each `n += 1` follows a successful `get_mut(n)` on an array of `STATES`, so `n <= STATES`.
#[allow(clippy::arithmetic_side_effects)]
fn word_at_nfa(text: &str, start: usize) -> Option<Match> {
    let (first, _) = fold::char_at(text, start)?;
    if !fold::is_word_letter(first) {
        return None;
    }
    // The live nodes: distinct, since each is a distinct spelling of the input read so far.
    let mut states = [0u16; STATES];
    let mut len = 1;
    let mut last: Option<u8> = None;
    let mut best: Option<(usize, Word, u16)> = None;
    let mut pos = start;
    while pos - start <= MAX_WINDOW {
        let Some((class, width)) = fold::class_at(text, pos) else { break };
        pos += width;
        match class {
            Class::Letter(x) => {
                let doubled = x.is_ascii_lowercase() && x != b'i' && last == Some(x);
                if !doubled {
                    let mut next = [0u16; STATES];
                    let mut n = 0;
                    for k in 0..len {
                        let node = states.get(k).copied().unwrap_or(0);
                        let direct = child(node, x);
                        let over_gap = gap_child(node).and_then(|g| child(g, x));
                        for found in [direct, over_gap].into_iter().flatten() {
                            let Some(slot) = next.get_mut(n) else {
                                return words::word_at_scan(text, start, &Window::new(text, start));
                            };
                            *slot = found;
                            n += 1;
                        }
                    }
                    if n == 0 {
                        break;
                    }
                    (states, len) = (next, n);
                    last = Some(x);
                }
                let mut at_word_end = None;
                for k in 0..len {
                    let node = states.get(k).copied().unwrap_or(0);
                    let Some(n) = NODES.get(usize::from(node)) else { continue };
                    let Some(word) = n.word else { continue };
                    let better = match best {
                        None => true,
                        Some((e, _, rank)) => pos > e || (pos == e && n.rank < rank),
                    };
                    if better && *at_word_end.get_or_insert_with(|| fold::is_word_end(text, pos)) {
                        best = Some((pos, word, n.rank));
                    }
                }
            }
            Class::Gap => {
                if last == Some(GAP) {
                    continue;
                }
                let mut n = 0;
                for k in 0..len {
                    let gap = states.get(k).and_then(|&node| gap_child(node));
                    if let (Some(g), Some(slot)) = (gap, states.get_mut(n)) {
                        // In place: `n <= k`, so no live node is overwritten before it is read.
                        *slot = g;
                        n += 1;
                    }
                }
                if n == 0 {
                    break;
                }
                len = n;
                last = Some(GAP);
            }
            Class::Mark | Class::Apostrophe => {}
            Class::Stop => break,
        }
    }
    let (end, word, _) = best?;
    let latin = (first as u32) < 0x0250;
    Some(Match {
        word,
        end: fold::extend_over_marks(text, end),
        latin,
        capital: latin && first.is_uppercase(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::String;
    use proptest::strategy::Strategy;

    /// The trie agrees with the scan of the whole table on `text` at every word start.
    fn agree(text: &str) {
        for (i, c) in text.char_indices() {
            if !fold::is_word_letter(c) {
                continue;
            }
            let found = word_at(text, i).map(|m| (m.word, m.end, m.latin, m.capital));
            let trie = walk(text, i, c).map(|m| (m.word, m.end, m.latin, m.capital));
            let scan = words::word_at_scan(text, i, &Window::new(text, i))
                .map(|m| (m.word, m.end, m.latin, m.capital));
            assert_eq!(trie, scan, "{text:?} at {i}");
            assert_eq!(found, scan, "{text:?} at {i}: the one-word look-up");
        }
    }

    #[test]
    fn every_name_reads_the_same_as_the_scan() {
        for (name, _) in words::NAMES {
            agree(name);
            agree(&name.to_uppercase());
            agree(&name.replace(' ', ""));
            agree(&name.replace(' ', "  - "));
            agree(&format!("{name}هـ 14"));
            agree(&format!("{name}s"));
            agree(&format!("{name}. 1"));
            let doubled: String = name.chars().flat_map(|c| [c, c]).collect();
            agree(&doubled);
            let marked: String = name.chars().flat_map(|c| [c, '\u{064E}', 'ـ']).collect();
            agree(&marked);
        }
    }

    #[test]
    fn mixed_text_reads_the_same_as_the_scan() {
        for text in [
            "الخميس ١٤ صفر ١٤٤٢ هـ الموافق 1 أكتوبر 2020م",
            "Dhulqadah Dhul-Qa'dah Dhu l Qadah Zulkaedah Rabi' I Rabiʻ al-Thani",
            "رجب طيب أردوغان ربيعالاول جمادىالآخرة ذيالحجة ذی الحجہ رمضان المبارک",
            "A.H. a.d C.E. i.e. Rab. I Jum. II de l'Hégire correspondant à",
            "Shawwwwwwal Muharrrram Saffar Mayy mais marsh Sept. Septembre",
            "صفر الخير صفر 1442 صفر، صفر ـالخير ه ق هـ ق هـ. هـ1 ربيع - الأول ربيع 3",
            "Rabi I Rabi 1 Rabi - I Safar al Jumada, Jumada Ula Jumada-Oola Rab.I rab. I",
            "الخميس١٤ صفرـ رمضانالمبارك رمضان  المبارك رمضان المباركة Mon. mon, MON",
        ] {
            agree(text);
        }
        // Marks and apostrophes after a name: a word end is settled within 64 of them.
        for n in [1, 63, 64, 65, 100] {
            for tail in ["ـ", "\u{064E}", "'", "ـ'"] {
                for next in ["", "x", "ب", " 1", "."] {
                    agree(&format!("صفر{}{next}", tail.repeat(n)));
                    agree(&format!("Safar{}{next}", tail.repeat(n)));
                }
            }
        }
    }

    #[test]
    fn the_trie_holds_every_entry() {
        assert!(USED > ENTRIES.len() && USED < bound());
        for entry in ENTRIES.iter() {
            let mut node = 0;
            for &b in entry.name.bytes.iter().take(usize::from(entry.name.len)) {
                node = child(node, b).unwrap_or(u16::MAX);
            }
            assert!(NODES.get(usize::from(node)).is_some_and(|n| n.word.is_some()));
        }
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_reads_the_same_as_the_scan(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(words::NAMES).prop_map(|(n, _)| String::from(n)),
                    proptest::prelude::any::<String>(),
                    proptest::sample::select(&[" ", "-", "'", "\u{064E}", "ـ", "ا", "ل", "l", "a", ".", "1"][..])
                        .prop_map(String::from),
                ],
                0..6,
            )
        ) {
            agree(&pieces.concat());
        }
    }
}
