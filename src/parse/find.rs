//! `find_dates`: dates in running text.
//!
//! Nearly every date expression holds a number, so the scan jumps from digit to digit (a byte
//! test, fast on Arabic text) and tries, in order, the few words before the digit (a weekday,
//! a month name written first, `غرة`) and then the digit itself. The exception is a day word
//! with its month and no year (`غرة رمضان`): the scan also stops at the words that may be
//! `غرة`, `فاتح` or `یکم` (a two-letter byte test, then a look-up). Each attempt reads a bounded
//! number of tokens and the scan never moves back past a digit cluster it has handled, so the
//! time is linear in the length of the text.
//!
//! Bounds used by the proofs below: positions are byte offsets into the text (below
//! `isize::MAX`), advanced by the width of a char read inside it.

use super::fold;
use super::grammar::{Mode, Scanner};
use super::words::Word;
use super::{Parsed, Parser};
use crate::names::Digits;

/// How many words before a digit may start a date (`يوم الخميس الموافق 1 …`,
/// `التاسع والعشرين من شهر ذي القعدة لعام 1445`).
const WORDS_BACK: usize = 8;
/// How many bytes before a digit those words may span.
const BYTES_BACK: usize = 160;

/// The dates of a text, in order; made by [`find_dates`](super::find_dates) and
/// [`Parser::find_dates`].
///
/// # Example
/// ```
/// use hijri_calendar::parse::find_dates;
/// let text = "صدر في 14 صفر 1442هـ وعدد الحالات 1442 حالة";
/// let found: Vec<_> = find_dates(text).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(&text[found[0].span().range()], "14 صفر 1442هـ");
/// ```
#[derive(Clone, Debug)]
pub struct FindDates<'t> {
    text: &'t str,
    config: Parser,
    pos: usize,
    floor: usize,
}

impl<'t> FindDates<'t> {
    pub(crate) fn new(text: &'t str, config: Parser) -> FindDates<'t> {
        FindDates { text, config, pos: 0, floor: 0 }
    }

    /// A date that starts with the day word at `at` (or a weekday before it): `غرة رمضان`,
    /// `الخميس غرة شهر رمضان 1447`.
    fn day_word_date(&mut self, scanner: &Scanner<'_>, at: usize) -> Option<Parsed> {
        let word_start = scanner
            .text
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .map_or(true, |c| !fold::is_word_letter(c));
        let day_word = scanner.word(at).is_some_and(|m| m.word == Word::FirstDay);
        if !word_start || !day_word {
            return None;
        }
        let (starts, n) = scanner.word_starts(self.floor, at);
        let before = starts.get(..n).unwrap_or(&[]).iter().copied();
        for start in before.filter(|&s| scanner.may_start_date(s)).chain([at]) {
            if let Ok((parsed, end)) = scanner.expression(start) {
                self.pos = end;
                self.floor = end;
                return Some(parsed);
            }
        }
        None
    }
}

/// What stops the scan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// A digit of the three sets.
    Digit(usize),
    /// Bytes that may start `غرة`, `فاتح` or `یکم`.
    DayWord(usize),
}

