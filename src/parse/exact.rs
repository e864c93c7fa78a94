//! The one-word look-up in front of the trie: nearly every word the grammar asks about is one
//! short word (`صفر`, `الخميس`, `هـ`) or no known word at all, and both are settled by folding
//! the word into a `u64` and one probe of a hash table built at compile time.
//!
//! The answer is exactly the trie's (a unit test in `trie.rs` compares them through
//! [`super::trie::word_at`]): the longest name matching the input at a word end. A word of at
//! most [`KEY_BYTES`] folded letters, followed by a gap, a digit, punctuation or the end, can
//! only be matched by a name whose letters, gaps left out, are the word's (a name's gaps are
//! optional in the input), or by a longer name that goes on past a gap. The table holds both:
//! the word of the first such name in table order (the trie's choice), and whether some name
//! goes on past a gap after those letters, in which case the trie decides when a letter
//! follows the gap.
//!
//! The table is built at compile time, where an index out of bounds or an overflow is a
//! compile error; at run time it is read only through `get`, and positions are byte offsets
//! into a `&str` (below `isize::MAX`), advanced by the width of a char read inside it.

use super::fold::{self, Class, GAP};
use super::words::{Match, Word, ENTRY_TABLE as ENTRIES};

/// Folded letters in a key, one byte each, the first in the highest byte used; never 0, so
/// the key also holds the length.
const KEY_BYTES: usize = 8;
/// How many bytes of input a word read here may span (letters, marks, apostrophes), well
/// inside the trie's window and its 64-mark limit.
const MAX_BYTES: usize = 48;

const SLOT_BITS: u32 = 11;
const SLOTS: usize = 1 << SLOT_BITS;

/// What the table knows about the letters of a key.
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    /// The first name (in table order) with exactly these letters.
    word: Option<Word>,
    /// Some name has these letters, then a gap, then more.
    goes_on: bool,
}

const EMPTY: Slot = Slot { key: 0, word: None, goes_on: false };

/// Fibonacci hashing of a key to its first slot.
#[inline(always)]
const fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// The slot of `key` in `slots` (the one holding it, or the empty one to fill).
// Indexing and arithmetic: evaluated only while building a `const` table at compile time,
// where an index out of bounds or an overflow stops the build instead of running.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn find(slots: &[Slot; SLOTS], key: u64) -> usize {
    let mut i = slot_of(key);
    while slots[i].key != 0 && slots[i].key != key {
        i = (i + 1) & (SLOTS - 1);
    }
    i
}

/// Every name's letters up to each of its gaps (`goes_on`) and in full (`word`), keys of at
/// most [`KEY_BYTES`] letters only.
// Indexing and arithmetic: evaluated only while building a `const` table at compile time,
// where an index out of bounds or an overflow stops the build instead of running.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build() -> [Slot; SLOTS] {
    let mut slots = [EMPTY; SLOTS];
    let mut used = 0;
    let mut e = 0;
    while e < ENTRIES.len() {
        let name = &ENTRIES[e].name;
        let len = name.len as usize;
        let mut key = 0u64;
        let mut n = 0;
        let mut k = 0;
        while k <= len && n <= KEY_BYTES {
            let at_end = k == len;
            let byte = if at_end { 0 } else { name.bytes[k] };
            if at_end || byte == GAP {
                let i = find(&slots, key);
                if slots[i].key == 0 {
                    slots[i].key = key;
                    used += 1;
                    assert!(used * 2 <= SLOTS, "exact table more than half full");
                }
                if at_end {
                    if slots[i].word.is_none() {
                        slots[i].word = Some(ENTRIES[e].word);
                    }
                } else {
                    slots[i].goes_on = true;
                }
            } else if n < KEY_BYTES {
                key = (key << 8) | byte as u64;
                n += 1;
            } else {
                // Longer than a key: the input's word is read by the trie.
                n += 1;
            }
            k += 1;
        }
        e += 1;
    }
    slots
}

static TABLE: [Slot; SLOTS] = build();

/// The answer of the one-word look-up.
pub(crate) enum Exact {
    /// The trie's answer, found here.
    Found(Option<Match>),
    /// Ask the trie.
    Unsure,
}

