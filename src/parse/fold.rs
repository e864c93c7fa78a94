//! Letter folding: how the parser compares words without building strings.
//!
//! Every character folds to one byte, or to nothing: Arabic letters lose hamza, madda and the
//! ى/ي, ة/ه distinctions (Urdu and Persian ی ک ہ ۃ ھ fold onto the same letters), tashkeel and
//! tatweel vanish, Latin letters lose case and diacritics, and a run of doubled Latin letters
//! counts once (`Muharram` = `Muharam`), except `i`, for Roman numerals (`Rabi II`). Word gaps (spaces, hyphens, ZWNJ) fold to one space,
//! which a name in the table may omit: the table's `ربيع الأول` also reads `ربيعالاول`, but a
//! table name without a gap never reads across one.
//!
//! Names in the table are folded by the same function at compile time ([`fold_name`]), so the
//! two sides always agree.
//!
//! Bounds used by the proofs below: positions are byte offsets into a `&str`, so below
//! `isize::MAX`, and a position plus the width of a char read inside the text is at most its
//! length; folded names and windows hold at most [`MAX_FOLDED`] bytes. The table builders
//! (`table`, `fold_name`, `decode`) run only at compile time, where an index out of bounds or an
//! overflow is a compile error.

/// The longest folded name, and the size of the folding window.
pub(crate) const MAX_FOLDED: usize = 32;

/// How many bytes of input one word look-up may read, whatever they hold (marks, spaces).
pub(crate) const MAX_WINDOW: usize = 192;

/// A word gap.
pub(crate) const GAP: u8 = b' ';

/// Letters of no script the tables use: they count as letters but never match.
const OTHER_LETTER: u8 = 0xFF;

/// What a character is to the word matcher.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Class {
    /// A letter, folded.
    Letter(u8),
    /// Invisible inside a word: tashkeel, tatweel, ZWJ.
    Mark,
    /// An apostrophe or an ʿayn sign: dropped (`Sha'ban` = `Shaban`).
    Apostrophe,
    /// A gap between the words of a name: white space, invisible spacing, hyphen, ZWNJ.
    Gap,
    /// Anything else: digits, punctuation, symbols.
    Stop,
}

/// Arabic letter `c` as a folded byte (U+0621..U+064A map to 0xA1..0xCA).
// Proof: called only with Arabic letters, U+0621..=U+064A, so the subtraction cannot wrap.
#[allow(clippy::arithmetic_side_effects)]
const fn arabic(c: char) -> u8 {
    (c as u32 - 0x0600 + 0x80) as u8
}

/// Characters treated as white space between tokens, beyond `char::is_whitespace`: the
/// zero-width and bidi controls people paste with Arabic text.
pub(crate) const fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{2060}' | '\u{FEFF}')
}

