//! The date grammar: small functions that take a position and return what they read and the
//! position after it. They fill a field bag ([`Side`]), which [`Scanner::check`] turns into
//! dates in one place (ranges, the calendar, the weekday, the agreement of a pair).
//!
//! Bounds used by the proofs below: positions are byte offsets into the text, at most its
//! length and so below `isize::MAX` (a position plus a few bytes cannot overflow a `usize`),
//! and a position plus the width of a char or byte read there is at most the text's length.

use core::cell::Cell;

use super::error::{CloseMatches, Expected, ParseErrorKind};
use super::fold::{self, Window};
use super::words::{self, Word};
use super::{DateOrder, NumericCalendar, Parsed, ParsedDate, Parser, Span, Strictness, Written};
use crate::calendar::{Calendar, GregorianDate, HijriDate, Weekday};
use crate::error::Field;

/// Whether the text is one date (`parse`) or running text (`find_dates`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    Whole,
    Find,
}

/// Which calendar one side of an expression is in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cal {
    Hijri,
    Gregorian,
}

/// A number as written: its value (saturating), how many digits, where.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    value: u32,
    digits: u32,
    pub(crate) span: Span,
}

/// Why an attempt failed, where, and (for a date read in full but invalid) where it ended.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fail {
    pub(crate) kind: ParseErrorKind,
    pub(crate) span: Span,
    pub(crate) resume: usize,
}

impl Fail {
    fn at(kind: ParseErrorKind, span: Span) -> Fail {
        Fail { kind, span, resume: 0 }
    }

    fn expected(expected: Expected, span: Span) -> Fail {
        Fail::at(ParseErrorKind::Expected(expected), span)
    }
}

/// The field bag of one date of an expression.
#[derive(Clone, Copy, Debug, Default)]
struct Side {
    start: usize,
    end: usize,
    weekday: Option<(Weekday, Span)>,
    day: Option<Num>,
    month: Option<Num>,
    month_cal: Option<Cal>,
    year: Option<Num>,
    era: Option<(Cal, Span)>,
    /// An RFC 9557 string: the date is ISO (Gregorian) whatever its year.
    iso: bool,
    annotation: Option<Calendar>,
    /// A Gregorian month name in lower-case Latin letters (`may`, `march`): in running text
    /// a date only with its year.
    weak_month: bool,
}

impl Side {
    fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }
}

/// A connector between the two dates of a pair.
struct Connector {
    after: usize,
    word: bool,
    paren: bool,
    /// No connector: two dates side by side, each with its era mark (`… 1446 هـ 22 مايو 2025 م`).
    bare: bool,
}

const DASHES: [char; 4] = ['ـ', '-', '–', '—'];

/// The parser over one text.
pub(crate) struct Scanner<'t> {
    pub(crate) text: &'t str,
    pub(crate) config: Parser,
    pub(crate) mode: Mode,
    /// The last word looked up: its offset (`usize::MAX` for none) and what it was.
    last_word: Cell<(usize, Option<words::Match>)>,
}

impl<'t> Scanner<'t> {
    pub(crate) fn new(text: &'t str, config: Parser, mode: Mode) -> Scanner<'t> {
        Scanner { text, config, mode, last_word: Cell::new((usize::MAX, None)) }
    }

    #[inline]
    pub(crate) fn ch(&self, pos: usize) -> Option<char> {
        fold::char_at(self.text, pos).map(|(c, _)| c)
    }

    #[inline(always)]
    // Proof: `p` advances only over a byte or char read at `p` inside the text (`get(p)`
    // or `get(p + 1)` succeeded, or `char_at` gave its width), so it stays at most the text's
    // length, and `p + 1` fits.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn skip_space(&self, pos: usize) -> usize {
        let mut p = pos;
        while let Some(&b) = self.text.as_bytes().get(p) {
            if b < 0x80 {
                if !b.is_ascii_whitespace() {
                    break;
                }
                p += 1;
                continue;
            }
            // The Arabic block (lead bytes D8..DB) has one space: U+061C, D8 9C.
            if (0xD8..=0xDB).contains(&b) {
                if b == 0xD8 && self.text.as_bytes().get(p + 1) == Some(&0x9C) {
                    p += 2;
                    continue;
                }
                break;
            }
            match fold::char_at(self.text, p) {
                Some((c, width)) if fold::is_space(c) => p += width,
                _ => break,
            }
        }
        p
    }

