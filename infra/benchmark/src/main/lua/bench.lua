-- What every scenario script shares: the clock, the measured window, per-request-type latency histograms, the
-- per-second timeline, pacing, and the result file each wrk thread writes.
--
-- wrk runs with one connection per thread (-t N -c N), so in each thread request() and response() strictly
-- alternate: the request being answered is always the one this thread sent last. The scenario script builds
-- requests with bench.send(...) and lets bench.response(...) time and classify the answer.
--
-- The orchestrator (infra/benchmark, Java) passes everything through the environment:
--   BENCH_SEED             Lua file with the ids and tokens of the seeded portfolio
--   BENCH_OUT_DIR          where each thread writes thread-<n>.json and done() writes summary.json
--   BENCH_MEASURE_START_US start of the counted window, CLOCK_MONOTONIC microseconds (Java's System.nanoTime
--   BENCH_MEASURE_END_US   reads the same clock); requests started in [start, end) are counted
--   BENCH_THREADS          the number of wrk threads (= connections)
--   BENCH_RUN_INDEX        distinguishes the wrk runs of one benchmark (names, random seeds)
--   BENCH_INVOICE_SLOT_BASE first invoice slot of this run (operators-day.lua)
--   BENCH_RATE             optional: total requests per second over all threads; paces each connection
local ffi = require("ffi")

ffi.cdef [[
struct bench_timespec { long tv_sec; long tv_nsec; };
int clock_gettime(int clock_id, struct bench_timespec *tp);
]]

local bench = {}

local CLOCK_MONOTONIC = 1
-- Latency histogram buckets grow by 1 % each: bucket i holds latencies in [1.01^i, 1.01^(i+1)) microseconds,
-- so a percentile read from it is within 0.5 % of the true value. The Java side uses the same ratio.
local LOG_BUCKET_RATIO = math.log(1.01)

local timespec = ffi.new("struct bench_timespec")

local function now_us()
    ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
    return tonumber(timespec.tv_sec) * 1000000 + math.floor(tonumber(timespec.tv_nsec) / 1000)
end

local function required_env(name)
    local value = os.getenv(name)
    if value == nil or value == "" then
        error("environment variable " .. name .. " is not set; run the scenarios through infra/benchmark/run.sh")
    end
    return value
end

local measure_start_us = tonumber(required_env("BENCH_MEASURE_START_US"))
local measure_end_us = tonumber(required_env("BENCH_MEASURE_END_US"))
local out_dir = required_env("BENCH_OUT_DIR")
bench.run_index = tonumber(os.getenv("BENCH_RUN_INDEX") or "0")
bench.thread_count = tonumber(required_env("BENCH_THREADS"))
local total_rate = tonumber(os.getenv("BENCH_RATE") or "")

-- setup() runs in wrk's main Lua state once per thread, before that thread's init(): it numbers the threads.
local threads_set_up = 0
function setup(thread)
    threads_set_up = threads_set_up + 1
    thread:set("thread_number", threads_set_up)
end

-- The per-thread figures, written to thread-<n>.json once the window has closed.
local result = {
    types = {},            -- name -> {kind, route, requests, ok, lagged, not_sent, errors = {status -> n}, hist, max_us, sum_us}
    seconds = {},          -- second since the window opened (negative: warm-up) ->
                           -- {requests, errors, lagged, not_sent, read_hist, write_hist}
    responses = 0,         -- every answer this thread received, warm-up included: compared with wrk's own count
    substitutes = 0,       -- answers to requests sent in place of a write that could not be sent (see not_sent)
    resent = 0,            -- requests wrk asked for again before an answer (see bench.request)
    counters = {},         -- free-form numbers a scenario reports (e.g. the last invoice slot it used)
}
local flushed = false
local pending = nil        -- the request on the wire: {type, text, started_us, counted, on_answer}
local next_send_us = nil   -- pacing: when this connection's next request is due
local connection_interval_us = nil

