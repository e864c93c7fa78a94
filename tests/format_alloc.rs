//! The formatter allocates nothing on its own: writing into a `String` with room to spare (and
//! into a fixed buffer) makes no allocation. A counting allocator watches this thread only.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use hijri_calendar::format::{GregorianPattern, Pattern, Printer};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::{Calendar, HijriDate};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// const-initialised thread-local that itself never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: forwarded with the caller's arguments.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// A fixed buffer that never allocates.
struct Fixed {
    bytes: [u8; 256],
    len: usize,
}

impl Write for Fixed {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn printing_allocates_nothing() {
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap();
    let custom = Pattern::new("%a %e %b %-Y %E %{gregorian}%j %d/%m/%Y %E").unwrap();
    let gregorian = GregorianPattern::LONG;
    let patterns = [Pattern::ISO, Pattern::NUMERIC, Pattern::LONG, Pattern::DUAL, custom];
    let mut out = String::with_capacity(1024);
    let mut fixed = Fixed { bytes: [0; 256], len: 0 };
    let before = allocations();
    for language in [Language::Arabic, Language::English] {
        for digits in [Digits::Latin, Digits::ArabicIndic, Digits::Persian] {
            let printer = Printer::new().language(language).digits(digits);
            for pattern in &patterns {
                out.clear();
                printer.write(date, pattern, &mut out).unwrap();
                fixed.len = 0;
                printer.write(date, pattern, &mut fixed).unwrap();
                assert_eq!(fixed.bytes.get(..fixed.len), Some(out.as_bytes()));
                assert!(!out.is_empty());
            }
            write!(out, "{}", printer.display_gregorian(date.to_gregorian(), &gregorian)).unwrap();
        }
    }
    assert_eq!(allocations() - before, 0);
    // The counter does count: a new String with content allocates.
    let grown = String::from("x").repeat(100);
    assert!(allocations() > before, "{grown}");
}
