//! The words the parser knows: month names in every common spelling, weekdays, era marks,
//! connectors and the small words between the parts of a date.
//!
//! Each entry is written as people write it; [`fold_name`] folds it at compile time, so one
//! entry covers its hamza, madda, ى/ي, ة/ه, tashkeel, case, doubled-letter and glued-word
//! variants. Sources: CLDR 46 (`ar`, `en`, `fr`, `fa`, `ur`), and the spellings of Saudi,
//! Egyptian, Levantine, Maghrebi, Pakistani and Bangladeshi newspapers.
//!
//! The tables are built at compile time, where an index out of bounds or an overflow is a
//! compile error; at run time they are read only through `get`.

use super::fold::{fold_name, FoldedName, Window};

/// What a word means to the date grammar.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Word {
    /// A Hijri month, 1..=12.
    Hijri(u8),
    /// A Gregorian month, 1..=12.
    Gregorian(u8),
    /// `ربيع` or `جمادى` alone: 3 (Rabiʿ I or II) or 5 (Jumada I or II).
    AmbiguousHijri(u8),
    /// A weekday, 0 = Monday.
    Weekday(u8),
    /// `هـ`, `AH`, …
    HijriEra,
    /// `م`, `CE`, …
    GregorianEra,
    /// `الموافق`, `corresponding to`, …
    Connector,
    /// `من`, `of`, `de` between a day and its month.
    Of,
    /// `شهر` before a month name.
    MonthNoun,
    /// `عام`, `سنة`, `للعام`, … before a year.
    YearNoun,
    /// `يوم` before a weekday.
    DayNoun,
    /// `the` before an English day.
    The,
    /// `غرة`, `فاتح`: the first day of the month.
    FirstDay,
    /// `حسب تقويم أم القرى`: a note on the calendar, skipped.
    CalendarNote,
    /// An Arabic ordinal day (`الخامس`, `للتاسع والعشرين`), 1..=31, before `من` and a month.
    Ordinal(u8),
    /// `المقبل`, `القادم`, `الماضي` after a weekday ("next", "last").
    Relative,
    /// `الساعة` ("at the hour") before a time.
    Clock,
    /// `صباحاً`, `مساءً`, `ص` after a time.
    Meridiem,
}

use Word::{
    AmbiguousHijri as A, CalendarNote, Clock, Connector, DayNoun, FirstDay, Gregorian as G,
    GregorianEra, Hijri as H, HijriEra, Meridiem, MonthNoun, Of, Ordinal as O, Relative, The,
    Weekday as D, YearNoun,
};

/// The masculine ordinals of the days (`يوم` is masculine), each with the article (`الخامس`)
/// and with `لـ` before it (`للخامس`, "on the fifth"), from the stem without the article.
macro_rules! ordinals {
    ($(($stem:literal, $day:literal)),* $(,)?) => {
        [$((concat!("ال", $stem), O($day)), (concat!("لل", $stem), O($day))),*]
    };
}

const ORDINALS: [(&str, Word); 62] = ordinals![
    ("أول", 1),
    ("ثاني", 2),
    ("ثالث", 3),
    ("رابع", 4),
    ("خامس", 5),
    ("سادس", 6),
    ("سابع", 7),
    ("ثامن", 8),
    ("تاسع", 9),
    ("عاشر", 10),
    ("حادي عشر", 11),
    ("ثاني عشر", 12),
    ("ثالث عشر", 13),
    ("رابع عشر", 14),
    ("خامس عشر", 15),
    ("سادس عشر", 16),
    ("سابع عشر", 17),
    ("ثامن عشر", 18),
    ("تاسع عشر", 19),
    ("عشرين", 20),
    ("حادي والعشرين", 21),
    ("ثاني والعشرين", 22),
    ("ثالث والعشرين", 23),
    ("رابع والعشرين", 24),
    ("خامس والعشرين", 25),
    ("سادس والعشرين", 26),
    ("سابع والعشرين", 27),
    ("ثامن والعشرين", 28),
    ("تاسع والعشرين", 29),
    ("ثلاثين", 30),
    ("حادي والثلاثين", 31),
];

/// The word table: [`WORDS`], then the [`ORDINALS`].
// Proof: a constant, so an index out of bounds or an overflow is a compile error; `i` is below
// `WORDS.len() + ORDINALS.len()`, and `i - WORDS.len()` runs only when `i >= WORDS.len()`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) const NAMES: &[(&str, Word)] = &{
    let mut out = [("", The); WORDS.len() + ORDINALS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = if i < WORDS.len() { WORDS[i] } else { ORDINALS[i - WORDS.len()] };
        i += 1;
    }
    out
};

