-- Read model "approval-flow-view": whether the flow's invoice is above its work order's ceiling, so that
-- "my pending approvals" lists such flows only to those who may approve them (invoice.approve-over-nte).
-- Existing rows are corrected by rebuilding the projection (docs/operations.md).
ALTER TABLE approval_flow_view ADD COLUMN exceeds_nte BOOLEAN NOT NULL DEFAULT FALSE;