    /// Skips white space and the punctuation that may surround a date.
    // Proof: `p` adds up the widths of chars of `text[pos..]`, so it is at most the text's
    // length.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn skip_junk(&self, pos: usize) -> usize {
        // Nearly always a date starts with a digit or a letter, and ends the text.
        match fold::class_at(self.text, pos) {
            None => return pos,
            Some((fold::Class::Letter(b), _)) if b != b'.' => return pos,
            Some(_) if self.text.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) => return pos,
            Some(_) => {}
        }
        let Some(rest) = self.text.get(pos..) else { return pos };
        let mut p = pos;
        for c in rest.chars() {
            let junk = fold::is_space(c)
                || matches!(
                    c,
                    '.' | ','
                        | '،'
                        | ';'
                        | '؛'
                        | ':'
                        | '!'
                        | '?'
                        | '؟'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '"'
                        | '\''
                        | '«'
                        | '»'
                        | '“'
                        | '”'
                        | '‘'
                        | '’'
                        | '-'
                        | '–'
                        | '—'
                        | 'ـ'
                        | '…'
                        | '*'
                        | '•'
                        | '|'
                );
            if !junk {
                break;
            }
            p += c.len_utf8();
        }
        p
    }

    // Proof: `c` is the char at `pos` in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn skip_char(&self, pos: usize, set: &[char]) -> usize {
        match self.ch(pos) {
            Some(c) if set.contains(&c) => self.skip_space(pos + c.len_utf8()),
            _ => pos,
        }
    }

    #[inline]
    // Proof: the one or two bytes matched at `pos` are in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn skip_comma(&self, pos: usize) -> usize {
        // `,` or `،` (D8 8C), by their bytes.
        match self.text.as_bytes().get(pos..) {
            Some([b',', ..]) => self.skip_space(pos + 1),
            Some([0xD8, 0x8C, ..]) => self.skip_space(pos + 2),
            _ => pos,
        }
    }

    fn skip_colon(&self, pos: usize) -> usize {
        self.skip_char(pos, &[':'])
    }

    /// White space and a run of dashes (`ـ`, `ــ`, `-`, `–`) with spaces among them: the
    /// offset after the last dash; `None` when there is no dash.
    // Proof: `c` is the char at `p` in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn dashes_end(&self, pos: usize) -> Option<usize> {
        let mut p = self.skip_space(pos);
        let mut last = None;
        while let Some(c) = self.ch(p).filter(|c| DASHES.contains(c)) {
            last = Some(p + c.len_utf8());
            p = self.skip_space(p + c.len_utf8());
        }
        last
    }

    /// [`Scanner::dashes_end`] and the white space after the dashes.
    fn skip_dashes(&self, pos: usize) -> Option<usize> {
        self.dashes_end(pos).map(|p| self.skip_space(p))
    }

    /// A run of digits of the three sets (mixed) at `pos`, read byte by byte: `0-9`, and
    /// `٠-٩` (U+0660..U+0669, bytes D9 A0..A9) or `۰-۹` (U+06F0..U+06F9, bytes DB B0..B9).
    #[inline]
    // Proof: `end` advances by one or two only after `get(end)` or `get(end + 1)`
    // succeeded, so it stays at most the text's length and `end + 1` fits; `b` is `b'0'..=b'9'`
    // or in `zero..zero + 10` (at most 0xBA) where it is subtracted from; `value` is at most
    // `u32::MAX`, so `value * 10 + 9` fits a u64.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn number(&self, pos: usize) -> Option<Num> {
        let bytes = self.text.as_bytes();
        let (mut value, mut digits, mut end) = (0u64, 0u32, pos);
        loop {
            let d = match bytes.get(end) {
                Some(&b) if b.is_ascii_digit() => {
                    end += 1;
                    b - b'0'
                }
                Some(&lead @ (0xD9 | 0xDB)) => {
                    let zero = if lead == 0xD9 { 0xA0 } else { 0xB0 };
                    match bytes.get(end + 1) {
                        Some(&b) if (zero..zero + 10).contains(&b) => {
                            end += 2;
                            b - zero
                        }
                        _ => break,
                    }
                }
                _ => break,
            };
            // Saturating at u32::MAX, by one comparison: 10 · (2³² − 1) + 9 fits a u64.
            value = (value * 10 + u64::from(d)).min(u64::from(u32::MAX));
            digits = digits.saturating_add(1);
        }
        let value = u32::try_from(value).unwrap_or(u32::MAX);
        (digits > 0).then_some(Num { value, digits, span: Span { start: pos, end } })
    }

    /// The known word at `pos`; in running text the last look-up is remembered, since the scan
    /// asks twice for the same word (a weekday or month name that may start a date, then the
    /// date).
    #[inline]
    pub(crate) fn word(&self, pos: usize) -> Option<words::Match> {
        // A word starts with a word letter: a digit of any set, a space, a mark or the end is
        // settled by one table look-up, here.
        match fold::class_at(self.text, pos) {
            Some((fold::Class::Letter(b), _)) if b != b'.' => self.word_lookup(pos),
            _ => None,
        }
    }

    /// [`Scanner::word`] at a word letter. Running text asks again for the word that may
    /// start a date when it reads the date; `parse` reads each word once, and skips the memo.
    #[inline(never)]
    fn word_lookup(&self, pos: usize) -> Option<words::Match> {
        if self.mode == Mode::Whole {
            return super::trie::word_at(self.text, pos);
        }
        let (at, found) = self.last_word.get();
        if at == pos {
            return found;
        }
        let found = super::trie::word_at(self.text, pos);
        self.last_word.set((pos, found));
        found
    }

    /// The token at `pos`, for messages: a number, a word, one character, or nothing.
    // Proof: `end` adds up the widths of chars of `text[pos..]`, so it is at most the
    // text's length.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn token_span(&self, pos: usize) -> Span {
        if let Some(n) = self.number(pos) {
            return n.span;
        }
        let Some(rest) = self.text.get(pos..) else { return Span { start: pos, end: pos } };
        let mut end = pos;
        for c in rest.chars() {
            let part = matches!(
                fold::class(c),
                fold::Class::Letter(b) if b != b'.'
            ) || matches!(fold::class(c), fold::Class::Mark | fold::Class::Apostrophe);
            if !part {
                if end == pos {
                    end += c.len_utf8();
                }
                break;
            }
            end += c.len_utf8();
        }
        Span { start: pos, end }
    }

    // Proof: the byte or char matched at `pos` is in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn separator(&self, pos: usize) -> Option<(char, usize)> {
        match *self.text.as_bytes().get(pos)? {
            b @ (b'/' | b'-' | b'.') => Some((char::from(b), pos + 1)),
            // An en dash (E2 80 93) is a hyphen to the writer (`1- 9 – 1442هـ`).
            0xE2 if self.ch(pos) == Some('–') => Some(('-', pos + '–'.len_utf8())),
            _ => None,
        }
    }

    /// `st`, `nd`, `rd`, `th` or French `er` right after a day.
    // Proof: `get(pos)` succeeded, so `pos < text.len()` and `pos + 2` fits; then
    // `get(pos..pos + 2)` succeeded, so `pos + 2` is at most the text's length.
    #[allow(clippy::arithmetic_side_effects)]
    fn ordinal(&self, pos: usize) -> Option<usize> {
        if !self.text.as_bytes().get(pos)?.is_ascii_alphabetic() {
            return None;
        }
        let bytes = self.text.as_bytes().get(pos..pos + 2)?;
        let suffix = [bytes.first()?.to_ascii_lowercase(), bytes.get(1)?.to_ascii_lowercase()];
        if !matches!(&suffix, b"st" | b"nd" | b"rd" | b"th" | b"er") {
            return None;
        }
        fold::is_word_end(self.text, pos + 2).then_some(pos + 2)
    }

    fn era(&self, pos: usize) -> Option<(Cal, Span)> {
        let q = self.skip_space(pos);
        let m = self.word(q)?;
        let cal = match m.word {
            Word::HijriEra => Cal::Hijri,
            Word::GregorianEra => Cal::Gregorian,
            _ => return None,
        };
        Some((cal, Span { start: q, end: m.end }))
    }

    /// One expression: a date, or a pair of dates, with its span.
    pub(crate) fn expression(&self, start: usize) -> Result<(Parsed, usize), Fail> {
        // The field bags are filled in place: a `Side` is large, and copies of it were a
        // good part of the time of a short date.
        let mut first = Side::default();
        self.side(&mut first, start)?;
        let cal1 = self.decide(&first)?;
        let mut s2 = Side::default();
        let mut second_cal = None;
        let mut end = first.end;
        // At the end of the text (the usual case for `parse`) nothing can follow.
        let more = end < self.text.len();
        if let Some(conn) = more.then(|| self.connector(&first)).flatten() {
            match self.side(&mut s2, conn.after) {
                Ok(()) => match self.decide(&s2) {
                    Ok(cal2) if cal2 != cal1 && (!conn.bare || s2.era.is_some()) => {
                        let mut e = Some(s2.end);
                        if conn.paren {
                            let r = self.skip_space(s2.end);
                            // Proof: `r` is a position in the text, so `r + 1` fits (and is used
                            // only when `)` is at `r`).
                            #[allow(clippy::arithmetic_side_effects)]
                            {
                                e = (self.ch(r) == Some(')')).then_some(r + 1);
                            }
                            if e.is_none() && self.mode == Mode::Whole {
                                let span = self.token_span(r);
                                return Err(Fail::expected(Expected::ClosingParenthesis, span));
                            }
                        }
                        if let Some(e) = e {
                            end = e;
                            second_cal = Some(cal2);
                        }
                    }
                    Ok(_) if self.mode == Mode::Whole && conn.word => {
                        return Err(Fail::expected(Expected::OtherCalendar, s2.span()));
                    }
                    Err(f) if self.mode == Mode::Whole && conn.word => return Err(f),
                    _ => {}
                },
                Err(f) if self.mode == Mode::Whole && conn.word => return Err(f),
                Err(_) => {}
            }
        }
        let second = second_cal.map(|cal2| (&s2, cal2));
        let mut weekday = first.weekday.or(second.and_then(|(s, _)| s.weekday));
        if let Some((day, span, after)) = more.then(|| self.trailing_weekday(end)).flatten() {
            weekday = weekday.or(Some((day, span)));
            end = after;
        }
        let span = Span { start: first.start, end };
        match self.check(&first, cal1, second, weekday, span) {
            Ok(parsed) => Ok((parsed, end)),
            Err(f) if self.mode == Mode::Find && second.is_some() => {
                let _ = f;
                let span = first.span();
                let parsed = self.check(&first, cal1, None, first.weekday, span)?;
                Ok((parsed, first.end))
            }
            Err(mut f) => {
                f.resume = end;
                Err(f)
            }
        }
    }

    /// The commonest whole text, `[weekday[,]] day month year [era]` with a Hijri month name
    /// and nothing after it (`الخميس ١٤ صفر ١٤٤٢ هـ`), read straight through: the same
    /// steps as [`Scanner::side`] and [`Scanner::expression`] take for it, without their
    /// branches for everything else. `None` hands the text to [`Scanner::expression`], which
    /// gives the same answer where this one gives any (a test compares the two over every
    /// test string), and reads everything else.
    pub(crate) fn quick(&self, start: usize) -> Option<Parsed> {
        if self.mode != Mode::Whole {
            return None;
        }
        // `parse` reads each word once: the trie straight away, without the memo.
        let word = |pos| super::trie::word_at(self.text, pos);
        let mut weekday_written = None;
        let mut day = self.number(start);
        if day.is_none() {
            let m = word(start)?;
            let Word::Weekday(d) = m.word else { return None };
            weekday_written = Some(weekday(d));
            day = self.number(self.skip_comma(self.skip_space(m.end)));
        }
        let day = day.filter(|n| n.digits <= 2)?;
        // An ordinal suffix or a glued Latin word: the grammar's.
        if self.text.as_bytes().get(day.span.end).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let m = word(self.skip_space(day.span.end))?;
        let Word::Hijri(month) = m.word else { return None };
        if m.latin && self.ch(m.end) == Some('.') {
            return None;
        }
        let year = self.number(self.skip_comma(self.skip_space(m.end)))?;
        let mut end = year.span.end;
        let q = self.skip_space(end);
        if let Some(era) = word(q) {
            match era.word {
                Word::HijriEra => end = era.end,
                Word::GregorianEra => return None,
                _ => {}
            }
        }
        // Nothing but white space may follow: a note, a pair, a time are the grammar's.
        if !self.text.as_bytes().get(end..)?.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        // `Scanner::check` for one Hijri date; any error is left to the grammar to report.
        let calendar = self.config.calendar;
        let year = i32::try_from(year.value).ok()?;
        let day = u8::try_from(day.value).ok()?;
        let date = HijriDate::new(calendar, year, month, day).ok()?;
        let parsed = Parsed {
            span: Span { start, end },
            calendar,
            date: ParsedDate::Hijri(Written::Date(date)),
            weekday: weekday_written,
        };
        if self.config.strictness == Strictness::Strict && parsed.weekday_matches() == Some(false) {
            return None;
        }
        Some(parsed)
    }

    /// What joins the second date of a pair to the first, which ends at `first.end`.
    // Proof: `c` is the char at `q` in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn connector(&self, first: &Side) -> Option<Connector> {
        let q = self.skip_comma(self.skip_space(first.end));
        let word_connector = |end| Connector {
            after: self.skip_colon(self.skip_space(end)),
            word: true,
            paren: false,
            bare: false,
        };
        if let Some(m) = self.word(q) {
            return (m.word == Word::Connector).then(|| word_connector(m.end));
        }
        if let Some(c) = self.ch(q).filter(|c| matches!(c, '=' | '/' | '-' | '–' | '—' | '|' | '('))
        {
            let r = self.skip_space(q + c.len_utf8());
            // A dash glued to a word connector: `1444هـ -الموافق: 30 أغسطس 2022م`.
            if let Some(m) = self.word(r).filter(|m| m.word == Word::Connector && c != '(') {
                return Some(word_connector(m.end));
            }
            return Some(Connector {
                after: self.skip_colon(r),
                word: false,
                paren: c == '(',
                bare: false,
            });
        }
        // Two dates side by side; only with era marks on both is that a pair.
        (first.era.is_some() && self.number(q).is_some()).then_some(Connector {
            after: q,
            word: false,
            paren: false,
            bare: true,
        })
    }

    /// `(Mon)`, `(الخميس)` or Urdu `بروز جمعہ` after a date. Returns the day, its span and the
    /// offset after it.
    // Proof: `(` is at `q` and `)` at `e` in the text when one is added to them.
    #[allow(clippy::arithmetic_side_effects)]
    fn trailing_weekday(&self, pos: usize) -> Option<(Weekday, Span, usize)> {
        let q = self.skip_space(pos);
        if let Some(noun) = self.word(q).filter(|m| m.word == Word::DayNoun) {
            let r = self.skip_space(noun.end);
            let m = self.word(r)?;
            let Word::Weekday(d) = m.word else { return None };
            return Some((weekday(d), Span { start: r, end: m.end }, m.end));
        }
        if self.ch(q) != Some('(') {
            return None;
        }
        let r = self.skip_space(q + 1);
        let m = self.word(r)?;
        let Word::Weekday(d) = m.word else { return None };
        let e = self.skip_space(m.end);
        (self.ch(e) == Some(')')).then(|| (weekday(d), Span { start: r, end: e }, e + 1))
    }

    /// A time after a date (`13:34`, `- 17:35`), which `parse` allows and ignores.
    // Proof: `:` is at `hour.span.end` and at `e` in the text when one is added to them;
    // `r + suffix.len()` is taken only when `text[r..]` holds at least `suffix.len()` bytes.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn time(&self, pos: usize) -> Option<usize> {
        let mut q = self.skip_space(pos);
        q = self.skip_char(q, &['-', '–', '—', ',', '،', '|']);
        if let Some(m) = self.word(q).filter(|m| m.word == Word::Clock) {
            q = self.skip_space(m.end);
        }
        let hour = self.number(q)?;
        if hour.digits > 2 || self.ch(hour.span.end) != Some(':') {
            return None;
        }
        let minute = self.number(hour.span.end + 1)?;
        if minute.digits != 2 {
            return None;
        }
        let mut e = minute.span.end;
        if self.ch(e) == Some(':') {
            if let Some(second) = self.number(e + 1).filter(|n| n.digits == 2) {
                e = second.span.end;
            }
        }
        let r = self.skip_space(e);
        let rest = self.text.get(r..).unwrap_or("").as_bytes();
        for suffix in [&b"a.m."[..], b"p.m.", b"am", b"pm"] {
            if rest.len() >= suffix.len()
                && rest.get(..suffix.len()).is_some_and(|s| s.eq_ignore_ascii_case(suffix))
                && fold::is_word_end(self.text, r + suffix.len())
            {
                return Some(r + suffix.len());
            }
        }
        // `ص`, `صباحاً`, `مساءً`, and `م`/`مـ` (short for مساءً: after a time it is no era).
        match self.word(r) {
            Some(m) if m.word == Word::Meridiem || (m.word == Word::GregorianEra && !m.latin) => {
                Some(m.end)
            }
            _ => Some(e),
        }
    }

    /// One date, with the weekday written before it.
    fn side(&self, s: &mut Side, start: usize) -> Result<(), Fail> {
        s.start = start;
        s.end = start;
        let mut p = start;
        if self.number(p).is_some() {
            self.core(s, p)?;
            return weak_month_needs_year(s);
        }
        let mut word = self.word(p);
        if let Some(m) = word.filter(|m| m.word == Word::The) {
            p = self.skip_space(m.end);
            word = self.word(p);
        }
        if let Some(m) = word.filter(|m| m.word == Word::DayNoun) {
            // `يوم الخميس`, `يومه الجمعة`; `الموافق يوم 5 ربيع أول`.
            let q = self.skip_space(m.end);
            let next = self.word(q);
            if next.is_some_and(|w| matches!(w.word, Word::Weekday(_))) {
                p = q;
                word = next;
            } else if self.number(q).is_some() {
                self.core(s, q)?;
                return weak_month_needs_year(s);
            }
        }
        let mut paren = false;
        if let Some(m) = word {
            if let Word::Weekday(d) = m.word {
                s.weekday = Some((weekday(d), Span { start: p, end: m.end }));
                let mut q = self.skip_space(m.end);
                if let Some(r) = self.word(q).filter(|r| r.word == Word::Relative) {
                    q = self.skip_space(r.end);
                }
                q = self.skip_comma(q);
                match self.word(q) {
                    Some(c) if c.word == Word::Connector && !c.latin => {
                        q = self.skip_colon(self.skip_space(c.end));
                    }
                    Some(t) if t.word == Word::The => q = self.skip_space(t.end),
                    _ => {}
                }
                // `الأحد (26 تشرين الأول 2025)`: the date in parentheses after its weekday.
                if self.ch(q) == Some('(') {
                    // Proof: `(` is at `q` in the text.
                    #[allow(clippy::arithmetic_side_effects)]
                    {
                        q = self.skip_space(q + 1);
                    }
                    paren = true;
                }
                p = q;
            }
        }
        self.core(s, p)?;
        if paren {
            let r = self.skip_space(s.end);
            if self.ch(r) != Some(')') {
                return Err(Fail::expected(Expected::ClosingParenthesis, self.token_span(r)));
            }
            // Proof: `)` is at `r` in the text.
            #[allow(clippy::arithmetic_side_effects)]
            {
                s.end = r + 1;
            }
        }
        weak_month_needs_year(s)
    }

    fn core(&self, s: &mut Side, p: usize) -> Result<(), Fail> {
        if let Some(n1) = self.number(p) {
            return self.day_first(s, n1);
        }
        let not_a_date = |span| {
            if s.weekday.is_some() {
                Fail::expected(Expected::Date, span)
            } else {
                Fail::at(ParseErrorKind::NoDate, span)
            }
        };
        let Some(m) = self.word(p) else { return Err(not_a_date(self.token_span(p))) };
        match m.word {
            Word::FirstDay => {
                let span = Span { start: p, end: m.end };
                s.day = Some(Num { value: 1, digits: 1, span });
                let mut q = self.skip_space(m.end);
                if let Some(w) = self.word(q).filter(|w| w.word == Word::MonthNoun) {
                    q = self.skip_space(w.end);
                }
                let end = self.month_name(s, q)?;
                self.year_after_month(s, end)
            }
            Word::Ordinal(day) => {
                // `التاسع والعشرين من شهر ذي القعدة`, `للخامس من كانون الثاني`: only with `من`.
                let span = Span { start: p, end: m.end };
                let q = self.skip_space(m.end);
                let Some(of) = self.word(q).filter(|w| w.word == Word::Of && !w.latin) else {
                    return Err(not_a_date(span));
                };
                s.day = Some(Num { value: u32::from(day), digits: 2, span });
                let mut q = self.skip_space(of.end);
                if let Some(w) = self.word(q).filter(|w| w.word == Word::MonthNoun) {
                    q = self.skip_space(w.end);
                }
                let end = self.month_name(s, q)?;
                self.year_after_month(s, end)
            }
            Word::MonthNoun => self.month_first(s, self.skip_space(m.end)),
            Word::Hijri(_) | Word::Gregorian(_) | Word::AmbiguousHijri(_) => self.month_first(s, p),
            _ => Err(not_a_date(Span { start: p, end: m.end })),
        }
    }

    /// A date that starts with a number: `14 صفر 1442هـ`, `14/2/1442`, `2020-10-01`.
    fn day_first(&self, s: &mut Side, n1: Num) -> Result<(), Fail> {
        let after = n1.span.end;
        let q = self.skip_space(after);
        if let Some((sep, q2)) = self.separator(q) {
            let q3 = self.skip_space(q2);
            return match self.number(q3) {
                Some(n2) => self.numeric(s, n1, sep, n2),
                None if sep == '/' && n1.digits <= 2 => self.slashed_month(s, n1, q3),
                None => Err(Fail::expected(Expected::Month, self.token_span(q3))),
            };
        }
        if q > after {
            if let Some(n2) = self.number(q) {
                return self.numeric_spaced(s, n1, n2);
            }
        }
        if n1.digits > 2 {
            return Err(Fail::expected(Expected::Day, n1.span));
        }
        s.day = Some(n1);
        let mut q = match self.ordinal(after) {
            // `14th, December 2023`.
            Some(end) => self.skip_comma(self.skip_space(end)),
            None => self.skip_space(after),
        };
        let mut word = self.word(q);
        if let Some(m) = word.filter(|m| m.word == Word::Of) {
            q = self.skip_space(m.end);
            word = self.word(q);
        }
        if let Some(m) = word.filter(|m| m.word == Word::MonthNoun) {
            q = self.skip_space(m.end);
            word = None;
        }
        let end = match word {
            Some(m) => self.month_from(s, q, m)?,
            None => self.month_name(s, q)?,
        };
        self.year_after_month(s, end)
    }

    /// `14/ صفر/1399هـ`, `21/ ابريل لعام 2023`: a month name between slashes.
    // Proof: `/` is at `r` in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn slashed_month(&self, s: &mut Side, day: Num, q: usize) -> Result<(), Fail> {
        s.day = Some(day);
        let end = self.month_name(s, q)?;
        let r = self.skip_space(end);
        if self.ch(r) == Some('/') {
            let r2 = self.skip_space(r + 1);
            return match self.number(r2) {
                Some(year) => self.year_number(s, year),
                None => Err(Fail::expected(Expected::Year, self.token_span(r2))),
            };
        }
        self.year_after_month(s, end)
    }

    /// Reads a month name into `s`; returns the offset after it (and after a second name of
    /// the same month, as in `تموز/يوليو`).
    fn month_name(&self, s: &mut Side, q: usize) -> Result<usize, Fail> {
        let at_end = Span { start: q, end: q };
        match self.ch(q) {
            None => return Err(Fail::expected(Expected::MonthName, at_end)),
            Some(c) if !fold::is_word_letter(c) => {
                return Err(Fail::expected(Expected::MonthName, self.token_span(q)))
            }
            Some(_) => {}
        }
        let Some(m) = self.word(q) else {
            let window = Window::new(self.text, q);
            let end = window.first_word_end().unwrap_or(q);
            let close = match self.mode {
                Mode::Whole => close_matches(&window),
                Mode::Find => CloseMatches::default(),
            };
            return Err(Fail::at(ParseErrorKind::UnknownMonth(close), Span { start: q, end }));
        };
        self.month_from(s, q, m)
    }

    /// [`Scanner::month_name`] for a word already looked up at `q`.
    // Proof: `.` is at `end` in the text.
    #[allow(clippy::arithmetic_side_effects)]
    fn month_from(&self, s: &mut Side, q: usize, m: words::Match) -> Result<usize, Fail> {
        let span = Span { start: q, end: m.end };
        let (month, cal) = match m.word {
            Word::Hijri(n) => (n, Cal::Hijri),
            Word::Gregorian(n) => (n, Cal::Gregorian),
            Word::AmbiguousHijri(first) => {
                return Err(Fail::at(ParseErrorKind::AmbiguousMonth { first }, span))
            }
            _ => return Err(Fail::expected(Expected::MonthName, span)),
        };
        s.weak_month = self.mode == Mode::Find && m.latin && !m.capital && cal == Cal::Gregorian;
        s.month = Some(Num { value: u32::from(month), digits: 2, span });
        s.month_cal = Some(cal);
        let mut end = m.end;
        // The dot of an abbreviation (`Raj.`, `Oct.`) belongs to the name.
        if m.latin && self.ch(end) == Some('.') {
            end += 1;
        }
        if cal == Cal::Gregorian {
            end = self.second_month_name(end, month).unwrap_or(end);
        }
        Ok(end)
    }

    /// The same month's other name after a Gregorian month name: `تموز/يوليو`,
    /// `أيار - مايو`, `يونيو ــ حزيران`, `أيار (مايو)`. Returns the offset after it.
    // Proof: `/` or `(` is at `r` in the text; `r3` is a position in the text, so `r3 + 1`
    // fits (and is used only when `)` is at `r3`).
    #[allow(clippy::arithmetic_side_effects)]
    fn second_month_name(&self, end: usize, month: u8) -> Option<usize> {
        let r = self.skip_space(end);
        let (r2, paren) = match self.ch(r)? {
            '/' => (self.skip_space(r + 1), false),
            '(' => (self.skip_space(r + 1), true),
            _ => (self.skip_dashes(r)?, false),
        };
        let m2 = self.word(r2).filter(|m2| m2.word == Word::Gregorian(month))?;
        if !paren {
            return Some(m2.end);
        }
        let r3 = self.skip_space(m2.end);
        (self.ch(r3) == Some(')')).then_some(r3 + 1)
    }

    /// After `14 صفر`: an optional year, with `عام`, `سنة`, `of` or a comma before it.
    fn year_after_month(&self, s: &mut Side, month_end: usize) -> Result<(), Fail> {
        s.end = month_end;
        let mut q = self.skip_comma(self.skip_space(month_end));
        let mut year_word = false;
        if let Some(m) = self.word(q).filter(|m| matches!(m.word, Word::YearNoun | Word::Of)) {
            q = self.skip_space(m.end);
            year_word = true;
        }
        match self.number(q) {
            Some(year) => match self.year_number(s, year) {
                Ok(()) => Ok(()),
                Err(_) if self.mode == Mode::Find && !year_word => {
                    s.end = month_end;
                    Ok(())
                }
                Err(f) => Err(f),
            },
            None if year_word => Err(Fail::expected(Expected::Year, self.token_span(q))),
            None => Ok(()),
        }
    }

    /// A year, its era mark and a calendar note after it.
    fn year_number(&self, s: &mut Side, year: Num) -> Result<(), Fail> {
        if year.digits > 9 {
            return Err(Fail::at(ParseErrorKind::TooManyDigits, year.span));
        }
        let era = self.era(year.span.end);
        if self.mode == Mode::Find && era.is_none() {
            let short = if s.day.is_some() { year.digits < 3 } else { year.digits != 4 };
            let glued = self.ch(year.span.end).is_some_and(|c| c.is_ascii_alphanumeric());
            if short || glued {
                return Err(Fail::expected(Expected::Year, year.span));
            }
        }
        s.year = Some(year);
        s.end = year.span.end;
        if let Some((cal, span)) = era {
            s.era = Some((cal, span));
            s.end = span.end;
        }
        self.calendar_note(s);
        Ok(())
    }

    /// `ـ حسب تقويم أم القرى ـ` after a date: read and skipped.
    /// Also `ــ … ــ`, and `؛ حسب تقويم أم القرى،` (the comma is the connector's).
    fn calendar_note(&self, s: &mut Side) {
        if s.end >= self.text.len() {
            return;
        }
        let q = self.skip_space(s.end);
        let q = self.skip_dashes(q).unwrap_or_else(|| self.skip_char(q, &[';', '؛', ',', '،']));
        if let Some(m) = self.word(q).filter(|m| m.word == Word::CalendarNote) {
            s.end = self.dashes_end(m.end).unwrap_or(m.end);
        }
    }

    /// A date that starts with a month name: `رمضان 1447هـ`, `June 30, 2022`.
    fn month_first(&self, s: &mut Side, p: usize) -> Result<(), Fail> {
        let month_end = self.month_name(s, p)?;
        let latin = self.ch(p).is_some_and(|c| c.is_ascii_alphabetic());
        let mut q = self.skip_comma(self.skip_space(month_end));
        let mut year_word = false;
        if let Some(m) = self.word(q).filter(|m| matches!(m.word, Word::YearNoun | Word::Of)) {
            q = self.skip_space(m.end);
            year_word = true;
        }
        let Some(n1) = self.number(q) else {
            let expected = if year_word { Expected::Year } else { Expected::DayOrYear };
            return Err(Fail::expected(expected, self.token_span(q)));
        };
        if !year_word && n1.digits <= 2 {
            // `June 30, 2022`; in Arabic script only with the year after it (`محرم 1, 1300 هـ`),
            // since `رمضان 14` alone is more likely a short year than a day.
            let day_end = self.ordinal(n1.span.end).unwrap_or(n1.span.end);
            let r = self.skip_comma(self.skip_space(day_end));
            match self.number(r) {
                Some(n2) if r > day_end => {
                    s.day = Some(n1);
                    return self.year_number(s, n2);
                }
                _ if latin => {
                    s.day = Some(n1);
                    s.end = day_end;
                    return Ok(());
                }
                _ => {}
            }
        }
        self.year_number(s, n1)
    }

    /// `14/2/1442`, `1442-02-14`, `١٤٤٢/٠٢/١٤`: three numbers and one separator, twice.
    fn numeric(&self, s: &mut Side, n1: Num, sep: char, n2: Num) -> Result<(), Fail> {
        let r = self.skip_space(n2.span.end);
        let Some((_, r2)) = self.separator(r).filter(|(c, _)| *c == sep) else {
            if sep == '-' && n1.digits <= 2 && n2.digits <= 2 {
                let mut range = Side::default();
                if let Ok(end) = self.month_name(&mut range, r) {
                    let resume = match self.year_after_month(&mut range, end) {
                        Ok(()) => range.end,
                        Err(_) => end,
                    };
                    let span = Span { start: n1.span.start, end: n2.span.end };
                    return Err(Fail { kind: ParseErrorKind::DayRange, span, resume });
                }
            }
            return Err(Fail::expected(Expected::Separator, self.token_span(r)));
        };
        let r3 = self.skip_space(r2);
        let Some(n3) = self.number(r3) else {
            return Err(Fail::expected(Expected::Year, self.token_span(r3)));
        };
        self.assign_numeric(s, n1, n2, n3)?;
        if sep == '-' && s.era.is_none() && n1.digits == 4 {
            self.iso_annotations(s)?;
        }
        Ok(())
    }

    /// `14 2 1442 هـ`: numbers separated by spaces only, which need an era mark.
    fn numeric_spaced(&self, s: &mut Side, n1: Num, n2: Num) -> Result<(), Fail> {
        let r = self.skip_space(n2.span.end);
        let n3 = match self.number(r) {
            Some(n3) if r > n2.span.end => n3,
            _ => return Err(Fail::expected(Expected::MonthName, n2.span)),
        };
        if self.era(n3.span.end).is_none() {
            return Err(Fail::expected(Expected::MonthName, n2.span));
        }
        self.assign_numeric(s, n1, n2, n3)
    }

    fn assign_numeric(&self, s: &mut Side, n1: Num, n2: Num, n3: Num) -> Result<(), Fail> {
        let year_first = n1.digits >= 3;
        let (year, mut month, mut day) = if year_first {
            (n1, n2, n3)
        } else if n3.digits >= 3 {
            match self.config.order {
                DateOrder::DayFirst => (n3, n2, n1),
                DateOrder::MonthFirst => (n3, n1, n2),
            }
        } else {
            return Err(Fail::expected(Expected::FourDigitYear, n3.span));
        };
        let era = self.era(n3.span.end);
        if year.digits > 4 {
            return Err(Fail::at(ParseErrorKind::TooManyDigits, year.span));
        }
        if year.digits < 4 && era.is_none() {
            return Err(Fail::expected(Expected::FourDigitYear, year.span));
        }
        if month.digits > 2 {
            return Err(Fail::expected(Expected::Month, month.span));
        }
        if day.digits > 2 {
            return Err(Fail::expected(Expected::Day, day.span));
        }
        let lenient = self.config.strictness == Strictness::Lenient;
        if lenient && !year_first && month.value > 12 && day.value <= 12 {
            core::mem::swap(&mut month, &mut day);
        }
        s.year = Some(year);
        s.month = Some(month);
        s.day = Some(day);
        s.end = n3.span.end;
        if let Some((cal, span)) = era {
            s.era = Some((cal, span));
            s.end = span.end;
        }
        self.calendar_note(s);
        Ok(())
    }

    /// RFC 9557 suffixes of an ISO date: a time, then `[u-ca=…]` and other annotations.
    // Proof: `T` and `[` are at `q` in the text when one is added to it; `q` then advances
    // over bytes of `text[q..]` (a count of them, or `[` plus `close` bytes plus `]`), and
    // `content_start` and `start + name.len()` are positions inside the brackets.
    #[allow(clippy::arithmetic_side_effects)]
    fn iso_annotations(&self, s: &mut Side) -> Result<(), Fail> {
        let mut q = s.end;
        let mut iso = false;
        if matches!(self.ch(q), Some('T' | 't'))
            && self.ch(q + 1).is_some_and(|c| c.is_ascii_digit())
        {
            q += 1;
            let rest = self.text.get(q..).unwrap_or("");
            q += rest
                .bytes()
                .take_while(|b| {
                    b.is_ascii_digit()
                        || matches!(b, b':' | b'.' | b',' | b'+' | b'-' | b'Z' | b'z')
                })
                .count();
            iso = true;
        }
        while self.ch(q) == Some('[') {
            let rest = self.text.get(q + 1..).unwrap_or("");
            let Some(close) = rest.bytes().take(128).position(|b| b == b']') else { break };
            let content = rest.get(..close).unwrap_or("");
            let critical = usize::from(content.starts_with('!'));
            let content_start = q + 1 + critical;
            let content = content.get(critical..).unwrap_or("");
            if let Some(name) = content.strip_prefix("u-ca=") {
                let start = content_start + "u-ca=".len();
                let span = Span { start, end: start + name.len() };
                if !matches!(name, "gregory" | "iso8601") {
                    let calendar = name
                        .parse::<Calendar>()
                        .map_err(|_| Fail::at(ParseErrorKind::UnknownCalendar, span))?;
                    s.annotation = Some(calendar);
                }
            }
            q += close + 2;
            iso = true;
        }
        if iso {
            s.iso = true;
            s.end = q;
        }
        Ok(())
    }

    fn decide(&self, s: &Side) -> Result<Cal, Fail> {
        match (s.month_cal, s.era) {
            (Some(m), Some((e, span))) if m != e => {
                Err(Fail::at(ParseErrorKind::ConflictingEra, span))
            }
            (Some(m), _) => Ok(m),
            (None, Some((e, _))) => Ok(e),
            (None, None) if s.iso => Ok(Cal::Gregorian),
            (None, None) => Ok(match self.config.numeric {
                NumericCalendar::Hijri => Cal::Hijri,
                NumericCalendar::Gregorian => Cal::Gregorian,
                NumericCalendar::ByYear => match s.year {
                    Some(y) if y.value > 1600 => Cal::Gregorian,
                    _ => Cal::Hijri,
                },
            }),
        }
    }

    /// The one place where the field bag becomes dates: ranges, weekday, pair agreement.
    fn check(
        &self,
        first: &Side,
        cal1: Cal,
        second: Option<(&Side, Cal)>,
        weekday: Option<(Weekday, Span)>,
        span: Span,
    ) -> Result<Parsed, Fail> {
        let calendar = first
            .annotation
            .or(second.and_then(|(s, _)| s.annotation))
            .unwrap_or(self.config.calendar);
        let date = match (cal1, second) {
            (Cal::Hijri, None) => ParsedDate::Hijri(hijri(first, calendar)?),
            (Cal::Gregorian, None) => ParsedDate::Gregorian(gregorian(first)?),
            (Cal::Hijri, Some((s2, _))) => {
                ParsedDate::Pair { hijri: hijri(first, calendar)?, gregorian: gregorian(s2)? }
            }
            (Cal::Gregorian, Some((s2, _))) => {
                ParsedDate::Pair { hijri: hijri(s2, calendar)?, gregorian: gregorian(first)? }
            }
        };
        let parsed = Parsed { span, calendar, date, weekday: weekday.map(|(d, _)| d) };
        let strict = self.config.strictness == Strictness::Strict;
        if let Some(days) = second.and_then(|_| parsed.days_apart()) {
            if days != 0 && (strict || days.abs() > PAIR_SLACK) {
                if let ParsedDate::Pair {
                    hijri: Written::Date(hijri),
                    gregorian: Written::Date(gregorian),
                } = date
                {
                    let kind = ParseErrorKind::PairMismatch { hijri, gregorian, days };
                    let span = second.map_or(span, |(s, _)| s.span());
                    return Err(Fail::at(kind, span));
                }
            }
        }
        if strict && parsed.weekday_matches() == Some(false) {
            if let (Some((written, span)), Some(date)) = (weekday, parsed.gregorian_date()) {
                let kind = ParseErrorKind::WeekdayMismatch { written, actual: date.weekday() };
                return Err(Fail::at(kind, span));
            }
        }
        Ok(parsed)
    }
}

