-- Loaded by bench/run into every wrk run. Sends the session cookie from the environment (so it never
-- appears on a command line), POSTs the JSON body of BENCH_BODY_FILE when given (a license key stays in
-- the file; /dev/null for an empty POST), and prints one machine-readable line instead of wrk's rounded summary.
local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

-- BENCH_COOKIES_FILE: one cookie per line; each request carries the next one (each thread starts at its
-- own place), so the requests are spread over every customer signed in. Each thread formats its requests
-- once, at its first (after the headers and body below are set): formatting one per request cost wrk
-- 37-42 µs of CPU per request against 23-30 µs for a fixed one (measured on a stub server), CPU the host,
-- sharing the two cores, went without; formatted once, 27-28 µs.
local cookies_file = os.getenv("BENCH_COOKIES_FILE")
if cookies_file ~= nil and cookies_file ~= "" then
  local cookies = {}
  for line in io.lines(cookies_file) do
    cookies[#cookies + 1] = line
  end
  local threads = 0
  setup = function(thread)
    thread:set("first_cookie", threads * 7919)
    threads = threads + 1
  end
  local formatted = nil
  local next_cookie = nil
  request = function()
    if formatted == nil then
      formatted = {}
      for i, cookie in ipairs(cookies) do
        wrk.headers["Cookie"] = cookie
        formatted[i] = wrk.format()
      end
    end
    next_cookie = ((next_cookie or first_cookie or 0) % #cookies) + 1
    return formatted[next_cookie]
  end
end

-- BENCH_HEADER_FILE: "Name: value" lines to send (an API key stays in the file).
local header_file = os.getenv("BENCH_HEADER_FILE")
if header_file ~= nil and header_file ~= "" then
  for line in io.lines(header_file) do
    local name, value = line:match("^([^:]+):%s*(.*)$")
    if name ~= nil then
      wrk.headers[name] = value
    end
  end
end

local body_file = os.getenv("BENCH_BODY_FILE")
if body_file ~= nil and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
end

-- BENCH_RATE (requests/s over all connections): each connection waits its share of a second between a
-- response and its next request, so the load is paced at most at that rate (a closed loop: wrk2 is not
-- packaged here). Fractions of a millisecond are carried over so the average wait is exact.
local rate = tonumber(os.getenv("BENCH_RATE") or "")
local connections = tonumber(os.getenv("BENCH_CONNECTIONS") or "")
if rate ~= nil and rate > 0 then
  local wait = 1000 * connections / rate
  local carried = 0
  delay = function()
    local due = wait + carried
    local whole = math.floor(due)
    carried = due - whole
    return whole
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p99_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
