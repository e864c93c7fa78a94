//! `hijri`: the command-line face of the hijri-calendar crate.
//!
//! ```text
//! cargo run --release --example hijri -- to-hijri 2020-10-01        # 1442-02-14
//! cargo run --release --example hijri -- to-gregorian 1442-02-14    # 2020-10-01
//! cargo run --release --example hijri -- to-hijri --format long --lang ar 2020-10-01
//!                                                   # الخميس 14 صفر 1442هـ
//! ```
//!
//! Each command lives in its own file under `examples/hijri/`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "hijri/cli.rs"]
mod cli;
#[path = "hijri/convert.rs"]
mod convert;
#[path = "hijri/format_args.rs"]
mod format_args;

/// Convert, read and print Hijri (Islamic) and Gregorian dates.
#[derive(Parser, Debug)]
#[command(name = "hijri", version, about, after_help = cli::AFTER_HELP)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert Gregorian ISO dates (YYYY-MM-DD) to Hijri dates, one per line.
    ToHijri(convert::ConvertArgs),
    /// Convert Hijri dates (YYYY-MM-DD) to Gregorian ISO dates, one per line.
    ToGregorian(convert::ConvertArgs),
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Command::ToHijri(args) => convert::run(convert::Direction::ToHijri, &args),
        Command::ToGregorian(args) => convert::run(convert::Direction::ToGregorian, &args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => {
            eprintln!("hijri: {err}");
            ExitCode::from(1)
        }
    }
}