/// How many days apart the two dates of a pair may be in lenient mode. A writer's own moon
/// sighting moves a Hijri date a day or two, and a slip of the pen (a wrong day, or a date
/// a week off, as in `الخميس 19 رجب 1447 هـ، الموافق 1 يناير 2026 م`, a Thursday 12 Rajab)
/// keeps the two within half a month: they still name the same Hijri month, and the reader
/// is told, through [`Parsed::days_apart`], how far apart they are. Half a month or more
/// apart they name different months, which is a wrong calendar or a misreading: an error.
const PAIR_SLACK: i64 = 14;

/// In running text, `may 12` is not a date; `may 2024` and `3 march 2024` are.
fn weak_month_needs_year(s: &Side) -> Result<(), Fail> {
    if s.weak_month && s.year.is_none() {
        return Err(weak_month(s));
    }
    Ok(())
}

#[cold]
fn weak_month(s: &Side) -> Fail {
    let span = s.month.map_or(s.span(), |m| m.span);
    Fail::expected(Expected::Year, span)
}

fn weekday(monday_based: u8) -> Weekday {
    Weekday::ALL.get(usize::from(monday_based)).copied().unwrap_or(Weekday::Monday)
}

/// The span a range error points at: the field's, or the whole date's.
fn field_span(s: &Side, field: Option<Field>) -> Span {
    let num = match field {
        Some(Field::Day) => s.day,
        Some(Field::Month) => s.month,
        Some(Field::Year) => s.year,
        None => None,
    };
    num.map_or(s.span(), |n| n.span)
}

