//! The error of a pattern that cannot be built.

use alloc::string::String;
use core::fmt;
use core::ops::Range;

use super::pattern::DIRECTIVES;

/// What is wrong with a pattern; see [`PatternError::kind`].
///
/// # Example
/// ```
/// use hijri_calendar::format::{Pattern, PatternErrorKind};
/// let err = Pattern::new("%d %q").unwrap_err();
/// assert_eq!(err.kind(), PatternErrorKind::UnknownDirective);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PatternErrorKind {
    /// A `%` followed by something that is not a directive, such as `%q` or `%-B`.
    UnknownDirective,
    /// The pattern ends inside a directive: a lone `%` or `%-` at the end.
    IncompleteDirective,
    /// A `%{` without its closing `}`.
    UnclosedBrace,
    /// `%{hijri}` in a [`GregorianPattern`](super::GregorianPattern), which has no Hijri date
    /// to print.
    HijriInGregorianPattern,
}

/// A pattern that cannot be built: what is wrong, where (a byte span of the pattern, always on
/// char boundaries) and, in the message, every directive that would have been accepted.
///
/// # Example
/// ```
/// use hijri_calendar::format::Pattern;
///
/// let err = Pattern::new("%A %Q").unwrap_err();
/// assert_eq!(err.span(), 3..5);
/// assert_eq!(err.found(), "%Q");
/// assert_eq!(
///     err.to_string(),
///     "unknown directive \"%Q\" at 3..5; expected one of \
///      %Y %-Y %m %-m %d %-d %e %j %-j %B %b %A %a %E %% %{hijri} %{gregorian}"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    kind: PatternErrorKind,
    start: usize,
    end: usize,
    found: String,
}

impl PatternError {
    /// An error about `pattern[start..end]`; both ends must be char boundaries.
    pub(crate) fn new(kind: PatternErrorKind, pattern: &str, start: usize, end: usize) -> Self {
        let found = pattern.get(start..end).unwrap_or_default().into();
        PatternError { kind, start, end, found }
    }

    /// What is wrong.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, PatternErrorKind};
    /// assert_eq!(Pattern::new("100%").unwrap_err().kind(), PatternErrorKind::IncompleteDirective);
    /// ```
    pub const fn kind(&self) -> PatternErrorKind {
        self.kind
    }

    /// The byte span of the offending text in the pattern; both ends are char boundaries.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Pattern;
    /// let pattern = "%d %{julian} %Y";
    /// let err = Pattern::new(pattern).unwrap_err();
    /// assert_eq!(&pattern[err.span()], "%{julian}");
    /// ```
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The offending text itself, `pattern[span]`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Pattern;
    /// assert_eq!(Pattern::new("%-ب").unwrap_err().found(), "%-ب");
    /// ```
    pub fn found(&self) -> &str {
        &self.found
    }
}

/// Writes the list of valid directives, separated by spaces.
fn write_directives(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str("expected one of")?;
    for directive in DIRECTIVES {
        f.write_str(" ")?;
        f.write_str(directive)?;
    }
    Ok(())
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (found, start, end) = (&self.found, self.start, self.end);
        match self.kind {
            PatternErrorKind::UnknownDirective => {
                write!(f, "unknown directive {found:?} at {start}..{end}; ")?;
                write_directives(f)
            }
            PatternErrorKind::IncompleteDirective => {
                write!(
                    f,
                    "incomplete directive {found:?} at {start}..{end}, the end of the pattern; "
                )?;
                write_directives(f)
            }
            PatternErrorKind::UnclosedBrace => {
                write!(f, "unclosed directive {found:?} at {start}..{end}, no `}}` follows; ")?;
                write_directives(f)
            }
            PatternErrorKind::HijriInGregorianPattern => write!(
                f,
                "directive {found:?} at {start}..{end} needs a Hijri date; \
                 a Gregorian pattern prints only the Gregorian calendar"
            ),
        }
    }
}

impl core::error::Error for PatternError {}
