-- wrk script for bench/dashboard.sh: 20 signed-in reviewers, each connection with its own session
-- cookie, alternating the morning queue and one of the reviewer's own alerts. Reads bench sessions from
-- the file named by SESSIONS (lines: cookie-token alert-id alert-id ...) and the queue path from QUEUE.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
   local fields = {}
   for field in line:gmatch("%S+") do table.insert(fields, field) end
   local token = table.remove(fields, 1)
   table.insert(sessions, { token = token, alerts = fields })
end
local queue = os.getenv("QUEUE") or "/alerts"
local next_thread = 0
local threads = {}

function setup(thread)
   thread:set("id", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local counter = 0
function init(args)
   counter = id
end

function request()
   counter = counter + 1
   local session = sessions[(counter % #sessions) + 1]
   local path = queue
   if counter % 2 == 0 then
      path = "/alerts/" .. session.alerts[(math.floor(counter / 2) % #session.alerts) + 1]
   end
   return wrk.format("GET", path, { ["Cookie"] = "__Host-vigil_session=" .. session.token })
end

function done(summary, latency, requests)
   io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
      "errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
      summary.errors.timeout))
end
