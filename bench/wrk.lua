-- wrk script for bench/load.py: optional cookie, POST body with a fresh UUID per request
-- (each quiz submission is a new attempt), and the percentiles printed in a parseable line.
local method = os.getenv("BENCH_METHOD") or "GET"
local cookie = os.getenv("BENCH_COOKIE")
local body = os.getenv("BENCH_BODY")
local csrf = os.getenv("BENCH_CSRF")

local function uuid4()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

function init(args)
  math.randomseed(os.time() + (id or 0))
end

local statuses = {}

function request()
  local headers = {}
  if cookie then headers["Cookie"] = cookie end
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    if csrf then headers["X-CSRFToken"] = csrf end
    return wrk.format("POST", nil, headers, (string.gsub(body, "{uuid}", uuid4())))
  end
  return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("BENCH %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
end