const WORDS: &[(&str, Word)] = &[
    // Hijri months, Arabic, Urdu and Persian.
    ("محرم", H(1)),
    ("المحرم", H(1)),
    ("محرم الحرام", H(1)),
    ("صفر", H(2)),
    ("صفر الخير", H(2)),
    ("صفر المظفر", H(2)),
    ("ربيع الأول", H(3)),
    ("ربيع أول", H(3)),
    ("ربيع الأولى", H(3)),
    ("ربيع الآخر", H(4)),
    ("ربيع آخر", H(4)),
    ("ربيع الثاني", H(4)),
    ("ربيع ثاني", H(4)),
    ("ربيع الأخير", H(4)),
    ("ربيع الأنوار", H(3)),
    ("جمادى الأولى", H(5)),
    ("جمادى الأول", H(5)),
    ("جمادى أولى", H(5)),
    ("جمادى أول", H(5)),
    ("جماد الأول", H(5)),
    ("جماد الأولى", H(5)),
    ("جمادى الآخرة", H(6)),
    ("جمادى الآخر", H(6)),
    ("جمادى الثانية", H(6)),
    ("جمادى الثاني", H(6)),
    ("جمادى آخرة", H(6)),
    ("جمادى ثانية", H(6)),
    ("جمادى ثاني", H(6)),
    ("جمادى الأخرى", H(6)),
    ("جماد الآخر", H(6)),
    ("جماد الثاني", H(6)),
    ("جماد الآخرة", H(6)),
    ("رجب", H(7)),
    ("رجب المرجب", H(7)),
    ("رجب الفرد", H(7)),
    ("شعبان", H(8)),
    ("شعبان المعظم", H(8)),
    ("رمضان", H(9)),
    ("رمضان المبارك", H(9)),
    ("رمضان الكريم", H(9)),
    ("رمضان المعظم", H(9)),
    ("شوال", H(10)),
    ("شوال المكرم", H(10)),
    ("ذو القعدة", H(11)),
    ("ذي القعدة", H(11)),
    ("ذا القعدة", H(11)),
    ("ذو قعدة", H(11)),
    ("ذي قعدة", H(11)),
    ("ذو القعد", H(11)),
    ("ذي القعد", H(11)),
    ("ذو قعد", H(11)),
    ("ذي قعد", H(11)),
    ("ذو الحجة", H(12)),
    ("ذي الحجة", H(12)),
    ("ذا الحجة", H(12)),
    ("ذي حجة", H(12)),
    ("ذو حجة", H(12)),
    ("ذو الحج", H(12)),
    ("ذي الحج", H(12)),
    ("ربيع", A(3)),
    ("جمادى", A(5)),
    ("جماد", A(5)),
    // Hijri months, Latin script (English, French, Turkish, South Asian).
    ("Muharram", H(1)),
    ("Moharram", H(1)),
    ("Muharrem", H(1)),
    ("Mouharram", H(1)),
    ("Muh", H(1)),
    ("Muharram al-Haram", H(1)),
    ("Muharram ul-Haram", H(1)),
    ("Safar", H(2)),
    ("Safer", H(2)),
    ("Sefer", H(2)),
    ("Saphar", H(2)),
    ("Saf", H(2)),
    ("Safar al-Muzaffar", H(2)),
    ("Safar ul-Muzaffar", H(2)),
    ("Safar al-Khayr", H(2)),
    ("Rabi al-Awwal", H(3)),
    ("Rabi ul-Awwal", H(3)),
    ("Rabi I", H(3)),
    ("Rab. I", H(3)),
    ("Rabi Awwal", H(3)),
    ("Rabee al-Awwal", H(3)),
    ("Rabee ul-Awwal", H(3)),
    ("Rabi el-Awwal", H(3)),
    ("Rabia al-Awal", H(3)),
    ("Rabia el-Aouel", H(3)),
    ("Rabie el-Aouel", H(3)),
    ("Rabie al-Awal", H(3)),
    ("Rebi ul-Evvel", H(3)),
    ("Rabi al-Oula", H(3)),
    ("Rabi al-Thani", H(4)),
    ("Rabi al-Akhir", H(4)),
    ("Rabi al-Akhar", H(4)),
    ("Rabi al-Akher", H(4)),
    ("Rabi al-Akhirah", H(4)),
    ("Rabi ath-Thani", H(4)),
    ("Rabi us-Sani", H(4)),
    ("Rabi ul-Sani", H(4)),
    ("Rabi ul-Akhir", H(4)),
    ("Rabi ul-Thani", H(4)),
    ("Rabi II", H(4)),
    ("Rab. II", H(4)),
    ("Rabi Thani", H(4)),
    ("Rabi Akhir", H(4)),
    ("Rabee al-Thani", H(4)),
    ("Rabee al-Akhir", H(4)),
    ("Rabee ul-Akhir", H(4)),
    ("Rabee us-Sani", H(4)),
    ("Rabia al-Thani", H(4)),
    ("Rabia ath-Thani", H(4)),
    ("Rabia et-Tani", H(4)),
    ("Rabie al-Thani", H(4)),
    ("Rabi el-Thani", H(4)),
    ("Rebi ul-Ahir", H(4)),
    ("Rabi al-Sani", H(4)),
    ("Rabie al-Akhir", H(4)),
    ("Jumada al-Ula", H(5)),
    ("Jumada al-Oola", H(5)),
    ("Jumada Oola", H(5)),
    ("Jumada al-Awwal", H(5)),
    ("Jumada I", H(5)),
    ("Jum. I", H(5)),
    ("Jumada Ula", H(5)),
    ("Jumada Awwal", H(5)),
    ("Jumadi ul-Awwal", H(5)),
    ("Jumadi al-Awwal", H(5)),
    ("Jamadi ul-Awwal", H(5)),
    ("Jamadi al-Awwal", H(5)),
    ("Jumada ul-Ula", H(5)),
    ("Jumada ul-Awwal", H(5)),
    ("Joumada el-Oula", H(5)),
    ("Joumada al-Oula", H(5)),
    ("Jumada al-Uwla", H(5)),
    ("Jamadi ul-Ula", H(5)),
    ("Jumadil Awal", H(5)),
    ("Jumadal Ula", H(5)),
    ("Jumada al-Akhirah", H(6)),
    ("Jumada al-Akhir", H(6)),
    ("Jumada al-Thani", H(6)),
    ("Jumada al-Thaniyah", H(6)),
    ("Jumada al-Thania", H(6)),
    ("Jumada ath-Thaniyah", H(6)),
    ("Jumada ath-Thani", H(6)),
    ("Jumada II", H(6)),
    ("Jum. II", H(6)),
    ("Jumada Ukhra", H(6)),
    ("Jumada al-Ukhra", H(6)),
    ("Jumada al-Akhar", H(6)),
    ("Jumadi ul-Akhir", H(6)),
    ("Jumadi us-Sani", H(6)),
    ("Jumadi ul-Sani", H(6)),
    ("Jumadi al-Thani", H(6)),
    ("Jamadi ul-Akhir", H(6)),
    ("Jamadi us-Sani", H(6)),
    ("Jamadi al-Thani", H(6)),
    ("Jamadi ul-Sani", H(6)),
    ("Jumada Thani", H(6)),
    ("Jumada Akhir", H(6)),
    ("Joumada et-Thania", H(6)),
    ("Joumada ath-Thania", H(6)),
    ("Joumada al-Akhira", H(6)),
    ("Jumada al-Thaniya", H(6)),
    ("Jumada al-Sani", H(6)),
    ("Jumadil Akhir", H(6)),
    ("Jumadal Akhirah", H(6)),
    ("Jumada al-Akhira", H(6)),
    ("Rajab", H(7)),
    ("Radjab", H(7)),
    ("Raj", H(7)),
    ("Rajab al-Murajjab", H(7)),
    ("Shaban", H(8)),
    ("Sha'aban", H(8)),
    ("Chaabane", H(8)),
    ("Chaaban", H(8)),
    ("Sha", H(8)),
    ("Shaban al-Muazzam", H(8)),
    ("Shaabane", H(8)),
    ("Ramadan", H(9)),
    ("Ramadhan", H(9)),
    ("Ramazan", H(9)),
    ("Ramzan", H(9)),
    ("Ramadane", H(9)),
    ("Ram", H(9)),
    ("Ramadan al-Mubarak", H(9)),
    ("Ramadan Kareem", H(9)),
    ("Shawwal", H(10)),
    ("Shavval", H(10)),
    ("Chawwal", H(10)),
    ("Chaoual", H(10)),
    ("Shaw", H(10)),
    ("Shawwal al-Mukarram", H(10)),
    ("Chawal", H(10)),
    ("Dhu al-Qadah", H(11)),
    ("Dhu al-Qidah", H(11)),
    ("Dhu al-Qada", H(11)),
    ("Dhu al-Qida", H(11)),
    ("Dhul Qadah", H(11)),
    ("Dhul Qada", H(11)),
    ("Dhul Qaeda", H(11)),
    ("Dhul Qaidah", H(11)),
    ("Dhul Qaida", H(11)),
    ("Dhul Qidah", H(11)),
    ("Dhul Qida", H(11)),
    ("Dhul Q", H(11)),
    ("Dhu al-Qaeda", H(11)),
    ("Dhu al-Qaida", H(11)),
    ("Zul Qadah", H(11)),
    ("Zul Qada", H(11)),
    ("Zul Kaedah", H(11)),
    ("Zul Kaidah", H(11)),
    ("Zul Qaida", H(11)),
    ("Zul Qaidah", H(11)),
    ("Zil Qad", H(11)),
    ("Zi Qad", H(11)),
    ("Zul Qad", H(11)),
    ("Zil Qadah", H(11)),
    ("Thul Qadah", H(11)),
    ("Dhou el-Qida", H(11)),
    ("Dhou al-Qida", H(11)),
    ("Dhi al-Qadah", H(11)),
    ("Dhil Qadah", H(11)),
    ("Dhul Qadah", H(11)),
    ("Dhu l-Qadah", H(11)),
    ("Dhu al-Qidah", H(11)),
    ("Dhu al-Hijjah", H(12)),
    ("Dhu al-Hijja", H(12)),
    ("Dhu al-Hijah", H(12)),
    ("Dhul Hijjah", H(12)),
    ("Dhul Hijja", H(12)),
    ("Dhul H", H(12)),
    ("Zul Hijjah", H(12)),
    ("Zul Hijja", H(12)),
    ("Zil Hijjah", H(12)),
    ("Zil Hijja", H(12)),
    ("Zil Hajj", H(12)),
    ("Zul Hajj", H(12)),
    ("Dhil Hijjah", H(12)),
    ("Dhou el-Hidja", H(12)),
    ("Dhou al-Hidja", H(12)),
    ("Dhou el-Hijja", H(12)),
    ("Dhu al-Hidja", H(12)),
    ("Thul Hijjah", H(12)),
    ("Dhul Hajj", H(12)),
    ("Dhi al-Hijjah", H(12)),
    ("Dhu l-Hijjah", H(12)),
    ("Zil Hajja", H(12)),
    ("Rabi", A(3)),
    ("Rabia", A(3)),
    ("Rabee", A(3)),
    ("Jumada", A(5)),
    ("Jumadi", A(5)),
    ("Jamadi", A(5)),
    // Gregorian months, Arabic: Egypt and the Gulf, the Levant and Iraq, the Maghreb, Morocco.
    ("يناير", G(1)),
    ("كانون الثاني", G(1)),
    ("كانون ثاني", G(1)),
    ("جانفي", G(1)),
    ("فبراير", G(2)),
    ("شباط", G(2)),
    ("فيفري", G(2)),
    ("فبرير", G(2)),
    ("مارس", G(3)),
    ("آذار", G(3)),
    ("أبريل", G(4)),
    ("نيسان", G(4)),
    ("أفريل", G(4)),
    ("ابريل", G(4)),
    ("مايو", G(5)),
    ("أيار", G(5)),
    ("ماي", G(5)),
    ("يونيو", G(6)),
    ("يونيه", G(6)),
    ("حزيران", G(6)),
    ("جوان", G(6)),
    ("يونيوز", G(6)),
    ("يوليو", G(7)),
    ("يوليه", G(7)),
    ("تموز", G(7)),
    ("جويلية", G(7)),
    ("يوليوز", G(7)),
    ("أغسطس", G(8)),
    ("آب", G(8)),
    ("أوت", G(8)),
    ("غشت", G(8)),
    ("اغسطوس", G(8)),
    ("سبتمبر", G(9)),
    ("أيلول", G(9)),
    ("شتنبر", G(9)),
    ("أكتوبر", G(10)),
    ("تشرين الأول", G(10)),
    ("تشرين أول", G(10)),
    ("نوفمبر", G(11)),
    ("تشرين الثاني", G(11)),
    ("تشرين ثاني", G(11)),
    ("نونبر", G(11)),
    ("ديسمبر", G(12)),
    ("كانون الأول", G(12)),
    ("كانون أول", G(12)),
    ("دجنبر", G(12)),
    ("دسيمبر", G(12)),
    // Gregorian months, Urdu and Persian.
    ("جنوری", G(1)),
    ("ژانویه", G(1)),
    ("فروری", G(2)),
    ("فوریه", G(2)),
    ("مارچ", G(3)),
    ("اپریل", G(4)),
    ("آوریل", G(4)),
    ("مئی", G(5)),
    ("مه", G(5)),
    ("جون", G(6)),
    ("ژوئن", G(6)),
    ("جولائی", G(7)),
    ("ژوئیه", G(7)),
    ("اگست", G(8)),
    ("ستمبر", G(9)),
    ("سپتامبر", G(9)),
    ("اکتبر", G(10)),
    ("نومبر", G(11)),
    ("نوامبر", G(11)),
    ("دسمبر", G(12)),
    ("دسامبر", G(12)),
    // Gregorian months, English and French.
    ("January", G(1)),
    ("Jan", G(1)),
    ("February", G(2)),
    ("Feb", G(2)),
    ("March", G(3)),
    ("Mar", G(3)),
    ("April", G(4)),
    ("Apr", G(4)),
    ("May", G(5)),
    ("June", G(6)),
    ("Jun", G(6)),
    ("July", G(7)),
    ("Jul", G(7)),
    ("August", G(8)),
    ("Aug", G(8)),
    ("September", G(9)),
    ("Sep", G(9)),
    ("Sept", G(9)),
    ("October", G(10)),
    ("Oct", G(10)),
    ("November", G(11)),
    ("Nov", G(11)),
    ("December", G(12)),
    ("Dec", G(12)),
    ("janvier", G(1)),
    ("janv", G(1)),
    ("février", G(2)),
    ("févr", G(2)),
    ("mars", G(3)),
    ("avril", G(4)),
    ("avr", G(4)),
    ("mai", G(5)),
    ("juin", G(6)),
    ("juillet", G(7)),
    ("juil", G(7)),
    ("août", G(8)),
    ("septembre", G(9)),
    ("octobre", G(10)),
    ("novembre", G(11)),
    ("décembre", G(12)),
    ("déc", G(12)),
    // Weekdays, Monday = 0.
    ("الاثنين", D(0)),
    ("الإثنين", D(0)),
    ("اثنين", D(0)),
    ("الاتنين", D(0)),
    ("الثلاثاء", D(1)),
    ("الثلاثا", D(1)),
    ("ثلاثاء", D(1)),
    ("الأربعاء", D(2)),
    ("الاربعا", D(2)),
    ("أربعاء", D(2)),
    ("الخميس", D(3)),
    ("خميس", D(3)),
    ("الجمعة", D(4)),
    ("جمعة", D(4)),
    ("السبت", D(5)),
    ("سبت", D(5)),
    ("الأحد", D(6)),
    ("أحد", D(6)),
    ("دوشنبه", D(0)),
    ("سه شنبه", D(1)),
    ("چهار شنبه", D(2)),
    ("پنج شنبه", D(3)),
    ("شنبه", D(5)),
    ("یک شنبه", D(6)),
    ("پیر", D(0)),
    ("منگل", D(1)),
    ("بدھ", D(2)),
    ("جمعرات", D(3)),
    ("ہفتہ", D(5)),
    ("اتوار", D(6)),
    ("Monday", D(0)),
    ("Mon", D(0)),
    ("Tuesday", D(1)),
    ("Tue", D(1)),
    ("Tues", D(1)),
    ("Wednesday", D(2)),
    ("Wed", D(2)),
    ("Thursday", D(3)),
    ("Thu", D(3)),
    ("Thur", D(3)),
    ("Thurs", D(3)),
    ("Friday", D(4)),
    ("Fri", D(4)),
    ("Saturday", D(5)),
    ("Sat", D(5)),
    ("Sunday", D(6)),
    ("Sun", D(6)),
    ("lundi", D(0)),
    ("mardi", D(1)),
    ("mercredi", D(2)),
    ("jeudi", D(3)),
    ("vendredi", D(4)),
    ("samedi", D(5)),
    ("dimanche", D(6)),
    // Era marks.
    ("هـ", HijriEra),
    ("هجري", HijriEra),
    ("هجرية", HijriEra),
    ("هجرياً", HijriEra),
    ("للهجرة", HijriEra),
    ("هـ.ق", HijriEra),
    ("ه ق", HijriEra),
    ("قمری", HijriEra),
    ("هجری قمری", HijriEra),
    ("AH", HijriEra),
    ("A.H", HijriEra),
    ("H", HijriEra),
    ("Hijri", HijriEra),
    ("Hijra", HijriEra),
    ("Hijrah", HijriEra),
    ("Hegira", HijriEra),
    ("de l'Hégire", HijriEra),
    ("م", GregorianEra),
    ("ميلادي", GregorianEra),
    ("ميلادية", GregorianEra),
    ("ميلادياً", GregorianEra),
    ("للميلاد", GregorianEra),
    ("ء", GregorianEra),
    ("عيسوي", GregorianEra),
    ("مسيحي", GregorianEra),
    ("AD", GregorianEra),
    ("A.D", GregorianEra),
    ("CE", GregorianEra),
    ("C.E", GregorianEra),
    // Connectors of a pair.
    ("الموافق", Connector),
    ("موافق", Connector),
    ("الموافق ل", Connector),
    ("موافق ل", Connector),
    ("الموافق ليوم", Connector),
    ("يوافق", Connector),
    ("المصادف", Connector),
    ("المصادف ل", Connector),
    ("الموافقة", Connector),
    ("corresponding to", Connector),
    ("corresponds to", Connector),
    ("correspondant au", Connector),
    ("correspondant à", Connector),
    ("i.e", Connector),
    // Small words.
    ("من", Of),
    ("of", Of),
    ("de", Of),
    ("شهر", MonthNoun),
    // Also the dual, "the months of" (`شهري رجب وشعبان`).
    ("شهري", MonthNoun),
    ("عام", YearNoun),
    ("العام", YearNoun),
    ("لعام", YearNoun),
    ("للعام", YearNoun),
    ("سنة", YearNoun),
    ("السنة", YearNoun),
    ("لسنة", YearNoun),
    ("للسنة", YearNoun),
    ("يوم", DayNoun),
    ("يومه", DayNoun),
    ("بروز", DayNoun),
    ("المقبل", Relative),
    ("القادم", Relative),
    ("الماضي", Relative),
    ("الساعة", Clock),
    ("صباحا", Meridiem),
    ("مساء", Meridiem),
    ("مساءا", Meridiem),
    ("ص", Meridiem),
    ("the", The),
    ("غرة", FirstDay),
    ("فاتح", FirstDay),
    ("أول", FirstDay),
    ("یکم", FirstDay),
    ("حسب تقويم أم القرى", CalendarNote),
    ("حسب تقوم أم القرى", CalendarNote),
    ("بحسب تقويم أم القرى", CalendarNote),
    ("وفق تقويم أم القرى", CalendarNote),
    ("حسب التقويم الهجري", CalendarNote),
];

