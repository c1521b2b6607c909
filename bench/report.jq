# bench/run's throughput table: $runs holds one tab-separated line per wrk run
# (round, target, requests, duration µs, p50 µs, p99 µs, load average). Every ratio is taken inside one
# round, against the baselines measured in that same round; the table shows the median across rounds and
# the spread (lowest–highest).
def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def fixed(n): . * pow(10; n) | round / pow(10; n) | tostring;
def stat(n): "\(map(.) | median | fixed(n)) (\(min | fixed(n))–\(max | fixed(n)))";
def names: ["json", "fortunes", "history_10", "history_10000", "pdf", "validate"];
def title: {json: "`/bench/json`", fortunes: "`/bench/fortunes`", history_10: "history, 10 invoices", history_10000: "history, 10 000 invoices", pdf: "invoice PDF", validate: "`POST /licenses/validate`"}[.];

[$runs | split("\n")[] | select(length > 0) | split("\t")
  | {round: .[0], name: .[1], requests: (.[2] | tonumber), rps: ((.[2] | tonumber) * 1e6 / (.[3] | tonumber)),
     p50: ((.[4] | tonumber) / 1000), p99: ((.[5] | tonumber) / 1000)}] as $rows
| ($rows | group_by(.round) | map({key: .[0].round, value: (map({key: .name, value: .}) | from_entries)}) | from_entries) as $byRound
| [$rows[] | . + {fortunes: (.rps / $byRound[.round].fortunes.rps), json: (.rps / $byRound[.round].json.rps)}] as $rated
| "## Throughput and latency",
  "",
  "Median of \($byRound | length) rounds, spread (lowest–highest) in brackets; ratios are requests/s over the baseline's requests/s in the same round. Every run: 0 socket errors, 0 responses ≥ 400, every response the size of a 200.",
  "",
  "| target | requests/s | p50 ms | p99 ms | × fortunes | × json |",
  "|---|---|---|---|---|---|",
  (names[] as $n | [$rated[] | select(.name == $n)] as $r
    | "| \($n | title) | \($r | map(.rps) | stat(0)) | \($r | map(.p50) | stat(2)) | \($r | map(.p99) | stat(2)) | \($r | map(.fortunes) | stat(3)) | \($r | map(.json) | stat(3)) |"),
  "",
  ([$byRound[] | {p50: (.history_10000.p50 / .history_10.p50), p99: (.history_10000.p99 / .history_10.p99), rps: (.history_10000.rps / .history_10.rps)}] as $h
    | "History with 10 000 invoices over history with 10, same round: p50 latency × \($h | map(.p50) | stat(2)), p99 latency × \($h | map(.p99) | stat(2)), requests/s × \($h | map(.rps) | stat(2))."),
  "",
  "### Every run",
  "",
  "| round | target | requests | requests/s | p50 ms | p99 ms |",
  "|---|---|---|---|---|---|",
  ($rows[] | "| \(.round) | \(.name | title) | \(.requests) | \(.rps | fixed(0)) | \(.p50 | fixed(2)) | \(.p99 | fixed(2)) |")