/// The next digit (of the three sets) or possible day word at or after `from`, in one pass.
// Proof: `rest` is `bytes[from..]` and `rest.get(i)` succeeded, so `from + i < bytes.len()`
// and `i + 2` is at most `rest.len() + 1`.
#[allow(clippy::arithmetic_side_effects)]
fn next_anchor(bytes: &[u8], from: usize) -> Option<Anchor> {
    let rest = bytes.get(from..)?;
    let mut i = 0;
    while let Some(&b) = rest.get(i) {
        if b.is_ascii_digit() {
            return Some(Anchor::Digit(from + i));
        }
        if matches!(b, 0xD8 | 0xD9 | 0xDB) {
            let next = rest.get(i + 1).copied().unwrap_or(0);
            match (b, next) {
                (0xD9, 0xA0..=0xA9) | (0xDB, 0xB0..=0xB9) => return Some(Anchor::Digit(from + i)),
                (0xD8, 0xBA) | (0xD9, 0x81) | (0xDB, 0x8C) if may_be_day_word(bytes, from + i) => {
                    return Some(Anchor::DayWord(from + i))
                }
                _ => {}
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    None
}

/// Whether the bytes at `i` may start `غرة`, `فاتح` or `یکم` (a day word): `غ` before `ر` or a
/// mark, `ف` before an alef or a mark, Persian `ی` before `ک`, `ك` or a mark. (`یکم` is Urdu and
/// Persian, written with their yeh; the Arabic `ي`, among the commonest letters of Arabic
/// text, is not a stop, so `يكم` is found in running text only with a year after it.)
#[inline]
fn may_be_day_word(bytes: &[u8], i: usize) -> bool {
    let Some(&[b0, b1, b2, b3, ..]) = bytes.get(i..) else {
        return false;
    };
    // A mark: U+0640 tatweel or U+064B..U+065F tashkeel (D9 80, D9 8B..D9 9F).
    let mark = b2 == 0xD9 && (b3 == 0x80 || (0x8B..=0x9F).contains(&b3));
    match (b0, b1) {
        (0xD8, 0xBA) => mark || (b2, b3) == (0xD8, 0xB1),
        (0xD9, 0x81) => mark || (b2 == 0xD8 && matches!(b3, 0xA2 | 0xA3 | 0xA5 | 0xA7)),
        (0xDB, 0x8C) => mark || matches!((b2, b3), (0xDA, 0xA9) | (0xD9, 0x83)),
        _ => false,
    }
}

impl Scanner<'_> {
    /// Up to [`WORDS_BACK`] word starts in `floor..digit`, first to last.
    // Proof: `seen` sums widths of chars of `segment`, and `floor + i` is a position in the
    // text, so both are at most its length; each `n += 1` follows a successful
    // `get_mut(n)`, so `n <= WORDS_BACK`.
    #[allow(clippy::arithmetic_side_effects)]
    fn word_starts(&self, floor: usize, digit: usize) -> ([usize; WORDS_BACK], usize) {
        let mut starts = [0usize; WORDS_BACK];
        let mut n = 0;
        let Some(segment) = self.text.get(floor..digit) else { return (starts, 0) };
        let mut candidate = None;
        let mut seen = 0;
        let mut complete = true;
        for (i, c) in segment.char_indices().rev() {
            seen += c.len_utf8();
            if seen > BYTES_BACK || c == '\n' || n == WORDS_BACK {
                complete = false;
                break;
            }
            let in_word = matches!(
                fold::class(c),
                fold::Class::Letter(_) | fold::Class::Mark | fold::Class::Apostrophe
            ) && c != '.';
            if in_word {
                if fold::is_word_letter(c) {
                    candidate = Some(floor + i);
                }
            } else if let Some(start) = candidate.take() {
                if let Some(slot) = starts.get_mut(n) {
                    *slot = start;
                    n += 1;
                }
            }
        }
        if complete {
            if let Some(start) = candidate {
                if let Some(slot) = starts.get_mut(n) {
                    *slot = start;
                    n += 1;
                }
            }
        }
        if let Some(found) = starts.get_mut(..n) {
            found.reverse();
        }
        (starts, n)
    }

    /// Whether a number may start a date here: not glued to Latin letters or digits, nor the
    /// tail of a longer number (`1.5`, `2-1`).
    fn may_start_number(&self, digit: usize) -> bool {
        let before = self.text.get(..digit).unwrap_or("");
        let mut chars = before.chars().rev();
        match chars.next() {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() || c == '+' => false,
            Some('/' | '-' | '.' | ':' | ',' | '٫' | '٬') => {
                !chars.next().is_some_and(|c| Digits::value_of(c).is_some())
            }
            Some(_) => true,
        }
    }

    /// The end of the digits and separators that start at `digit` (`14/2/1442`, `1,845,045`).
    // Proof: `c` is the char at `end` in the text, so `end + c.len_utf8()` is at most its length.
    #[allow(clippy::arithmetic_side_effects)]
    fn cluster_end(&self, digit: usize) -> usize {
        let mut end = digit;
        loop {
            match self.number(end) {
                Some(n) => end = n.span.end,
                None => return end,
            }
            match self.ch(end) {
                Some(c @ ('/' | '-' | '.' | ':' | ',' | '٫' | '٬'))
                    if self.number(end + c.len_utf8()).is_some() =>
                {
                    end += c.len_utf8();
                }
                _ => return end,
            }
        }
    }

    fn may_start_date(&self, pos: usize) -> bool {
        self.word(pos).is_some_and(|m| {
            matches!(
                m.word,
                Word::The
                    | Word::DayNoun
                    | Word::Weekday(_)
                    | Word::FirstDay
                    | Word::Ordinal(_)
                    | Word::MonthNoun
                    | Word::Hijri(_)
                    | Word::Gregorian(_)
            )
        })
    }
}

impl Iterator for FindDates<'_> {
    type Item = Parsed;

    fn next(&mut self) -> Option<Parsed> {
        let scanner = Scanner::new(self.text, self.config, Mode::Find);
        loop {
            let digit = match next_anchor(self.text.as_bytes(), self.pos)? {
                Anchor::Digit(digit) => digit,
                Anchor::DayWord(at) => {
                    if let Some(parsed) = self.day_word_date(&scanner, at) {
                        return Some(parsed);
                    }
                    // Past the letter; the words before the next digit are still tried.
                    // Proof: `at` starts a two-byte letter of the text (`next_anchor`), so
                    // `at + 2` is at most its length.
                    #[allow(clippy::arithmetic_side_effects)]
                    {
                        self.pos = at + 2;
                    }
                    continue;
                }
            };
            let mut skip_to = scanner.cluster_end(digit);
            let (starts, n) = scanner.word_starts(self.floor, digit);
            for &start in starts.get(..n).unwrap_or(&[]) {
                if !scanner.may_start_date(start) {
                    continue;
                }
                match scanner.expression(start) {
                    Ok((parsed, end)) => {
                        self.pos = end;
                        self.floor = end;
                        return Some(parsed);
                    }
                    Err(fail) if fail.resume > digit => skip_to = skip_to.max(fail.resume),
                    Err(_) => {}
                }
            }
            if skip_to == scanner.cluster_end(digit) && scanner.may_start_number(digit) {
                match scanner.expression(digit) {
                    Ok((parsed, end)) => {
                        self.pos = end;
                        self.floor = end;
                        return Some(parsed);
                    }
                    Err(fail) => skip_to = skip_to.max(fail.resume),
                }
            }
            self.pos = skip_to;
            self.floor = self.pos;
        }
    }
}

impl core::iter::FusedIterator for FindDates<'_> {}