fn year_of(n: Num) -> Result<i32, Fail> {
    i32::try_from(n.value).map_err(|_| Fail::at(ParseErrorKind::TooManyDigits, n.span))
}

fn small(n: Num) -> u8 {
    u8::try_from(n.value).unwrap_or(u8::MAX)
}

fn range(s: &Side, err: crate::RangeError) -> Fail {
    Fail::at(ParseErrorKind::Range(err), field_span(s, err.field()))
}

fn day_without_year(s: &Side, day: Num, max: u8, month_name: &'static str) -> Result<u8, Fail> {
    let value = small(day);
    if value == 0 || value > max {
        let kind = ParseErrorKind::DayOutOfRange { day: value, max, month: month_name };
        return Err(Fail::at(kind, day.span));
    }
    let _ = s;
    Ok(value)
}

fn hijri(s: &Side, calendar: Calendar) -> Result<Written<HijriDate>, Fail> {
    let month = s.month.map_or(0, small);
    match (s.year, s.day) {
        (Some(y), Some(d)) => HijriDate::new(calendar, year_of(y)?, month, small(d))
            .map(Written::Date)
            .map_err(|e| range(s, e)),
        (Some(y), None) => {
            let year = year_of(y)?;
            // A month of a year names no day, so it need not be in the calendar's table
            // (`Ramadan 1025 A.H.` is before Umm al-Qura's): any year of the Hijri era will
            // do, as far as the arithmetic calendar counts them.
            if let Err(e) = calendar.days_in_month(year, month) {
                let in_era = e.field() == Some(Field::Year)
                    && Calendar::CIVIL.days_in_month(year, month).is_ok();
                if !in_era {
                    return Err(range(s, e));
                }
            }
            Ok(Written::YearMonth { year, month })
        }
        (None, Some(d)) => {
            let name = words::canonical(true, month, true);
            let day = day_without_year(s, d, 30, name)?;
            Ok(Written::MonthDay { month, day })
        }
        (None, None) => Err(Fail::expected(Expected::DayOrYear, s.span())),
    }
}

