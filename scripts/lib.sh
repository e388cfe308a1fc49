# Helpers shared by the project's scripts. Sourced, not run.

step() { printf '\n==> %s\n' "$*"; }

# Installs a Debian package when its command is missing.
apt_install() {
  if [ "${KAIROS_SKIP_INSTALL:-}" = 1 ]; then return 0; fi
  if [ -z "${KAIROS_APT_UPDATED:-}" ]; then
    apt-get update -qq >/dev/null
    export KAIROS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The wasm32 target: rustup first; Debian's rustc-web with build-std as the
# fallback when rustup cannot download it (see docs/toolchain recipes).
KAIROS_WASM_CARGO=(cargo)
KAIROS_WASM_FLAGS=()
ensure_wasm_target() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    return 0
  fi
  if [ "${KAIROS_SKIP_INSTALL:-}" != 1 ] && rustup target add wasm32-unknown-unknown; then
    return 0
  fi
  echo "rustup could not add wasm32-unknown-unknown; falling back to Debian's rustc-web" >&2
  apt_install rustc-web cargo-web rust-web-src lld-22
  KAIROS_WASM_CARGO=(env RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc /usr/bin/cargo)
  KAIROS_WASM_FLAGS=(-Zbuild-std=std,panic_abort --target-dir target/wasm-debian)
}

build_core_for_wasm() {
  "${KAIROS_WASM_CARGO[@]}" build -p kairos-core --target wasm32-unknown-unknown --locked \
    "${KAIROS_WASM_FLAGS[@]}"
}

# kairos-core must not depend on I/O, async, database or binding crates.
check_core_is_pure() {
  local tree forbidden
  tree=$(cargo tree -p kairos-core -e normal --prefix none --locked)
  forbidden=$(grep -E '^(sqlx|tokio|reqwest|pyo3|wasm-bindgen|async-std|hyper|getrandom)( |-)' <<<"$tree" || true)
  if [ -n "$forbidden" ]; then
    echo "kairos-core depends on crates it must not:" >&2
    echo "$forbidden" >&2
    return 1
  fi
  echo "kairos-core's normal dependencies are pure ($(sort -u <<<"$tree" | wc -l) crates)"
}