/// White space or an invisible character.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// The class of a character, without the Unicode tables (usable in `const` contexts).
pub(crate) const fn class_const(c: char) -> Class {
    match c {
        'a'..='z' => Class::Letter(c as u8),
        'A'..='Z' => Class::Letter((c as u8) | 0x20),
        '.' => Class::Letter(b'.'),
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' => Class::Letter(b'a'),
        'ç' | 'Ç' => Class::Letter(b'c'),
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' => Class::Letter(b'e'),
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'ı' | 'İ' => Class::Letter(b'i'),
        'ò'..='ö' | 'Ò'..='Ö' | 'ō' | 'Ō' => Class::Letter(b'o'),
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' => Class::Letter(b'u'),
        'ñ' => Class::Letter(b'n'),
        'ḥ' | 'Ḥ' => Class::Letter(b'h'),
        'ḍ' | 'Ḍ' => Class::Letter(b'd'),
        'ṣ' | 'Ṣ' | 'š' | 'Š' | 'ş' | 'Ş' => Class::Letter(b's'),
        'ṭ' | 'Ṭ' => Class::Letter(b't'),
        'ẓ' | 'Ẓ' | 'ž' | 'Ž' => Class::Letter(b'z'),
        'ġ' | 'ğ' => Class::Letter(b'g'),
        '\'' | '’' | '‘' | 'ʻ' | 'ʿ' | 'ʾ' | 'ʼ' | 'ʽ' | '`' | '´' => Class::Apostrophe,
        '-' | '‐' | '\u{200C}' => Class::Gap,
        '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{200D}' => Class::Mark,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ا' => Class::Letter(arabic('ا')),
        'ؤ' => Class::Letter(arabic('و')),
        'ئ' | 'ى' | 'ي' | 'ی' | 'ے' | 'ې' => Class::Letter(arabic('ي')),
        'ة' | 'ه' | 'ہ' | 'ۃ' | 'ھ' | 'ە' => Class::Letter(arabic('ه')),
        'ك' | 'ک' => Class::Letter(arabic('ك')),
        'ڤ' => Class::Letter(arabic('ف')),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Class::Letter(arabic(c)),
        'پ' => Class::Letter(0xE0),
        'چ' => Class::Letter(0xE1),
        'ژ' => Class::Letter(0xE2),
        'گ' => Class::Letter(0xE3),
        ' ' | '\t' | '\n' | '\r' | '\u{00A0}' | '\u{202F}' => Class::Gap,
        _ if is_invisible(c) => Class::Gap,
        _ => Class::Stop,
    }
}

/// [`class_const`] of U+0000..U+00FF and of the Arabic block U+0600..U+06FF, precomputed:
/// the parser asks for the class of nearly every character it reads.
static LATIN1: [Class; 256] = table(0);
static ARABIC: [Class; 256] = table(0x0600);

/// The folded byte of each letter of U+0600..U+067F (bytes D8 80..D9 BF), 0 for the other
/// characters: the Arabic letters of a word, read two bytes at a time.
pub(crate) static ARABIC_LETTERS: [u8; 128] = {
    let classes = table(0x0600);
    let mut out = [0u8; 128];
    let mut i = 0;
    // Proof: compile-time evaluation, where an index out of bounds or an overflow is a compile
    // error; `i < 128` anyway.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    while i < 128 {
        if let Class::Letter(x) = classes[i] {
            out[i] = x;
        }
        i += 1;
    }
    out
};

/// The letters of U+0000..U+00FF and U+0600..U+06FF that no table name uses.
const fn is_other_letter(code: u32) -> bool {
    matches!(
        code,
        0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0xFF
            | 0x0620..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5
            | 0x06E5..=0x06E6 | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF
    )
}

// Proof: evaluated only at compile time (for `LATIN1`, `ARABIC` and `ARABIC_LETTERS`), where an
// index out of bounds or an overflow is a compile error; `i < 256` and `base` is 0x0600 at most.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn table(base: u32) -> [Class; 256] {
    let mut out = [Class::Stop; 256];
    let mut i = 0;
    while i < 256 {
        let code = base + i as u32;
        if let Some(c) = char::from_u32(code) {
            out[i] = match class_const(c) {
                Class::Stop if is_other_letter(code) => Class::Letter(OTHER_LETTER),
                Class::Stop if matches!(code, 0x09..=0x0D | 0x20 | 0x85 | 0xA0) => Class::Gap,
                class => class,
            };
        }
        i += 1;
    }
    out
}

/// The class of a character of the input: [`class_const`], with every other letter of any
/// script counted as a letter that matches nothing, and all white space as a gap.
#[inline]
pub(crate) fn class(c: char) -> Class {
    let code = c as u32;
    let fast = match code {
        0..=0xFF => LATIN1.get(code as usize).copied(),
        // Proof: `code` is at least 0x0600 in this arm.
        #[allow(clippy::arithmetic_side_effects)]
        0x0600..=0x06FF => ARABIC.get((code - 0x0600) as usize).copied(),
        _ => None,
    };
    if let Some(class) = fast {
        return class;
    }
    match class_const(c) {
        Class::Stop if c.is_alphabetic() => Class::Letter(OTHER_LETTER),
        Class::Stop if c.is_whitespace() => Class::Gap,
        other => other,
    }
}