fn gregorian(s: &Side) -> Result<Written<GregorianDate>, Fail> {
    let month = s.month.map_or(0, small);
    match (s.year, s.day) {
        (Some(y), Some(d)) => GregorianDate::new(year_of(y)?, month, small(d))
            .map(Written::Date)
            .map_err(|e| range(s, e)),
        (Some(y), None) => {
            let year = year_of(y)?;
            GregorianDate::new(year, month, 1).map_err(|e| range(s, e))?;
            Ok(Written::YearMonth { year, month })
        }
        (None, Some(d)) => {
            const LONGEST: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            let max = LONGEST.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or(31);
            let name = words::canonical(false, month, true);
            let day = day_without_year(s, d, max, name)?;
            Ok(Written::MonthDay { month, day })
        }
        (None, None) => Err(Fail::expected(Expected::DayOrYear, s.span())),
    }
}

/// Month names close to the first word of `window`, best first.
fn close_matches(window: &Window) -> CloseMatches {
    let word = window.first_word();
    let mut close = CloseMatches::default();
    let Some(&first) = word.first() else { return close };
    let latin = first < 0x80;
    let limit = match word.len() {
        0..=4 => 1,
        5..=7 => 2,
        _ => 3,
    };
    let mut found: [(usize, bool, u8); 8] = [(usize::MAX, false, 0); 8];
    for entry in words::ENTRIES.iter() {
        let (hijri, month) = match entry.word {
            Word::Hijri(m) => (true, m),
            Word::Gregorian(m) => (false, m),
            _ => continue,
        };
        let name = entry.name.bytes.get(..usize::from(entry.name.len)).unwrap_or(&[]);
        let name_latin = name.first().is_some_and(|&b| b < 0x80);
        if name_latin != latin || (latin && name.len() <= 3) {
            continue;
        }
        let d = fold::distance(word, name);
        if d > limit {
            continue;
        }
        // Keep the eight best, in order of distance.
        if let Some(pos) = found.iter().position(|&(fd, _, _)| d < fd) {
            // Proof: `found` holds 8 entries and `pos` indexes one, so `last` is 7, `pos + 1` at
            // most 8 and `copy_within`'s ranges are inside it. (`rotate_right` on the tail
            // costs more instructions per call.)
            #[allow(clippy::arithmetic_side_effects)]
            let (last, next) = (found.len() - 1, pos + 1);
            found.copy_within(pos..last, next);
            if let Some(slot) = found.get_mut(pos) {
                *slot = (d, hijri, month);
            }
        }
    }
    for &(d, hijri, month) in &found {
        if d != usize::MAX {
            close.push(words::canonical(hijri, month, latin));
        }
    }
    close
}

