# Shared by bench/run, bench/renewals, bench/faults and bench/soak (docs/performance.md): the Release build of
# the bench host (bench/Portal.Bench.Host: the portal host plus the bench endpoints), a throwaway PostgreSQL
# with pg_stat_statements, and that host started from the build. Sourced, not executed; the caller sets
# `root` (the checkout) and calls bench_init first.
# shellcheck shell=bash
source "$root/scripts/lib/common.sh"

log() { echo "$bench_name: $*" >&2; }

# bench_init NAME: a work folder (logs; secrets in a 0700 subfolder) and an EXIT trap that stops the host
# and the cluster and deletes both, also on failure.
bench_init() {
  bench_name=$1
  out="$root/bench/.out/host"
  results_dir="$root/bench/results"
  work=$(mktemp -d "/tmp/portal-$bench_name.XXXXXX")
  secrets="$work/secrets"
  (umask 077 && mkdir "$secrets")
  pg_data=""
  host_pid=""
  trap bench_cleanup EXIT
}

bench_cleanup() {
  stop_host
  if [ "${BENCH_KEEP:-}" = 1 ]; then
    log "BENCH_KEEP=1: PostgreSQL left running on port ${pg_port:-?} (data in ${pg_data:-none}), work folder $work"
    return
  fi
  [ -n "$pg_data" ] && stop_postgres "$pg_data"
  [ -n "$pg_data" ] && rm -rf "$pg_data"
  rm -rf "$work"
}

# bench_build: dotnet publish -c Release of the bench host into bench/.out/host, unless BENCH_SKIP_BUILD=1
# and a build is there.
bench_build() {
  if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f "$out/Portal.Bench.Host.dll" ]; then
    log "publishing bench/Portal.Bench.Host (Release) to bench/.out/host"
    dotnet publish "$root/bench/Portal.Bench.Host" -c Release -o "$out" --nologo -v q >"$work/publish.log" 2>&1 \
      || { cat "$work/publish.log" >&2; exit 1; }
  fi
}

# bench_postgres: a throwaway cluster with pg_stat_statements and an empty database `portal`; sets PG_BIN,
# pg_data, pg_port and portal_db_oid, and defines psql_on DATABASE ARGS….
bench_postgres() {
  ensure_postgres
  pg_data=$(mktemp -d "/tmp/portal-$bench_name-pg.XXXXXX")
  start_postgres "$pg_data"
  pg_port=$PG_PORT
  # start_postgres takes no extra settings: preloading is a restart away (ALTER SYSTEM, then start again).
  psql_on postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" >/dev/null
  stop_postgres "$pg_data"
  start_postgres "$pg_data" "$pg_port"
  pg_port=$PG_PORT
  psql_on postgres -c "CREATE EXTENSION pg_stat_statements" >/dev/null
  create_database "$pg_port" portal
  portal_db_oid=$(psql_on postgres -c "SELECT oid FROM pg_database WHERE datname = 'portal'")
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_data)"
}

psql_on() { "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qtAX -d "$@"; }

# start_host seed|measure [NAME=VALUE…]: the published bench host on a free port in Development, a fresh
# random key-encryption key per run (never printed), logs at Warning and the license rate limits out of
# the way (wrk is one client hammering one key); background work (Hangfire server,
# outbox relay) runs only with `seed`. Sets base and host_pid; waits until /health/ready answers.
start_host() {
  local background=false
  [ "$1" = seed ] && background=true
  shift
  [ -n "${host_port:-}" ] || host_port=$(free_port 5180)
  base="http://127.0.0.1:$host_port"
  [ -n "${kek:-}" ] || kek=$(head -c 32 /dev/urandom | base64)
  (
    cd "$out"
    exec env ASPNETCORE_ENVIRONMENT=Development \
      Logging__LogLevel__Default=Warning \
      ConnectionStrings__Portal="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=portal" \
      DataProtection__KeyEncryptionKey="$kek" \
      Portal__LiveBaseUrl="$base" Portal__TestBaseUrl="$base/test" \
      Jobs__RunServer=$background Outbox__RelayInBackground=$background \
      Licensing__RateLimits__ValidatePerKeyAndAddress=1000000000 Licensing__RateLimits__PerAddress=1000000000 \
      "$@" dotnet Portal.Bench.Host.dll --urls "$base"
  ) >>"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    if curl -sf -o /dev/null "$base/health/ready"; then return 0; fi
    if ! kill -0 "$host_pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  tail -n 40 "$work/host.log" >&2
  log "the host did not become ready"
  exit 1
}

# sign_in CUSTOMER_ID NAME: the customer's way in (API link, then the confirm form with its antiforgery
# token) on $base with the API key in $secrets/api-header; leaves "Cookie: portal_test=…" in $secrets/NAME.cookie.
sign_in() {
  local link
  link=$(curl -sf -X POST -H "@$secrets/api-header" "$base/customers/$1/customer-portal/session" | jq -r .link)
  confirm_link "$link" "$2"
}

# antiforgery_token URL JAR: the form token of the page at URL, its cookie kept in JAR.
antiforgery_token() {
  curl -sf -c "$2" -b "$2" "$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//'
}

# confirm_link LINK NAME: opens a sign-in link and presses its confirm button; leaves "Cookie: portal_test=…"
# in $secrets/NAME.cookie.
confirm_link() {
  local link=$1 name=$2 jar="$secrets/$2.jar" token status
  token=$(antiforgery_token "$link" "$jar")
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" "$link")
  [ "$status" = 302 ] || { log "signing $name in answered $status, not 302"; exit 1; }
  (umask 077 && awk '$6 == "portal_test" { print "Cookie: portal_test=" $7 }' "$jar" >"$secrets/$name.cookie")
  [ -s "$secrets/$name.cookie" ] || { log "no portal_test cookie for $name"; exit 1; }
}

stop_host() {
  if [ -n "$host_pid" ]; then
    kill "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
    host_pid=""
  fi
}

# machine_line: cores, CPU, memory, SDK and PostgreSQL versions, for the reports.
machine_line() {
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(dotnet --version | sed 's/^/.NET SDK /'), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')"
}
