-- Scenario (a), open case: each request opens a case, POST /api/v1/cases, the request this benchmark has
-- always sent. The endpoint answers once the case is in the read model, so the latency covers command,
-- event append and projection. With BENCH_RATE set, the connections are paced (the projection-lag scenario).
local bench = require("bench")

bench.describe({ open_case = { kind = "write", route = "POST /api/v1/cases" } })
bench.enable_pacing_if_asked()

local token
local opened = 0

function init(args)
    local seed = bench.load_seed()
    token = seed.operators[(bench.thread_number() - 1) % #seed.operators + 1]
end

local function open_case()
    opened = opened + 1
    local body = string.format('{"caseType":"maintenance","title":"Benchmark case %d-%d-%d","priority":"NORMAL"}',
                               bench.run_index, bench.thread_number(), opened)
    return bench.send("open_case", "POST", "/api/v1/cases", token, body)
end

function request()
    return bench.request(open_case)
end

function response(status, headers, body)
    bench.response(status, body)
end
