# Shared by scripts/run and scripts/test: install what is missing, start a private PostgreSQL.
# Sourced, not executed.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    as_root apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Sets PG_BIN to the newest installed PostgreSQL's bin folder, installing PostgreSQL when absent.
ensure_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "Installing PostgreSQL (apt)…"
    apt_install postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
}

# initdb and postgres refuse to run as root: run them as the postgres user when we are root.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port=${1:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# start_postgres DATA_DIR PORT: initialises the cluster on first use, then starts it on 127.0.0.1 only.
start_postgres() {
  local data=$1 port=$2
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
}

stop_postgres() {
  local data=$1
  [ -f "$data/postmaster.pid" ] && as_pg_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

create_database() {
  local port=$1 name=$2
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
}

# The cluster lives in the project (git-ignored) unless the postgres user cannot reach it there,
# as when the checkout is under a private home folder; then it moves to /var/tmp.
postgres_data_dir() {
  local wanted=$1
  mkdir -p "$wanted"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$wanted/.."; then
    wanted="/var/tmp/portal-postgres-$(echo "$wanted" | sha256sum | cut -c1-12)"
  fi
  echo "$wanted"
}