/// Whether `c` starts or continues a word (a letter other than the dot of abbreviations).
#[inline]
pub(crate) fn is_word_letter(c: char) -> bool {
    matches!(class(c), Class::Letter(b) if b != b'.')
}

/// A folded name of the table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FoldedName {
    pub(crate) bytes: [u8; MAX_FOLDED],
    pub(crate) len: u8,
}

/// Byte `k` of `b`, or 0 past the end (the guard makes the index safe).
// Indexing proof: `k < b.len()` is checked first (`<[u8]>::get` is not a `const fn`).
#[allow(clippy::indexing_slicing)]
const fn at(b: &[u8], k: usize) -> u32 {
    if k < b.len() {
        b[k] as u32
    } else {
        0
    }
}

/// Decodes the char at `i` of valid UTF-8 `b`, with its width; `('\0', 1)` past the end.
// Proof: evaluated only at compile time (through `fold_name`), where an overflow is a compile
// error; `i` is below the length of a name anyway.
#[allow(clippy::arithmetic_side_effects)]
const fn decode(b: &[u8], i: usize) -> (char, usize) {
    let b0 = at(b, i);
    let (value, width) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | (at(b, i + 1) & 0x3F), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | ((at(b, i + 1) & 0x3F) << 6) | (at(b, i + 2) & 0x3F), 3)
    } else {
        let v = ((b0 & 0x07) << 18)
            | ((at(b, i + 1) & 0x3F) << 12)
            | ((at(b, i + 2) & 0x3F) << 6)
            | (at(b, i + 3) & 0x3F);
        (v, 4)
    };
    match char::from_u32(value) {
        Some(c) => (c, width),
        None => ('\0', width),
    }
}

/// Folds a name of the table. Characters of class [`Class::Stop`] are dropped; a test checks
/// that every name folds to something and reads itself back.
// Proof: evaluated only at compile time (for `words::ENTRY_TABLE`), where an index out of
// bounds or an overflow is a compile error; `n - 1` runs only when `n > 0`, `n < MAX_FOLDED`
// is the loop condition and `i` stays within the name plus a char's width.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) const fn fold_name(name: &str) -> FoldedName {
    let b = name.as_bytes();
    let mut out = [0u8; MAX_FOLDED];
    let mut n = 0usize;
    let mut i = 0usize;
    while i < b.len() && n < MAX_FOLDED {
        let (c, width) = decode(b, i);
        i += width;
        match class_const(c) {
            Class::Letter(x) => {
                if !(x.is_ascii_lowercase() && x != b'i' && n > 0 && out[n - 1] == x) {
                    out[n] = x;
                    n += 1;
                }
            }
            Class::Gap => {
                if n > 0 && out[n - 1] != GAP {
                    out[n] = GAP;
                    n += 1;
                }
            }
            Class::Mark | Class::Apostrophe | Class::Stop => {}
        }
    }
    FoldedName { bytes: out, len: n as u8 }
}

/// The folded input from a position: up to [`MAX_FOLDED`] bytes, each letter with the byte
/// offset just after it.
pub(crate) struct Window {
    bytes: [u8; MAX_FOLDED],
    ends: [u32; MAX_FOLDED],
    len: usize,
}

