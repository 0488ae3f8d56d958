-- Scenario (b), an operator's day: each connection repeats a fixed cycle of 28 requests, 21 reads and 7 writes,
-- so the mix is exactly 75 % reads and 25 % writes by count. Reads act as an operator (case lists, details,
-- timelines, work-order and invoice lists), as an approver (my pending approvals) and as an owner in the portal.
-- Writes move the connection's own entities along their lifecycles, so each one is allowed when it is sent:
--
--   create an invoice -> submit it for approval -> a cycle later, an approver (not the submitter) approves
--   its step;
--   open a case -> change its status OPEN -> IN_PROGRESS -> raise a work order on it;
--   move the oldest unfinished work order one step (assign vendor, accept, schedule, start, complete).
--
-- The seeded approval policy routes these invoices (REPAIRS_AND_MAINTENANCE, below 500 USD, on properties
-- whose owners' approval limits are 500 USD or more) to a single "Finance approval" step that any holder of
-- the finance role decides. Invoice totals and dates are drawn from slots that keep any two of a vendor's
-- invoices more than 1 % and 30 days apart, so the app's soft duplicate check never holds one back.
local bench = require("bench")

local TYPES = {
    case_list = { kind = "read", route = "GET /api/v1/cases?status=…|priority=…&status=…|search=…&limit=25" },
    case_detail = { kind = "read", route = "GET /api/v1/cases/{id}" },
    case_timeline = { kind = "read", route = "GET /api/v1/cases/{id}/timeline" },
    work_order_list = { kind = "read", route = "GET /api/v1/work-orders?status=…&limit=25" },
    invoice_list = { kind = "read", route = "GET /api/v1/invoices?status=…&limit=25" },
    my_pending_approvals = { kind = "read", route = "GET /api/v1/approvals/my-pending?limit=25 (approver)" },
    portal_properties = { kind = "read", route = "GET /api/v1/portal/properties (owner)" },
    portal_property_cases = { kind = "read", route = "GET /api/v1/portal/properties/{id}/cases (owner)" },
    portal_property_work_orders = { kind = "read", route = "GET /api/v1/portal/properties/{id}/work-orders (owner)" },
    portal_invoices = { kind = "read", route = "GET /api/v1/portal/invoices (owner)" },
    portal_approvals = { kind = "read", route = "GET /api/v1/portal/approvals (owner)" },
    open_case = { kind = "write", route = "POST /api/v1/cases" },
    change_case_status = { kind = "write", route = "POST /api/v1/cases/{id}/change-status (OPEN → IN_PROGRESS)" },
    raise_work_order = { kind = "write", route = "POST /api/v1/cases/{id}/work-orders" },
    move_work_order = { kind = "write", route = "POST /api/v1/work-orders/{id}/assign-vendor|accept|schedule|start|mark-complete" },
    create_invoice = { kind = "write", route = "POST /api/v1/invoices" },
    submit_invoice = { kind = "write", route = "POST /api/v1/invoices/{id}/submit-for-approval" },
    decide_approval_step = { kind = "write", route = "POST /api/v1/approval-flows/{id}/approve (approver)" },
}
bench.describe(TYPES)

local CASE_STATUSES = { "OPEN", "IN_PROGRESS", "WAITING" }
local PRIORITIES = { "HIGH", "URGENT", "NORMAL" }
local WORK_ORDER_STATUSES = { "OPEN", "ASSIGNED", "SCHEDULED", "IN_PROGRESS" }
local INVOICE_STATUSES = { "PENDING_APPROVAL", "APPROVED", "DRAFT" }
local CASE_TITLES = { "Leaking tap in the kitchen", "No hot water since this morning", "Broken window latch",
                      "Heating makes a banging noise", "Clogged drain in the bathroom", "Front door lock sticks",
                      "Mold on the bedroom ceiling", "Elevator stops between floors" }

-- Invoice slots: amount step 1.15 % from 100 USD (140 steps stay below 500 USD), invoice dates 61 days apart
-- (150 windows reach back to 2001), then the next vendor of the benchmark's own invoice vendors.
local AMOUNT_STEPS = 140
local AMOUNT_RATIO = 1.0115
local DATE_WINDOWS = 150
local DATE_WINDOW_DAYS = 61
local LATEST_INVOICE_DATE = os.time({ year = 2025, month = 12, day = 31, hour = 12 })

-- Work-order steps in lifecycle order; the body may depend on the seed (the vendor).
local WORK_ORDER_STEPS = {
    { action = "assign-vendor", body = function(seed) return '{"vendorId":"' .. bench.pick(seed.dispatch_vendors) .. '"}' end },
    { action = "accept" },
    { action = "schedule", body = function() return '{"scheduledFor":"2030-01-15T09:00:00Z"}' end },
    { action = "start" },
    { action = "mark-complete", body = function() return '{"note":"Replaced the part","actualCost":{"amount":"320.00","currency":"USD"}}' end },
}

local seed
local operator_token, approver_token, owner
local step = 0
local rotation = 0
-- The connection's own entities, as the last answers left them.
local current_case = nil        -- opened in this cycle, status OPEN until changed
local case_for_work_order = nil -- the case whose status was just changed, for the next work order
local work_orders = {}          -- {id, next_step}, oldest first
local draft_invoice = nil
local pending_flows = {}        -- approval flows this connection submitted, oldest first
local invoices_created = 0
local invoice_slot_base = tonumber(os.getenv("BENCH_INVOICE_SLOT_BASE") or "0")

function init(args)
    seed = bench.load_seed()
    local thread = bench.thread_number()
    operator_token = seed.operators[(thread - 1) % #seed.operators + 1]
    approver_token = seed.approvers[(thread - 1) % #seed.approvers + 1]
    owner = seed.owners[(thread - 1) % #seed.owners + 1]
    math.randomseed(thread * 7919 + bench.run_index)
end

local function rotate(list)
    rotation = rotation + 1
    return list[rotation % #list + 1]
end

local function get(type_name, path, token)
    return bench.send(type_name, "GET", path, token or operator_token)
end

local function post(type_name, path, body, on_answer, token)
    return bench.send(type_name, "POST", path, token or operator_token, body, on_answer)
end

local function answered_with_id(status)
    return status == 200 or status == 201 or status == 202
end

local function invoice_body()
    local slot = invoice_slot_base + invoices_created * bench.thread_count + (bench.thread_number() - 1)
    invoices_created = invoices_created + 1
    bench.set_counter("invoices_created", invoices_created)
    local amount = 100 * AMOUNT_RATIO ^ (slot % AMOUNT_STEPS)
    local window = math.floor(slot / AMOUNT_STEPS) % DATE_WINDOWS
    local vendor_index = math.floor(slot / (AMOUNT_STEPS * DATE_WINDOWS)) % #seed.invoice_vendors + 1
    local invoice_date = os.date("!%Y-%m-%d", LATEST_INVOICE_DATE - window * DATE_WINDOW_DAYS * 86400)
    return string.format('{"vendorId":"%s","propertyId":"%s","invoiceNumber":"B%d-%d-%d","invoiceDate":"%s",'
                         .. '"currencyCode":"USD","expenseCategory":"REPAIRS_AND_MAINTENANCE","lines":[{"lineNumber":1,'
                         .. '"description":"Call-out and labour","quantity":"1","unitPrice":"%.2f"}]}',
                         seed.invoice_vendors[vendor_index], bench.pick(seed.properties), bench.run_index,
                         bench.thread_number(), invoices_created, invoice_date, amount)
end

local function create_invoice()
    return post("create_invoice", "/api/v1/invoices", invoice_body(), function(status, answer)
        draft_invoice = answered_with_id(status) and bench.data_field(answer, "id") or nil
    end)
end

local function submit_invoice()
    if draft_invoice == nil then
        return nil
    end
    local invoice_id = draft_invoice
    draft_invoice = nil
    return post("submit_invoice", "/api/v1/invoices/" .. invoice_id .. "/submit-for-approval", "{}",
                function(status, answer)
        -- A 202 carries no flow id: that invoice's approval is then not decided by this connection.
        local flow_id = (status == 200) and bench.data_field(answer, "currentFlowId") or nil
        if flow_id ~= nil then
            pending_flows[#pending_flows + 1] = flow_id
        end
    end)
end

-- Before its first cycle, a connection submits one invoice, so that each cycle decides the flow of the
-- invoice submitted a cycle before (48 requests earlier), as an approver would find it later in their queue:
-- the flow is a read model of its own, which the submission's answer does not wait for. These two writes fall
-- in the warm-up.
local PROLOGUE = { create_invoice, submit_invoice }

-- Each entry sends one request, or answers nil when a write's entity is missing (an earlier write failed).
-- Writes come every fourth request.
local CYCLE = {
    function() return get("case_list", "/api/v1/cases?status=" .. rotate(CASE_STATUSES) .. "&limit=25") end,
    function() return get("case_detail", "/api/v1/cases/" .. bench.pick(seed.cases)) end,
    function() return get("portal_properties", "/api/v1/portal/properties", owner.token) end,
    create_invoice,
    function() return get("case_timeline", "/api/v1/cases/" .. bench.pick(seed.cases) .. "/timeline") end,
    function() return get("work_order_list", "/api/v1/work-orders?status=" .. rotate(WORK_ORDER_STATUSES) .. "&limit=25") end,
    function() return get("case_detail", "/api/v1/cases/" .. bench.pick(seed.cases)) end,
    submit_invoice,
    function() return get("invoice_list", "/api/v1/invoices?status=" .. rotate(INVOICE_STATUSES) .. "&limit=25") end,
    function() return get("my_pending_approvals", "/api/v1/approvals/my-pending?limit=25", approver_token) end,
    function() return get("portal_property_cases", "/api/v1/portal/properties/" .. bench.pick(owner.properties) .. "/cases", owner.token) end,
    function()
        local body = string.format('{"caseType":"maintenance","title":"%s","priority":"%s","propertyId":"%s",'
                                   .. '"ownerVisibleStatus":"Reported"}',
                                   bench.pick(CASE_TITLES), rotate(PRIORITIES), bench.pick(seed.properties))
        return post("open_case", "/api/v1/cases", body, function(status, answer)
            current_case = answered_with_id(status) and bench.data_field(answer, "id") or nil
        end)
    end,
    function() return get("case_list", "/api/v1/cases?priority=" .. rotate(PRIORITIES) .. "&status=OPEN&limit=25") end,
    function() return get("case_detail", "/api/v1/cases/" .. bench.pick(seed.cases)) end,
    function() return get("portal_property_work_orders", "/api/v1/portal/properties/" .. bench.pick(owner.properties) .. "/work-orders", owner.token) end,
    function()
        if current_case == nil then
            return nil
        end
        local case_id = current_case
        current_case = nil
        return post("change_case_status", "/api/v1/cases/" .. case_id .. "/change-status",
                    '{"status":"IN_PROGRESS","note":"Picked up by the operator"}', function(status)
            case_for_work_order = answered_with_id(status) and case_id or nil
        end)
    end,
    function() return get("case_list", "/api/v1/cases?search=" .. bench.url_encode(bench.pick(seed.search_terms)) .. "&limit=25") end,
    function() return get("case_timeline", "/api/v1/cases/" .. bench.pick(seed.cases) .. "/timeline") end,
    function() return get("work_order_list", "/api/v1/work-orders?status=" .. rotate(WORK_ORDER_STATUSES) .. "&limit=25") end,
    function()
        if case_for_work_order == nil then
            return nil
        end
        local case_id = case_for_work_order
        case_for_work_order = nil
        local body = '{"trade":"plumbing","estimate":{"amount":"180.00","currency":"USD"},'
                     .. '"notToExceed":{"amount":"350.00","currency":"USD"}}'
        return post("raise_work_order", "/api/v1/cases/" .. case_id .. "/work-orders", body, function(status, answer)
            local id = answered_with_id(status) and bench.data_field(answer, "id") or nil
            if id ~= nil then
                work_orders[#work_orders + 1] = { id = id, next_step = 1 }
            end
        end)
    end,
    function() return get("invoice_list", "/api/v1/invoices?status=" .. rotate(INVOICE_STATUSES) .. "&limit=25") end,
    function() return get("case_detail", "/api/v1/cases/" .. bench.pick(seed.cases)) end,
    function() return get("portal_invoices", "/api/v1/portal/invoices", owner.token) end,
    function()
        local work_order = work_orders[1]
        if work_order == nil then
            return nil
        end
        local work_step = WORK_ORDER_STEPS[work_order.next_step]
        local body = work_step.body and work_step.body(seed) or nil
        return post("move_work_order", "/api/v1/work-orders/" .. work_order.id .. "/" .. work_step.action, body,
                    function(status)
            work_order.next_step = work_order.next_step + 1
            -- A refused step would be refused again: the work order leaves the queue, like a finished one.
            if not answered_with_id(status) or work_order.next_step > #WORK_ORDER_STEPS then
                table.remove(work_orders, 1)
            end
        end)
    end,
    function() return get("my_pending_approvals", "/api/v1/approvals/my-pending?limit=25", approver_token) end,
    function() return get("case_list", "/api/v1/cases?status=" .. rotate(CASE_STATUSES) .. "&limit=25") end,
    function() return get("portal_approvals", "/api/v1/portal/approvals", owner.token) end,
    function()
        local flow_id = table.remove(pending_flows, 1)
        if flow_id == nil then
            return nil
        end
        return post("decide_approval_step", "/api/v1/approval-flows/" .. flow_id .. "/approve",
                    '{"reason":"Checked against the work done"}', nil, approver_token)
    end,
}

-- Write types by their place in the cycle, to name the one that could not be sent.
local WRITE_AT_STEP = { [4] = "create_invoice", [8] = "submit_invoice", [12] = "open_case",
                        [16] = "change_case_status", [20] = "raise_work_order", [24] = "move_work_order",
                        [28] = "decide_approval_step" }

local prologue_step = 0

local function next_in_cycle()
    if prologue_step < #PROLOGUE then
        prologue_step = prologue_step + 1
        local built = PROLOGUE[prologue_step]()
        if built ~= nil then
            return built
        end
    end
    step = step % #CYCLE + 1
    local built = CYCLE[step]()
    if built ~= nil then
        return built
    end
    bench.not_sent(WRITE_AT_STEP[step])
    return bench.send_substitute("/api/v1/cases/" .. bench.pick(seed.cases), operator_token)
end

function request()
    return bench.request(next_in_cycle)
end

function response(status, headers, body)
    bench.response(status, body)
end