/// The known word at `start`, which holds a word letter, or [`Exact::Unsure`] when the word is
/// long, has a dot, or may be the start of a name of several words.
// Proof: `pos` starts at `start` and only grows, so `pos - start` cannot wrap; it is at most
// `text.len()` (it grows by two only after `bytes.get(pos..pos + 2)` succeeded, and otherwise
// by the width of a char read at `pos` inside `text`), so `pos + 2` cannot overflow.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) fn word_at(text: &str, start: usize) -> Exact {
    // The folded letters, first in the high byte; a full key has its top byte set.
    let mut key = 0u64;
    let mut last = 0u8;
    let mut pos = start;
    // After the last letter, and after the marks that follow it (not past an apostrophe).
    let mut over_marks = start;
    let mut marks_run = false;
    let mut gap_after = false;
    let bytes = text.as_bytes();
    loop {
        // A run of Arabic letters of U+0600..U+067F (D8 80..D9 BF): one table look-up each,
        // and nothing else kept per letter (the last one is the key's low byte).
        let run = pos;
        while let Some(&[b0, b1]) = bytes.get(pos..pos + 2) {
            if b0 & 0xFE != 0xD8 {
                break;
            }
            let index = (usize::from(b0 & 1) << 6) | usize::from(b1 & 0x3F);
            let x = fold::ARABIC_LETTERS.get(index).copied().unwrap_or(0);
            if x == 0 {
                break;
            }
            if key >> (8 * (KEY_BYTES - 1)) != 0 {
                return Exact::Unsure;
            }
            key = (key << 8) | u64::from(x);
            pos += 2;
        }
        if pos > run {
            last = key.to_le_bytes()[0];
            over_marks = pos;
            marks_run = true;
        }
        let Some((class, width)) = fold::class_at(text, pos) else { break };
        pos += width;
        match class {
            Class::Letter(x) if x != b'.' => {
                if x == last && x.is_ascii_lowercase() && x != b'i' {
                    // A doubled Latin letter counts once; a run of them is bounded here.
                    if pos - start > MAX_BYTES {
                        return Exact::Unsure;
                    }
                } else {
                    if key >> (8 * (KEY_BYTES - 1)) != 0 {
                        return Exact::Unsure;
                    }
                    key = (key << 8) | u64::from(x);
                    last = x;
                }
                over_marks = pos;
                marks_run = true;
            }
            Class::Mark | Class::Apostrophe => {
                if class == Class::Mark && marks_run {
                    over_marks = pos;
                } else {
                    marks_run = false;
                }
                if pos - start > MAX_BYTES {
                    return Exact::Unsure;
                }
            }
            Class::Letter(_) => return Exact::Unsure,
            Class::Gap => {
                gap_after = true;
                break;
            }
            Class::Stop => break,
        }
    }
    if key == 0 {
        return Exact::Unsure;
    }
    let Some(slot) = probe(key) else { return Exact::Found(None) };
    // `pos` is past the gap that ended the word.
    if slot.goes_on && gap_after && letter_after_gaps(text, pos) {
        return Exact::Unsure;
    }
    let Some(word) = slot.word else { return Exact::Found(None) };
    // Latin script is U+0000..U+024F: lead bytes below C9 (U+0240) decide alone.
    let (latin, capital) = match text.as_bytes().get(start) {
        Some(&b) if b < 0x80 => (true, b.is_ascii_uppercase()),
        Some(&b) if b < 0xCA => {
            let first = fold::char_at(text, start).map_or(' ', |(c, _)| c);
            let latin = (first as u32) < 0x0250;
            (latin, latin && first.is_uppercase())
        }
        _ => (false, false),
    };
    Exact::Found(Some(Match { word, end: over_marks, latin, capital }))
}

/// The slot holding `key`, if any.
#[inline]
fn probe(key: u64) -> Option<&'static Slot> {
    let mut i = slot_of(key);
    // At most half full: an empty slot ends every probe sequence; the bound only shows it.
    for _ in 0..SLOTS {
        let slot = TABLE.get(i)?;
        if slot.key == key {
            return Some(slot);
        }
        if slot.key == 0 {
            return None;
        }
        // Proof: `i < SLOTS` (a masked value), so `i + 1` cannot overflow.
        #[allow(clippy::arithmetic_side_effects)]
        {
            i = (i + 1) & (SLOTS - 1);
        }
    }
    None
}

/// Whether a letter follows the gaps (and marks) at `pos`, where a longer name might go on.
// Proof: `width` is that of a char read at `p` inside `text`, so `p + width <= text.len()`.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
fn letter_after_gaps(text: &str, pos: usize) -> bool {
    let mut p = pos;
    for _ in 0..MAX_BYTES {
        match fold::class_at(text, p) {
            Some((Class::Gap | Class::Mark | Class::Apostrophe, width)) => p += width,
            Some((Class::Letter(_), _)) => return true,
            _ => return false,
        }
    }
    true
}
