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

# A throw-away PostgreSQL server on a private port and socket directory,
# stopped by stop_postgres (the caller traps it). Exports
# KAIROS_TEST_DATABASE_URL for the store conformance suite.
KAIROS_PG_DIR=""
start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  if [ ! -x "$bin/initdb" ]; then
    apt_install postgresql-15
  fi
  KAIROS_PG_DIR=$(mktemp -d)
  chown postgres "$KAIROS_PG_DIR"
  su postgres -c "$bin/initdb -D $KAIROS_PG_DIR/data -A trust -U postgres" >/dev/null
  # The first free port from 55432 on (another run may hold one).
  local port started=""
  for port in $(seq "${KAIROS_PG_PORT:-55432}" 55462); do
    if su postgres -c "$bin/pg_ctl -D $KAIROS_PG_DIR/data -l $KAIROS_PG_DIR/log -w start \
         -o '-p $port -k $KAIROS_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200'" >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  if [ -z "$started" ]; then
    cat "$KAIROS_PG_DIR/log" >&2
    echo "could not start PostgreSQL on any port from 55432 to 55462" >&2
    return 1
  fi
  export KAIROS_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL 15 running for the tests at $KAIROS_TEST_DATABASE_URL"
}

stop_postgres() {
  if [ -n "$KAIROS_PG_DIR" ] && [ -d "$KAIROS_PG_DIR/data" ]; then
    su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D $KAIROS_PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$KAIROS_PG_DIR"
    KAIROS_PG_DIR=""
  fi
}

# Debian's Chromium, for the browser tests (playwright-core drives it; its
# own browser downloads cannot work here).
ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    apt_install chromium
  fi
}

# npm packages of a folder, from its lockfile; skipped when already there.
ensure_node_modules() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The wasm-bindgen CLI of exactly the version Cargo.lock pins for the crate
# (the two must match byte for byte in their schema).
ensure_wasm_bindgen_cli() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$have" = "$want" ]; then return 0; fi
  if [ "${KAIROS_SKIP_INSTALL:-}" = 1 ]; then
    echo "wasm-bindgen $want is needed (found ${have:-none})" >&2
    return 1
  fi
  step "installing wasm-bindgen-cli $want (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$want" --locked \
    || cargo install wasm-bindgen-cli --version "$want"
}

# The kairos_core wheel (release, stripped) in target/wheels, built with a
# maturin kept in target/py-tools.
build_python_wheel() {
  if [ ! -x target/py-tools/bin/maturin ]; then
    python3 -m venv target/py-tools
    target/py-tools/bin/pip install -q --upgrade pip maturin
  fi
  rm -f target/wheels/kairos_core-*.whl
  target/py-tools/bin/maturin build --release --strip -q -m kairos-py/Cargo.toml -o target/wheels >&2
}

# A new virtual environment at $1 with the wheel, pytest and mypy installed
# from scratch (the check that `pip install` of the wheel works); prints its path.
fresh_python_venv() {
  local venv=$1
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q target/wheels/kairos_core-*.whl pytest mypy >&2
  echo "$venv"
}
