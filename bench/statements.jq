# bench/run's statement counts: $few and $many hold pg_stat_statements rows (calls, tab, normalised SQL)
# gathered over $n requests to each customer's history page. Per request, side by side, statement by statement.
def parse: [split("\n")[] | select(length > 0) | split("\t") | {calls: (.[0] | tonumber), query: (.[1:] | join("\t"))}];
def per(n): . / n * 100 | round / 100 | tostring;
def short: if length > 140 then .[0:140] + "…" else . end | gsub("\\|"; "\\|");

($few | parse) as $f | ($many | parse) as $m
| "| | 10 invoices | 10 000 invoices |",
  "|---|---|---|",
  "| **statements per request** | **\($f | map(.calls) | add | per($n))** | **\($m | map(.calls) | add | per($n))** |",
  ((($f + $m) | map(.query) | unique)[] as $q
    | "| `\($q | short)` | \([$f[] | select(.query == $q) | .calls] | add // 0 | per($n)) | \([$m[] | select(.query == $q) | .calls] | add // 0 | per($n)) |")
