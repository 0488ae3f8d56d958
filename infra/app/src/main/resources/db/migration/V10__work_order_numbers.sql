-- Command-side state: each organization's position in its work-order number series (WO-000001, ...).
-- Moved in the transaction that stores the work order, so numbers are handed out without gaps.
CREATE TABLE work_order_number_counter (
    organization_id uuid   PRIMARY KEY,
    last_value      bigint NOT NULL CHECK (last_value > 0)
);