impl Window {
    /// Folds `text` from `start` until a stop character, a full window or [`MAX_WINDOW`] bytes.
    // Proof: `start + offset` is the position of a char of `text`, plus its width at most
    // `text.len()`.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn new(text: &str, start: usize) -> Window {
        let mut w = Window { bytes: [0; MAX_FOLDED], ends: [0; MAX_FOLDED], len: 0 };
        let Some(rest) = text.get(start..) else { return w };
        for (offset, c) in rest.char_indices() {
            if offset > MAX_WINDOW {
                break;
            }
            let end = start + offset + c.len_utf8();
            match class(c) {
                Class::Letter(x) => {
                    let last = w.len.checked_sub(1).and_then(|i| w.bytes.get(i).copied());
                    if x.is_ascii_lowercase() && x != b'i' && last == Some(x) {
                        if let Some(e) = w.len.checked_sub(1).and_then(|i| w.ends.get_mut(i)) {
                            *e = end as u32;
                        }
                        continue;
                    }
                    if !w.push(x, end) {
                        break;
                    }
                }
                Class::Gap => {
                    let last = w.len.checked_sub(1).and_then(|i| w.bytes.get(i).copied());
                    if w.len > 0 && last != Some(GAP) && !w.push(GAP, end) {
                        break;
                    }
                }
                Class::Mark | Class::Apostrophe => {}
                Class::Stop => break,
            }
        }
        w
    }

    fn push(&mut self, byte: u8, end: usize) -> bool {
        match (self.bytes.get_mut(self.len), self.ends.get_mut(self.len)) {
            (Some(b), Some(e)) => {
                *b = byte;
                *e = end as u32;
                // Proof: `get_mut(self.len)` succeeded, so `self.len < MAX_FOLDED`.
                #[allow(clippy::arithmetic_side_effects)]
                {
                    self.len += 1;
                }
                true
            }
            _ => false,
        }
    }

    /// The first folded byte.
    pub(crate) fn first(&self) -> Option<u8> {
        if self.len == 0 {
            None
        } else {
            self.bytes.first().copied()
        }
    }

    /// The second folded byte, 0 when there is none.
    pub(crate) fn second(&self) -> u8 {
        if self.len < 2 {
            0
        } else {
            self.bytes.get(1).copied().unwrap_or(0)
        }
    }

    /// The folded bytes up to the first gap (the first word), for messages and suggestions.
    pub(crate) fn first_word(&self) -> &[u8] {
        let all = self.bytes.get(..self.len).unwrap_or(&[]);
        let end = all.iter().position(|&b| b == GAP).unwrap_or(all.len());
        all.get(..end).unwrap_or(&[])
    }

    /// The input offset after the first word.
    pub(crate) fn first_word_end(&self) -> Option<usize> {
        let n = self.first_word().len();
        n.checked_sub(1).and_then(|i| self.ends.get(i)).map(|&e| e as usize)
    }

    /// A quick test on the bytes before the name's first gap: `false` means no match.
    #[inline]
    pub(crate) fn may_match(&self, name: &FoldedName) -> bool {
        let n = usize::from(name.len).min(4);
        for k in 1..n {
            let (Some(&p), Some(&w)) = (name.bytes.get(k), self.bytes.get(k)) else { break };
            if p == GAP {
                break;
            }
            if k >= self.len || w != p {
                return false;
            }
        }
        true
    }

    /// If `name` matches at the start of the window, the input offset after its last letter.
    /// Gaps of the name are optional in the input; gaps of the input must be in the name.
    // Proof: `j` grows by at most one per byte of the pattern, at most `MAX_FOLDED`.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) fn matches(&self, name: &FoldedName) -> Option<usize> {
        let pattern = name.bytes.get(..usize::from(name.len))?;
        let mut j = 0usize;
        let mut last = None;
        for &p in pattern {
            let here = if j < self.len { self.bytes.get(j).copied() } else { None };
            if p == GAP {
                if here == Some(GAP) {
                    j += 1;
                }
                continue;
            }
            if here != Some(p) {
                return None;
            }
            last = self.ends.get(j).copied();
            j += 1;
        }
        last.map(|e| e as usize)
    }
}

/// `end` moved over the marks (tashkeel, tatweel) that follow it (at most 64).
// Proof: `width` is that of a char read at `e` inside `text`, so `e + width <= text.len()`.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) fn extend_over_marks(text: &str, end: usize) -> usize {
    let mut e = end;
    for _ in 0..64 {
        match class_at(text, e) {
            Some((Class::Mark, width)) => e += width,
            _ => break,
        }
    }
    e
}

