# bench/run's throughput table: $runs holds one tab-separated line per target and round (round, target,
# requests, duration µs, p50 µs, p99 µs, load average, then requests, duration µs, p50 µs and p99 µs of the
# run paced at half that rate); $nocache the cache-off round (nocache, target, requests, duration µs, p50 µs,
# p99 µs); $rss the host's peak resident memory per round (round, KiB). Every ratio is taken inside one
# round, against the baselines measured in that same round; the table shows the median across rounds and
# the spread (lowest–highest).
def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def fixed(n): . * pow(10; n) | round / pow(10; n) | tostring;
def stat(n): "\(map(.) | median | fixed(n)) (\(min | fixed(n))–\(max | fixed(n)))";
def names: ["json", "fortunes", "overview", "overview_crowd", "history_10", "history_twin", "history_10000", "history_crowd", "subscriptions", "pdf", "validate", "session_api"];
def title: {json: "`/bench/json`", fortunes: "`/bench/fortunes`", overview: "portal overview", overview_crowd: "portal overview, crowd", history_10: "history, 10 invoices", history_twin: "history twin (raw Npgsql), 10 invoices", history_10000: "history, 10 000 invoices", history_crowd: "history, crowd (100 invoices each)", subscriptions: "subscriptions page, crowd (100 each)", pdf: "invoice PDF", validate: "`POST /licenses/validate`", session_api: "`POST /customers/{id}/customer-portal/session`"}[.];

[$runs | split("\n")[] | select(length > 0) | split("\t")
  | {round: .[0], name: .[1], requests: (.[2] | tonumber), rps: ((.[2] | tonumber) * 1e6 / (.[3] | tonumber)),
     p50: ((.[4] | tonumber) / 1000), p99: ((.[5] | tonumber) / 1000),
     half_rps: ((.[7] | tonumber) * 1e6 / (.[8] | tonumber)), half_p50: ((.[9] | tonumber) / 1000), half_p99: ((.[10] | tonumber) / 1000)}] as $rows
| ($rows | group_by(.round) | map({key: .[0].round, value: (map({key: .name, value: .}) | from_entries)}) | from_entries) as $byRound
| [$rows[] | . + {fortunes: (.rps / $byRound[.round].fortunes.rps), json: (.rps / $byRound[.round].json.rps)}] as $rated
| "## Throughput and latency",
  "",
  "Median of \($byRound | length) rounds, spread (lowest–highest) in brackets; ratios are requests/s over the baseline's requests/s in the same round. Every run: 0 socket errors, 0 responses ≥ 400, every response the size of a 200.",
  "",
  "p50 and p99 are measured twice: at full load (16 connections as fast as they go), and paced at half the requests/s that run reached (each connection waits its share between a response and its next request; wrk2 is not packaged here).",
  "",
  "| target | requests/s | × fortunes | × json | p50 ms | p99 ms | paced at half: requests/s | p50 ms | p99 ms |",
  "|---|---|---|---|---|---|---|---|---|",
  (names[] as $n | [$rated[] | select(.name == $n)] as $r
    | "| \($n | title) | \($r | map(.rps) | stat(0)) | \($r | map(.fortunes) | stat(3)) | \($r | map(.json) | stat(3)) | \($r | map(.p50) | stat(2)) | \($r | map(.p99) | stat(2)) | \($r | map(.half_rps) | stat(0)) | \($r | map(.half_p50) | stat(2)) | \($r | map(.half_p99) | stat(2)) |"),
  "",
  ([$rss | split("\n")[] | select(length > 0) | split("\t") | (.[1] | tonumber) / 1024] | "Host peak resident memory (VmHWM) per round: \(map(fixed(0) + " MiB") | join(", "))."),
  "",
  ([$nocache | split("\n")[] | select(length > 0) | split("\t")
    | {name: .[1], rps: ((.[2] | tonumber) * 1e6 / (.[3] | tonumber)), p50: ((.[4] | tonumber) / 1000), p99: ((.[5] | tonumber) / 1000)}] as $off
   | ($off | map(select(.name == "fortunes"))[0].rps) as $f
   | "### The same pages with the read cache off (ADR 0019)",
     "",
     "One extra round, host started with `ReadCache__Enabled=false`: every read goes to PostgreSQL.",
     "",
     "| target | requests/s | × fortunes | p50 ms | p99 ms |",
     "|---|---|---|---|---|",
     ($off[] | "| \(.name | title) | \(.rps | fixed(0)) | \(.rps / $f | fixed(3)) | \(.p50 | fixed(2)) | \(.p99 | fixed(2)) |")),
  "",
  ([$byRound[] | .history_10.rps / .history_twin.rps] | "History (10 invoices) over its hand-written twin, same round: requests/s × \(stat(2))."),
  "",
  ([$byRound[] | {p50: (.history_10000.p50 / .history_10.p50), p99: (.history_10000.p99 / .history_10.p99), rps: (.history_10000.rps / .history_10.rps)}] as $h
    | "History with 10 000 invoices over history with 10, same round: p50 latency × \($h | map(.p50) | stat(2)), p99 latency × \($h | map(.p99) | stat(2)), requests/s × \($h | map(.rps) | stat(2))."),
  "",
  "### Every run",
  "",
  "| round | target | requests | requests/s | p50 ms | p99 ms | half: requests/s | p50 ms | p99 ms |",
  "|---|---|---|---|---|---|---|---|---|",
  ($rows[] | "| \(.round) | \(.name | title) | \(.requests) | \(.rps | fixed(0)) | \(.p50 | fixed(2)) | \(.p99 | fixed(2)) | \(.half_rps | fixed(0)) | \(.half_p50 | fixed(2)) | \(.half_p99 | fixed(2)) |")
