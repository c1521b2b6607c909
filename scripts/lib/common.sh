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

# The first port a private cluster tries. Below Linux's ephemeral range (32768–60999), which the kernel
# hands out as local ports to outgoing connections: there, a port no one listens on can still be held
# by a client socket, and the bind fails.
POSTGRES_FIRST_PORT=25500

# free_port [FROM]: the first port from FROM where nothing listens on 127.0.0.1.
free_port() {
  local port=${1:-$POSTGRES_FIRST_PORT}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# start_postgres DATA_DIR [FIRST_PORT]: initialises the cluster on first use, then starts it on 127.0.0.1
# only, on the first free port from FIRST_PORT (POSTGRES_FIRST_PORT by default). A port taken between
# that check and PostgreSQL's bind is skipped for the next one. Sets PG_PORT.
start_postgres() {
  local data=$1 port=${2:-$POSTGRES_FIRST_PORT} attempt
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(free_port "$port")
    if as_pg_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null; then
      PG_PORT=$port
      return 0
    fi
    # Only a port someone else holds is worth another try; any other failure is reported as it is.
    case "$(tail -n 5 "$data/server.log")" in
      *"Address already in use"*) ;;
      *) tail -n 20 "$data/server.log" >&2; return 1 ;;
    esac
    echo "Port $port is in use after all; trying the next one (attempt $attempt)." >&2
    port=$((port + 1))
  done
  echo "PostgreSQL found no port to listen on from ${2:-$POSTGRES_FIRST_PORT} to $((port - 1)); see $data/server.log." >&2
  return 1
}

# start_throwaway_postgres NAME: a new cluster in a new /tmp/NAME.XXXXXX folder, stopped and deleted when
# the script exits, however it exits, even when the start itself fails (the EXIT trap is set first).
# Replaces the script's EXIT trap. Sets PG_DATA and PG_PORT.
start_throwaway_postgres() {
  PG_DATA=$(mktemp -d "/tmp/$1.XXXXXX")
  trap 'stop_postgres "$PG_DATA"; rm -rf "$PG_DATA"' EXIT
  chmod 755 "$PG_DATA"
  start_postgres "$PG_DATA"
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