#[cfg(test)]
mod tests {
    use super::super::Parser;
    use super::*;
    use alloc::format;
    use alloc::string::String;
    use alloc::vec::Vec;
    use proptest::strategy::Strategy;

    /// The shortcut's answer, where it gives one, is the grammar's.
    fn same(parser: Parser, text: &str) -> bool {
        let scanner = Scanner::new(text, parser, Mode::Whole);
        let start = scanner.skip_junk(0);
        let Some(quick) = scanner.quick(start) else { return false };
        assert_eq!(Some(quick), parser.parse_by_grammar(&scanner, start).ok(), "{text:?}");
        true
    }

    fn texts() -> Vec<String> {
        let tsv = include_str!("../../tests/data/parse/real-world.tsv");
        let jsonl = include_str!("../../tests/data/parser-examples.jsonl");
        let mut out: Vec<String> =
            tsv.lines().skip(1).filter_map(|l| l.split('\t').next()).map(String::from).collect();
        for line in jsonl.lines() {
            if let Some(rest) = line.split("\"text\": \"").nth(1) {
                out.extend(rest.split('"').next().map(String::from));
            }
        }
        out
    }

    #[test]
    fn the_shortcut_agrees_with_the_grammar() {
        let strict = Parser::new().strictness(Strictness::Strict);
        let civil = Parser::new().calendar(Calendar::CIVIL);
        let mut taken = 0;
        for text in texts() {
            for variant in [
                text.clone(),
                format!("  {text} \n"),
                format!("{text}."),
                format!("الجمعة {text}"),
                format!("Friday, {text}"),
                text.replace("14", "30"),
                text.replace('1', "٣"),
            ] {
                for parser in [Parser::new(), strict, civil] {
                    taken += usize::from(same(parser, &variant));
                }
            }
        }
        // The shortcut must actually be taken, or this test shows nothing.
        assert!(taken > 300, "the shortcut read only {taken} texts");
    }

