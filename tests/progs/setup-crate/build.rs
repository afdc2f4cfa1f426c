// Link against the sftrace runtime: its directory is SFTRACE_DYLIB_DIR if
// set, otherwise the directory of the file `sftrace record --print-solib`
// prints (the `sftrace` found on PATH). The binary then has DT_NEEDED
// libsftrace.so (and no run path: `sftrace record` or LD_LIBRARY_PATH
// makes it loadable).
use std::path::{Path, PathBuf};
use std::process::Command;

fn solib_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SFTRACE_DYLIB_DIR") {
        return PathBuf::from(dir);
    }
    let out = match Command::new("sftrace").args(["record", "--print-solib"]).output() {
        Ok(out) => out,
        Err(e) => panic!("sftrace-setup: cannot run `sftrace record --print-solib` ({e}); put sftrace on PATH or set SFTRACE_DYLIB_DIR"),
    };
    if !out.status.success() {
        panic!(
            "sftrace-setup: `sftrace record --print-solib` failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let path = String::from_utf8(out.stdout).expect("sftrace-setup: non-UTF-8 solib path");
    let path = Path::new(path.trim());
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => panic!("sftrace-setup: `sftrace record --print-solib` printed '{}'", path.display()),
    }
}

fn main() {
    println!("cargo::rerun-if-env-changed=SFTRACE_DYLIB_DIR");
    println!("cargo::rerun-if-env-changed=PATH");
    let dir = solib_dir();
    println!("cargo::rustc-link-search=native={}", dir.display());
    println!("cargo::rustc-link-lib=dylib=sftrace");
}