/// Whether a word may end at `end`: the next character, past marks and apostrophes (at most
/// 64), is not a letter.
// Proof: `width` is that of a char read at `e` inside `text`, so `e + width <= text.len()`.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) fn is_word_end(text: &str, end: usize) -> bool {
    let mut e = end;
    for _ in 0..64 {
        match class_at(text, e) {
            Some((Class::Mark | Class::Apostrophe, width)) => e += width,
            Some((Class::Letter(b), _)) => return b == b'.',
            _ => return true,
        }
    }
    true
}

/// The class of the character at byte `pos` of `text` and its width in bytes; `None` at the
/// end or off a char boundary. ASCII and the Arabic block are read straight from the bytes.
// Proof: `bytes.get(pos)` succeeded, so `pos < text.len() <= isize::MAX` and `pos + 1` fits.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) fn class_at(text: &str, pos: usize) -> Option<(Class, usize)> {
    let bytes = text.as_bytes();
    let b0 = *bytes.get(pos)?;
    if b0 < 0x80 {
        return LATIN1.get(usize::from(b0)).map(|&c| (c, 1));
    }
    // U+0600..U+06FF is D8 80..DB BF: two bits of the lead byte, six of the next.
    if (0xD8..=0xDB).contains(&b0) {
        let b1 = *bytes.get(pos + 1)?;
        let index = (usize::from(b0 & 0x03) << 6) | usize::from(b1 & 0x3F);
        return ARABIC.get(index).map(|&c| (c, 2));
    }
    let (c, width) = char_at(text, pos)?;
    Some((class(c), width))
}

/// The character at byte `pos` of `text` and its width in bytes; `None` at the end or off a
/// char boundary. ASCII and two-byte characters (Arabic) are decoded inline.
// Proof: `bytes.get(pos)` succeeded, so `pos < text.len() <= isize::MAX` and `pos + 1` fits.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b0 = *bytes.get(pos)?;
    if b0 < 0x80 {
        return Some((char::from(b0), 1));
    }
    if b0 & 0xE0 == 0xC0 {
        let b1 = *bytes.get(pos + 1)?;
        let code = (u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F);
        return char::from_u32(code).map(|c| (c, 2));
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Levenshtein distance of two short byte strings, gaps ignored (for close matches).
// Proof: both strings are cut to `MAX_FOLDED` bytes, so `bn` (incremented after a successful
// `get_mut`) and `j + 1` are at most `MAX_FOLDED`, and every distance at most `2 * MAX_FOLDED`
// plus one.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut prev = [0usize; MAX_FOLDED + 1];
    let mut cur = [0usize; MAX_FOLDED + 1];
    let b: &[u8] = b.get(..b.len().min(MAX_FOLDED)).unwrap_or(&[]);
    let mut bn = 0;
    let mut bb = [0u8; MAX_FOLDED];
    for &x in b {
        if x != GAP {
            if let Some(slot) = bb.get_mut(bn) {
                *slot = x;
                bn += 1;
            }
        }
    }
    let b = bb.get(..bn).unwrap_or(&[]);
    for (j, slot) in prev.iter_mut().enumerate().take(bn + 1) {
        *slot = j;
    }
    for &x in a.iter().filter(|&&x| x != GAP).take(MAX_FOLDED) {
        if let Some(first) = cur.first_mut() {
            *first = prev.first().copied().unwrap_or(0) + 1;
        }
        for (j, &y) in b.iter().enumerate() {
            let substitute = prev.get(j).copied().unwrap_or(0) + usize::from(x != y);
            let delete = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let insert = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = substitute.min(delete).min(insert);
            }
        }
        core::mem::swap(&mut prev, &mut cur);
    }
    prev.get(bn).copied().unwrap_or(usize::MAX)
}