    proptest::proptest! {
        #[test]
        fn the_shortcut_agrees_on_generated_dates(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(words::NAMES).prop_map(|(n, _)| String::from(n)),
                    proptest::sample::select(&[
                        " ", "  ", ",", "،", "\u{200F}", ".", "-", "/", "(", "1", "14", "٣٠", "۱۴۴۲",
                        "1442", "29", "00", "1234567890", "هـ", "ه", "AH", "م", "th", "الخميس",
                        "Thursday", "الموافق", "\u{064E}", "ـ",
                    ][..]).prop_map(String::from),
                ],
                0..8,
            ),
            strict in proptest::bool::ANY,
        ) {
            let parser = if strict { Parser::new().strictness(Strictness::Strict) } else { Parser::new() };
            let _ = same(parser, &pieces.concat());
            let _ = same(parser, &pieces.join(" "));
        }

        #[test]
        fn the_shortcut_agrees_on_date_shaped_texts(
            weekday in proptest::sample::select(&["", "الخميس ", "الخميس، ", "Thursday, ", "الجمعة", "السبت ,"][..]),
            day in proptest::sample::select(&["14", "١٤", "۱۴", "1", "30", "0", "123", "14th"][..]),
            gap in proptest::sample::select(&["", " ", "  ", "\u{200F} ", "/", "-"][..]),
            month in proptest::sample::select(words::NAMES).prop_map(|(n, _)| n),
            year in proptest::sample::select(&["1442", "١٤٤٢", "1300", "1601", "99", "2020", "12345678901"][..]),
            era in proptest::sample::select(&["", "هـ", " هـ", " ه", " AH", "م", " م", " هـ.", " هجري", "هـ الموافق 1 أكتوبر 2020م"][..]),
            tail in proptest::sample::select(&["", " ", "\n", ".", " x", " 13:34"][..]),
            strict in proptest::bool::ANY,
        ) {
            let parser = if strict { Parser::new().strictness(Strictness::Strict) } else { Parser::new() };
            let _ = same(parser, &format!("{weekday}{day}{gap}{month} {year}{era}{tail}"));
        }
    }
}