/// One folded entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) name: FoldedName,
    pub(crate) word: Word,
}

const COUNT: usize = NAMES.len();

/// The entries folded and sorted by first byte, at compile time.
// Proof: evaluated only at compile time (for `ENTRY_TABLE`), where an index out of bounds or
// an overflow is a compile error; `i < COUNT == NAMES.len()`, and `j - 1` runs only when
// `j > 0`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build() -> [Entry; COUNT] {
    let placeholder = Entry { name: fold_name(""), word: Word::The };
    let mut out = [placeholder; COUNT];
    let mut i = 0;
    while i < COUNT {
        out[i] = Entry { name: fold_name(NAMES[i].0), word: NAMES[i].1 };
        i += 1;
    }
    // Insertion sort by the first two bytes; stable, so the table's order is kept.
    let mut i = 1;
    while i < COUNT {
        let mut j = i;
        while j > 0 && key(&out[j - 1]) > key(&out[j]) {
            let tmp = out[j - 1];
            out[j - 1] = out[j];
            out[j] = tmp;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// The sort key of an entry: its first two folded bytes (the second is 0 for a one-letter
/// name, [`GAP`](super::fold::GAP) for a name whose first word has one letter).
const fn key(entry: &Entry) -> u16 {
    ((entry.name.bytes[0] as u16) << 8) | entry.name.bytes[1] as u16
}

/// Where the entries of each first byte start: entries `INDEX[b]..INDEX[b + 1]`.
// Proof: evaluated only at compile time (for `INDEX`), where an index out of bounds or an
// overflow is a compile error; `i < COUNT`, `k < 257`, and a count is at most `COUNT`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build_index() -> [u16; 257] {
    let mut index = [0u16; 257];
    let mut i = 0;
    while i < COUNT {
        let b = ENTRY_TABLE[i].name.bytes[0] as usize;
        let mut k = b + 1;
        while k < 257 {
            index[k] += 1;
            k += 1;
        }
        i += 1;
    }
    index
}

/// The sort keys of [`ENTRIES`], scanned before the names.
// Proof: evaluated only at compile time (for `KEYS`), where an index out of bounds or an
// overflow is a compile error; `i < COUNT`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn build_keys() -> [u16; COUNT] {
    let mut keys = [0u16; COUNT];
    let mut i = 0;
    while i < COUNT {
        keys[i] = key(&ENTRY_TABLE[i]);
        i += 1;
    }
    keys
}