-- Scenario scripts describe their request types: kind ("read" or "write") and the route, for the report.
function bench.describe(types)
    for name, description in pairs(types) do
        result.types[name] = {
            kind = description.kind, route = description.route,
            requests = 0, ok = 0, lagged = 0, not_sent = 0, errors = {}, hist = {}, max_us = 0, sum_us = 0,
        }
    end
end

-- 1 .. BENCH_THREADS; a global that setup() gave this thread's Lua state.
function bench.thread_number()
    return thread_number
end

function bench.set_counter(name, value)
    result.counters[name] = value
end

local function in_window(started_us)
    return started_us >= measure_start_us and started_us < measure_end_us
end

local function add_to_histogram(hist, latency_us)
    local bucket = math.floor(math.log(math.max(latency_us, 1)) / LOG_BUCKET_RATIO)
    hist[bucket] = (hist[bucket] or 0) + 1
end

local function second_of(time_us)
    local second = math.floor((time_us - measure_start_us) / 1000000)
    local entry = result.seconds[second]
    if entry == nil then
        entry = { requests = 0, errors = 0, lagged = 0, not_sent = 0, read_hist = {}, write_hist = {} }
        result.seconds[second] = entry
    end
    return entry
end

-- wrk asks for the next request with request(); scenario scripts answer through bench.request(next_request),
-- where next_request() builds one with bench.send(...). wrk asks again without an answer in between when its
-- write did not go out (the socket was not ready) or the connection broke: then the same request is sent again
-- rather than the scenario moving on, so that its state (the invoice to submit, ...) is not lost.
function bench.request(next_request)
    if pending ~= nil then
        result.resent = result.resent + 1
        pending.started_us = now_us()
        pending.counted = in_window(pending.started_us)
        return pending.text
    end
    return next_request()
end

-- Builds the HTTP request and remembers what it is. body may be nil; token is a bearer token.
function bench.send(type_name, method, path, token, body, on_answer)
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
    if body ~= nil then
        headers["Content-Type"] = "application/json"
    end
    local text = wrk.format(method, path, headers, body)
    local started_us = now_us()
    pending = { type = type_name, text = text, started_us = started_us, counted = in_window(started_us),
                on_answer = on_answer }
    return text
end

-- A write whose precondition is missing (its entity was not created because an earlier request failed) is not
-- sent; it counts as not sent for its type, and the substitute request sent instead counts nowhere.
function bench.not_sent(type_name)
    local now = now_us()
    local second = second_of(now)
    second.not_sent = second.not_sent + 1
    if in_window(now) then
        local stats = result.types[type_name]
        stats.not_sent = stats.not_sent + 1
    end
end

function bench.send_substitute(path, token)
    return bench.send("__substitute", "GET", path, token, nil, nil)
end

local function write_file(path, text)
    local file = assert(io.open(path, "w"))
    file:write(text)
    file:close()
end

local function json_string(text)
    return '"' .. text:gsub('[%c"\\]', function(character)
        return string.format("\\u%04x", string.byte(character))
    end) .. '"'
end

