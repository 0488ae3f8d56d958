package com.vivanta.ops.benchmark.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.Directory;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.SeededProperty;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.SignedInUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portfolio's day-to-day work, through the API as operators, approvers and an administrator would do it:
 * cases in every status, work orders at every step of their lifecycle (some waiting for an owner's approval),
 * invoices drafted, pending approval, approved and rejected. What each entity becomes is planned up front
 * from a fixed random seed, so that two runs seed the same portfolio; the requests then run in parallel.
 */
final class WorkSeeding {

    record Work(List<String> caseIds, Map<String, Integer> counts) {
    }

    /** Words that occur in seeded case titles; the load scripts search cases for them. */
    static final List<String> SEARCH_TERMS = List.of("leak", "heating", "window", "mold", "drain", "elevator",
                                                     "noise", "lock", "roof", "smoke");

    private static final String[] ISSUES = {"Leaking tap", "Burst pipe under the sink", "No heating", "Broken window",
                                            "Mold in the bathroom", "Clogged drain", "Elevator out of service",
                                            "Noise complaint from upstairs", "Door lock jammed", "Roof leak after the storm",
                                            "Smoke detector beeping", "Water stain on the ceiling", "Faulty wiring in the hall",
                                            "Rent statement question", "Lease renewal request"};
    /** Case statuses and the status changes that lead to each from OPEN, with their shares out of 20. */
    private static final Map<String, List<String>> CASE_PATHS = Map.of(
            "OPEN", List.of(), "IN_PROGRESS", List.of("IN_PROGRESS"), "WAITING", List.of("IN_PROGRESS", "WAITING"),
            "RESOLVED", List.of("IN_PROGRESS", "RESOLVED"), "CLOSED", List.of("IN_PROGRESS", "RESOLVED", "CLOSED"),
            "CANCELLED", List.of("CANCELLED"));
    private static final String[] CASE_STATUS_DRAW = {"OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "IN_PROGRESS",
                                                      "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS",
                                                      "IN_PROGRESS", "WAITING", "WAITING", "RESOLVED", "RESOLVED",
                                                      "CLOSED", "CLOSED", "CLOSED", "CANCELLED"};
    private static final String[] PRIORITY_DRAW = {"LOW", "LOW", "LOW", "NORMAL", "NORMAL", "NORMAL", "NORMAL",
                                                   "NORMAL", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "HIGH",
                                                   "HIGH", "HIGH", "HIGH", "HIGH", "URGENT", "URGENT"};
    private static final String[] CASE_TYPE_DRAW = {"maintenance", "maintenance", "maintenance", "maintenance",
                                                    "maintenance", "maintenance", "maintenance", "complaint",
                                                    "billing", "lease"};
    /** Work-order lifecycle steps in order; a target status is reached after this many of them. */
    private static final List<String> WORK_ORDER_STEPS = List.of("assign-vendor", "accept", "schedule", "start",
                                                                 "mark-complete");
    private static final Map<String, Integer> STEPS_TO_STATUS = Map.of(
            "OPEN", 0, "ASSIGNED", 1, "ACCEPTED", 2, "SCHEDULED", 3, "IN_PROGRESS", 4, "COMPLETED", 5);
    private static final String[] WORK_ORDER_STATUS_DRAW = {"OPEN", "OPEN", "OPEN", "OPEN", "ASSIGNED", "ASSIGNED",
                                                            "ASSIGNED", "ACCEPTED", "ACCEPTED", "SCHEDULED",
                                                            "SCHEDULED", "SCHEDULED", "IN_PROGRESS", "IN_PROGRESS",
                                                            "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
                                                            "CANCELLED", "AWAITING_OWNER_APPROVAL"};
    private static final String[] INVOICE_STATUS_DRAW = {"DRAFT", "DRAFT", "DRAFT", "DRAFT", "PENDING_APPROVAL",
                                                         "PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL",
                                                         "PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL",
                                                         "PENDING_APPROVAL", "PENDING_APPROVAL", "APPROVED", "APPROVED",
                                                         "APPROVED", "APPROVED", "APPROVED", "REJECTED", "REJECTED"};
    private static final String[] CATEGORY_DRAW = {"REPAIRS_AND_MAINTENANCE", "REPAIRS_AND_MAINTENANCE",
                                                   "REPAIRS_AND_MAINTENANCE", "REPAIRS_AND_MAINTENANCE",
                                                   "REPAIRS_AND_MAINTENANCE", "REPAIRS_AND_MAINTENANCE",
                                                   "REPAIRS_AND_MAINTENANCE", "REPAIRS_AND_MAINTENANCE", "CAPITAL",
                                                   "UTILITIES"};
    /**
     * A vendor's k-th seeded invoice totals 75 USD × 1.28^k, and after 18 of them the dates move back by more
     * than 30 days: no two of a vendor's invoices look alike to the app's soft duplicate check (1 %, 30 days).
     */
    private static final double INVOICE_AMOUNT_RATIO = 1.28;
    private static final int INVOICE_AMOUNT_STEPS = 18;

    private final ApiClient api;
    private final Parallel parallel;
    private final String adminToken;
    private final Directory directory;
    private final Random random = new Random(20_261_207);
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    WorkSeeding(ApiClient api, Parallel parallel, String adminToken, Directory directory) {
        this.api = api;
        this.parallel = parallel;
        this.adminToken = adminToken;
        this.directory = directory;
    }

    Work seed(PortfolioSize size) {
        List<SeededCase> cases = cases(size.cases());
        workOrders(size.workOrders(), cases);
        invoices(size.invoices());
        return new Work(cases.stream().map(SeededCase::id).toList(), counts);
    }

    private record CasePlan(SignedInUser operator, Map<String, Object> body, String status, String propertyId) {
    }

    private record SeededCase(String id, String status, String propertyId) {
    }

    private List<SeededCase> cases(int count) {
        List<CasePlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String issue = draw(ISSUES);
            Map<String, Object> body = new HashMap<>(Map.of("caseType", draw(CASE_TYPE_DRAW), "title", issue,
                                                            "description", "Reported by the tenant: " + issue.toLowerCase()
                                                                           + ". Please check and report back.",
                                                            "priority", draw(PRIORITY_DRAW)));
            String propertyId = null;
            if (random.nextInt(10) < 9) {
                SeededProperty property = draw(directory.properties());
                propertyId = property.id();
                body.put("propertyId", propertyId);
                if (random.nextBoolean() && !property.unitIds().isEmpty()) {
                    body.put("unitId", draw(property.unitIds()));
                }
            }
            if (random.nextInt(10) < 6) {
                body.put("assignedUserId", draw(directory.operators()).id());
            }
            if (random.nextBoolean()) {
                body.put("ownerVisibleStatus", random.nextBoolean() ? "Reported" : "Technician booked");
            }
            plans.add(new CasePlan(directory.operators().get(i % directory.operators().size()), body,
                                   draw(CASE_STATUS_DRAW), propertyId));
        }
        List<SeededCase> cases = parallel.map("cases (opened, then moved on)", plans, plan -> {
            String id = api.post(plan.operator().token(), "/api/v1/cases", plan.body()).path("id").asText();
            for (String status : CASE_PATHS.get(plan.status())) {
                api.post(plan.operator().token(), "/api/v1/cases/" + id + "/change-status",
                         Map.of("status", status, "note", "Seeded: " + status.toLowerCase().replace('_', ' ')));
            }
            return new SeededCase(id, plan.status(), plan.propertyId());
        });
        counts.put("cases " + byStatus(cases, SeededCase::status), cases.size());
        return cases;
    }

    private record WorkOrderPlan(SignedInUser operator, String caseId, Map<String, Object> body, String status) {
    }

    private void workOrders(int count, List<SeededCase> cases) {
        List<SeededCase> open = cases.stream()
                .filter(seeded -> seeded.propertyId() != null)
                .filter(seeded -> List.of("OPEN", "IN_PROGRESS", "WAITING").contains(seeded.status()))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Map<String, Integer> limits = new HashMap<>();
        directory.properties().forEach(property -> {
            if (property.ownersApprovalLimitUsd() != null) {
                limits.put(property.id(), property.ownersApprovalLimitUsd());
            }
        });
        List<WorkOrderPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SeededCase target = draw(open);
            String status = draw(WORK_ORDER_STATUS_DRAW);
            Integer limit = limits.get(target.propertyId());
            int notToExceed;
            if (status.equals("AWAITING_OWNER_APPROVAL")) {
                // Above the owners' limit the work waits for them; a property without a limit asks nobody.
                notToExceed = (limit == null ? 500 : limit) + 300 + 100 * random.nextInt(15);
                status = limit == null ? "OPEN" : status;
            } else {
                // At most 450 USD: below every seeded limit, so the lifecycle can move on.
                notToExceed = 150 + 10 * random.nextInt(31);
            }
            Map<String, Object> body = new HashMap<>(Map.of(
                    "trade", draw(DirectorySeeding.TRADES), "priority", "NORMAL",
                    "estimate", usd(BigDecimal.valueOf(notToExceed * 6L, 1)),
                    "notToExceed", usd(BigDecimal.valueOf(notToExceed))));
            plans.add(new WorkOrderPlan(directory.operators().get(i % directory.operators().size()), target.id(),
                                        body, status));
        }
        List<String> reached = parallel.map("work orders (raised, then moved on)", plans, plan -> {
            String token = plan.operator().token();
            String id = api.post(token, "/api/v1/cases/" + plan.caseId() + "/work-orders", plan.body())
                           .path("id").asText();
            if (plan.status().equals("CANCELLED")) {
                api.post(token, "/api/v1/work-orders/" + id + "/cancel", Map.of("reason", "The tenant fixed it"));
                return plan.status();
            }
            int steps = STEPS_TO_STATUS.getOrDefault(plan.status(), 0);
            for (String step : WORK_ORDER_STEPS.subList(0, steps)) {
                api.post(token, "/api/v1/work-orders/" + id + "/" + step, workOrderStepBody(step, plan.body()));
            }
            return plan.status();
        });
        counts.put("work orders " + byStatus(reached, Function.identity()), reached.size());
    }

    private Object workOrderStepBody(String step, Map<String, Object> workOrder) {
        return switch (step) {
            case "assign-vendor" -> Map.of("vendorId", draw(directory.dispatchVendorIds()));
            case "schedule" -> Map.of("scheduledFor", Instant.now().plus(3, ChronoUnit.DAYS)
                                                             .truncatedTo(ChronoUnit.HOURS).toString());
            case "mark-complete" -> Map.of("note", "Work done, site left clean", "actualCost",
                                           workOrder.get("estimate"));
            default -> null;
        };
    }

    private record InvoicePlan(Map<String, Object> body, String status, SignedInUser approver) {
    }

    private void invoices(int count) {
        List<String> vendors = directory.dispatchVendorIds();
        if (vendors.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<InvoicePlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int ofVendor = i / vendors.size();
            BigDecimal total = BigDecimal.valueOf(75 * Math.pow(INVOICE_AMOUNT_RATIO, ofVendor % INVOICE_AMOUNT_STEPS))
                                         .setScale(2, RoundingMode.HALF_UP);
            BigDecimal labour = total.multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP);
            LocalDate date = today.minusDays(i % 25 + 61L * (ofVendor / INVOICE_AMOUNT_STEPS));
            Map<String, Object> body = Map.of(
                    "vendorId", vendors.get(i % vendors.size()), "propertyId", draw(directory.properties()).id(),
                    "invoiceNumber", String.format("INV-%05d", i + 1), "invoiceDate", date.toString(),
                    "dueDate", date.plusDays(30).toString(), "currencyCode", "USD",
                    "expenseCategory", draw(CATEGORY_DRAW),
                    "lines", List.of(line(1, "Labour", labour), line(2, "Materials", total.subtract(labour))));
            plans.add(new InvoicePlan(body, draw(INVOICE_STATUS_DRAW),
                                      directory.approvers().get(i % directory.approvers().size())));
        }
        List<String> reached = parallel.map("invoices (entered, then decided)", plans, plan -> {
            String id = api.post(adminToken, "/api/v1/invoices", plan.body()).path("id").asText();
            if (plan.status().equals("DRAFT")) {
                return plan.status();
            }
            String flowId = api.post(adminToken, "/api/v1/invoices/" + id + "/submit-for-approval", Map.of())
                               .path("currentFlowId").asText("");
            if (flowId.isEmpty()) {
                flowId = awaitFlowId(id);
            }
            if (plan.status().equals("APPROVED")) {
                // One step for most; capital, large or above the owners' limit, the flow waits for more.
                JsonNode flow = api.postOnceVisible(plan.approver().token(),
                                                    "/api/v1/approval-flows/" + flowId + "/approve",
                                                    Map.of("reason", "Matches the work order"));
                return flow.path("status").asText("PENDING").equals("APPROVED") ? "APPROVED" : "PENDING_APPROVAL";
            }
            if (plan.status().equals("REJECTED")) {
                api.postOnceVisible(plan.approver().token(), "/api/v1/approval-flows/" + flowId + "/reject",
                                    Map.of("reason", "Not our property"));
            }
            return plan.status();
        });
        counts.put("invoices " + byStatus(reached, Function.identity()), reached.size());
    }

    /** After a 202 the flow id is not in the answer; the invoice's read model has it once it caught up. */
    private String awaitFlowId(String invoiceId) {
        for (int attempt = 0; attempt < 60; attempt++) {
            String flowId = api.get(adminToken, "/api/v1/invoices/" + invoiceId).path("currentFlowId").asText("");
            if (!flowId.isEmpty() && !flowId.equals("null")) {
                return flowId;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Invoice " + invoiceId + " shows no approval flow after 30 s");
    }

    private static Map<String, Object> line(int number, String description, BigDecimal price) {
        return Map.of("lineNumber", number, "description", description, "quantity", "1",
                      "unitPrice", price.toPlainString());
    }

    private static Map<String, Object> usd(BigDecimal amount) {
        return Map.of("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(), "currency", "USD");
    }

    private <T> T draw(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T draw(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static <T> String byStatus(List<T> items, Function<T, String> status) {
        return items.stream().collect(Collectors.groupingBy(status, TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", ", "(", ")"));
    }
}
