-- Case detail: each request reads one case, GET /api/v1/cases/{id}, of a case picked at random from the seeded
-- portfolio.
local bench = require("bench")

bench.describe({ case_detail = { kind = "read", route = "GET /api/v1/cases/{id}" } })

local token
local case_ids

function init(args)
    local seed = bench.load_seed()
    token = seed.operators[(bench.thread_number() - 1) % #seed.operators + 1]
    case_ids = seed.cases
    math.randomseed(bench.thread_number() * 7919 + bench.run_index)
end

local function read_case()
    return bench.send("case_detail", "GET", "/api/v1/cases/" .. bench.pick(case_ids), token)
end

function request()
    return bench.request(read_case)
end

function response(status, headers, body)
    bench.response(status, body)
end
