-- wrk script: counts non-2xx responses in every thread and prints one machine-readable line.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f p50_us=%d p95_us=%d p99_us=%d non2xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), bad, errors,
    summary.errors.timeout
  ))
end
