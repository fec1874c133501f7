-- One wrk script for every endpoint, so that every run reports the same way.
-- wrk ... -s users.lua URL -- MODE USERS PREFIX
--   MODE   lookup: GET /users/{random id from 1 to USERS}; page: GET /users?limit=100;
--          create: POST /users, each with an email no other request of the run uses
--   PREFIX unique to this wrk run, so that creates of different runs never collide

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local mode, users, prefix
local created = 0
function init(args)
  mode, users, prefix = args[1], tonumber(args[2]), args[3]
  math.randomseed(thread_id)
end

local json = { ["Content-Type"] = "application/json" }
function request()
  if mode == "lookup" then
    return wrk.format("GET", "/users/" .. math.random(users))
  elseif mode == "page" then
    return wrk.format("GET", "/users?limit=100")
  end
  created = created + 1
  local email = string.format("%s-%d-%d@example.com", prefix, thread_id, created)
  return wrk.format("POST", "/users", json, '{"name":"Bench User","email":"' .. email .. '"}')
end

-- One line for the benchmark to read: requests, microseconds, p99 in microseconds, errors.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