-- Minimal JSON: objects with string or number keys, numbers, strings, booleans.
local function encode(value, out)
    local value_type = type(value)
    if value_type == "table" then
        out[#out + 1] = "{"
        local first = true
        for key, item in pairs(value) do
            if not first then
                out[#out + 1] = ","
            end
            first = false
            out[#out + 1] = json_string(tostring(key))
            out[#out + 1] = ":"
            encode(item, out)
        end
        out[#out + 1] = "}"
    elseif value_type == "number" then
        if value == math.floor(value) then
            out[#out + 1] = string.format("%d", value)
        else
            out[#out + 1] = string.format("%.6f", value)
        end
    elseif value_type == "string" then
        out[#out + 1] = json_string(value)
    elseif value_type == "boolean" then
        out[#out + 1] = tostring(value)
    else
        out[#out + 1] = "null"
    end
end

local function to_json(value)
    local out = {}
    encode(value, out)
    return table.concat(out)
end

local function flush_and_stop()
    flushed = true
    write_file(out_dir .. "/thread-" .. thread_number .. ".json", to_json(result))
    wrk.thread:stop()
end

-- Times and classifies the answer, hands it to the scenario (on_answer), and, once the window has closed,
-- writes this thread's figures and stops the thread: with one connection per thread, every counted request
-- has been answered by then.
function bench.response(status, body)
    local finished_us = now_us()
    result.responses = result.responses + 1
    local request = pending
    pending = nil
    if request == nil then
        return
    end
    local latency_us = finished_us - request.started_us
    local succeeded = status >= 200 and status < 300 and status ~= 202
    if request.type == "__substitute" then
        result.substitutes = result.substitutes + 1
    else
        local stats = result.types[request.type]
        local second = second_of(finished_us)
        second.requests = second.requests + 1
        if status == 202 then
            -- Accepted, but the read model did not show the change within the app's 5 s: not a success.
            second.lagged = second.lagged + 1
            if request.counted then
                stats.lagged = stats.lagged + 1
            end
        elseif not succeeded then
            second.errors = second.errors + 1
            if request.counted then
                local key = tostring(status)
                stats.errors[key] = (stats.errors[key] or 0) + 1
            end
        end
        -- Latency covers every answer that is not an error: the slow 202s count, fast refusals would flatter.
        if succeeded or status == 202 then
            add_to_histogram(stats.kind == "write" and second.write_hist or second.read_hist, latency_us)
            if request.counted then
                add_to_histogram(stats.hist, latency_us)
                stats.sum_us = stats.sum_us + latency_us
                if latency_us > stats.max_us then
                    stats.max_us = latency_us
                end
            end
        end
        if request.counted then
            stats.requests = stats.requests + 1
            if succeeded then
                stats.ok = stats.ok + 1
            end
        end
    end
    if request.on_answer ~= nil then
        request.on_answer(status, body)
    end
    if finished_us >= measure_end_us and not flushed then
        flush_and_stop()
    end
end

-- Pacing (BENCH_RATE): each connection sends on its own schedule, total_rate / threads per second, and
-- catches up without waiting when it fell behind. Without a rate, requests follow each other at once.
function bench.enable_pacing_if_asked()
    if total_rate == nil or total_rate <= 0 then
        return
    end
    local thread_count = bench.thread_count
    connection_interval_us = thread_count * 1000000 / total_rate
    function delay()
        local now = now_us()
        if next_send_us == nil then
            -- Spread the connections' first requests over one interval instead of sending them together.
            next_send_us = now + connection_interval_us * (thread_number - 1) / thread_count
        else
            next_send_us = next_send_us + connection_interval_us
        end
        return math.max(0, math.floor((next_send_us - now) / 1000))
    end
end

-- Reads the JSON "data.id" (or another top-level field of data) from an answer without a JSON parser: the
-- app writes data's own fields before nested objects, and ids are UUIDs.
function bench.data_field(body, field)
    return body:match('"' .. field .. '"%s*:%s*"([%x%-]+)"')
end

function bench.load_seed()
    return dofile(required_env("BENCH_SEED"))
end

function bench.pick(list)
    return list[math.random(#list)]
end

function bench.url_encode(text)
    return (text:gsub("[^%w%-_%.~]", function(character)
        return string.format("%%%02X", string.byte(character))
    end))
end

-- done() runs in wrk's main Lua state after every thread has stopped: it records wrk's own count of answers
-- and socket errors beside the threads' files. (Thread figures travel through files, not thread:get(): wrk
-- 4.1 copies nested tables between Lua states incorrectly.)
function done(summary, latency, requests)
    write_file(out_dir .. "/summary.json", to_json({
        threads = threads_set_up,
        duration_us = summary.duration,
        requests = summary.requests,
        bytes = summary.bytes,
        errors = summary.errors,
    }))
end

return bench
