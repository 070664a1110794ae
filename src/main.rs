//! The `coropy` command line: `coropy run FILE`, `coropy FILE`, `coropy -c CODE`.

use std::io::Read;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use coropy::{ClockKind, ErrorFormat, RunOptions};

/// mimalloc: the interpreter allocates many small short-lived objects (frames,
/// coroutines, strings), where it is markedly faster than the system allocator. Built
/// as mimalloc v2 (Cargo feature `v2`): v3's `mi_malloc_aligned`, which Rust calls for
/// every allocation, over-allocates non-power-of-two sizes whenever a page's free list
/// runs empty (a 96-byte coroutine took a 112-byte block), where v2 takes its regular
/// path for alignments up to 16.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "coropy",
    version,
    about = "An interpreter for asyncio-style Python scripts"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (`-` reads the program from standard input).
    Run(RunArgs),
}

#[derive(clap::Args, Default)]
struct RunArgs {
    /// Event loop clock: real time, or virtual (sleeps finish instantly).
    #[arg(long, value_enum, default_value_t = Clock::Real)]
    clock: Clock,
    /// How an error ending the program is printed on stderr: CPython-style text, or
    /// miette's JSON report (for tools).
    #[arg(long, value_enum, default_value_t = ErrorFormatArg::Human)]
    error_format: ErrorFormatArg,
    /// The script and its arguments (sys.argv).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum, Default)]
enum Clock {
    #[default]
    Real,
    Virtual,
}

#[derive(Clone, Copy, ValueEnum, Default)]
enum ErrorFormatArg {
    #[default]
    Human,
    Json,
}

/// Rust stack for the interpreter thread: deep Python recursion is bounded by the
/// recursion limit long before this is exhausted.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (run, code) = match cli.command {
        Some(Command::Run(r)) => (r, None),
        None => (cli.run, cli.code),
    };
    let opts = RunOptions {
        clock: match run.clock {
            Clock::Real => ClockKind::Real,
            Clock::Virtual => ClockKind::Virtual,
        },
        error_format: match run.error_format {
            ErrorFormatArg::Human => ErrorFormat::Human,
            ErrorFormatArg::Json => ErrorFormat::Json,
        },
    };
    let (path, text, argv) = match code {
        Some(c) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(run.args);
            ("<string>".to_string(), c, argv)
        }
        None => {
            let Some(file) = run.args.first().cloned() else {
                eprintln!("coropy: no program given (try `coropy run FILE` or `coropy --help`)");
                return ExitCode::from(2);
            };
            let text = if file == "-" {
                let mut s = String::new();
                if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                    eprintln!("coropy: cannot read standard input: {e}");
                    return ExitCode::from(2);
                }
                s
            } else {
                match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("coropy: can't open file '{file}': {e}");
                        return ExitCode::from(2);
                    }
                }
            };
            // Like CPython 3.9+, the main script's path is made absolute.
            let path = if file == "-" {
                "<stdin>".to_string()
            } else {
                std::path::absolute(&file)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(file)
            };
            (path, text, run.args)
        }
    };
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || coropy::run_program(&path, &text, argv, &opts))
        .expect("spawn the interpreter thread");
    match handle.join() {
        Ok(status) => ExitCode::from(status.clamp(0, 255) as u8),
        Err(_) => ExitCode::from(101),
    }
}