/// The entries, for compile-time use (the trie, the index). A `const`, since reading a
/// `static` in a const context needs Rust 1.83 and the crate supports 1.81; it is only ever
/// read at compile time, so the array is never copied at run time.
#[allow(clippy::large_const_arrays)]
pub(crate) const ENTRY_TABLE: [Entry; COUNT] = build();
pub(crate) static ENTRIES: [Entry; COUNT] = ENTRY_TABLE;
static KEYS: [u16; COUNT] = build_keys();
static INDEX: [u16; 257] = build_index();

/// A word found in the input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Match {
    pub(crate) word: Word,
    /// Byte offset after the word and its trailing marks.
    pub(crate) end: usize,
    /// Written in Latin letters.
    pub(crate) latin: bool,
    /// Its first letter is a capital.
    pub(crate) capital: bool,
}

/// The longest known word at `start`, which must end at a word boundary, by a scan of the
/// entries that share its first byte: the trie's fallback and its reference in tests.
// Proof: a byte plus one is at most 256; `from + i` is below `to`, an entry of `INDEX`, so at
// most `COUNT`.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn word_at_scan(text: &str, start: usize, window: &Window) -> Option<Match> {
    let first = window.first()?;
    let from = usize::from(*INDEX.get(usize::from(first))?);
    let to = usize::from(*INDEX.get(usize::from(first) + 1)?);
    let mut best: Option<(usize, Word)> = None;
    // A name can match only if its second byte is the window's, a gap, or absent: a scan of
    // the group's two-byte keys finds them without touching the names.
    let second = window.second();
    let keys = KEYS.get(from..to)?;
    for (i, &key) in keys.iter().enumerate() {
        let b1 = key as u8;
        if b1 != second && b1 != super::fold::GAP && b1 != 0 {
            continue;
        }
        let Some(entry) = ENTRIES.get(from + i) else { continue };
        if !window.may_match(&entry.name) {
            continue;
        }
        if let Some(end) = window.matches(&entry.name) {
            if best.is_none_or_shorter(end) && super::fold::is_word_end(text, end) {
                best = Some((end, entry.word));
            }
        }
    }
    let (end, word) = best?;
    let c = text.get(start..)?.chars().next()?;
    let latin = (c as u32) < 0x0250;
    Some(Match {
        word,
        end: super::fold::extend_over_marks(text, end),
        latin,
        capital: latin && c.is_uppercase(),
    })
}

trait Longer {
    fn is_none_or_shorter(&self, end: usize) -> bool;
}

impl Longer for Option<(usize, Word)> {
    fn is_none_or_shorter(&self, end: usize) -> bool {
        match self {
            None => true,
            Some((e, _)) => end > *e,
        }
    }
}

/// A canonical name of a month for messages: Arabic or English, Hijri or Gregorian.
pub(crate) fn canonical(hijri: bool, month: u8, latin: bool) -> &'static str {
    use crate::names::{GregorianMonthNames, HijriMonthSpelling, Language};
    let language = if latin { Language::English } else { Language::Arabic };
    let name = if hijri {
        language.hijri_month(month, HijriMonthSpelling::Common)
    } else {
        language.gregorian_month(month, GregorianMonthNames::Egyptian)
    };
    name.unwrap_or("")
}
