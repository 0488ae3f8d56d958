-- Every projection now runs in one processor, 'projections' (ProjectionProcessingConfiguration), instead of one
-- processor each. The new processor takes over where the old ones stood: at the lowest position any of them had
-- reached, with every event any of them had not seen yet below it. Events that some of them had applied already
-- come again; the projections recognise them and change nothing. Without complete old tokens (a fresh database,
-- or an old processor that never stored one) it starts at the beginning of the stream, which the projections'
-- idempotence makes just as correct, only slower.
WITH old_tokens AS (
    SELECT convert_from(token, 'UTF8')::jsonb AS token
    FROM token_entry
    WHERE processor_name IN ('access-directory', 'ai-prompt-template', 'ai-provider-config', 'ai-run-view',
                             'ai-suggestion-view', 'approval-flow-view', 'approval-policy', 'audit-log',
                             'case-view', 'invoice-view', 'owner-directory', 'portal-case', 'portal-invoice',
                             'portal-owner', 'portal-property', 'portal-work-order', 'property-directory',
                             'sla-policy', 'task-view', 'vendor-directory', 'work-order-view', 'workflow-timeline')
),
complete AS (
    SELECT count(*) > 0
           AND bool_and(coalesce(token ? 'index' AND jsonb_typeof(token -> 'gaps') = 'array', false)) AS ok
    FROM old_tokens
),
lowest AS (
    SELECT min((token ->> 'index')::bigint) AS position FROM old_tokens
),
unseen AS (
    SELECT DISTINCT gap::bigint AS gap
    FROM old_tokens, jsonb_array_elements_text(token -> 'gaps') AS gap, lowest
    WHERE gap::bigint < lowest.position
)
INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
SELECT 'projections', 0,
       convert_to(jsonb_build_object('index', lowest.position,
                                     'gaps', coalesce((SELECT jsonb_agg(gap ORDER BY gap) FROM unseen),
                                                      '[]'::jsonb))::text, 'UTF8'),
       'org.axonframework.eventhandling.GapAwareTrackingToken', to_char(now() AT TIME ZONE 'UTC',
                                                                         'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), NULL
FROM lowest, complete
WHERE complete.ok;

-- The old processors' tokens, and that of the assistant, which now subscribes instead.
DELETE FROM token_entry
WHERE processor_name IN ('access-directory', 'ai-prompt-template', 'ai-provider-config', 'ai-run-view',
                         'ai-suggestion-view', 'approval-flow-view', 'approval-policy', 'audit-log',
                         'case-view', 'invoice-view', 'owner-directory', 'portal-case', 'portal-invoice',
                         'portal-owner', 'portal-property', 'portal-work-order', 'property-directory',
                         'sla-policy', 'task-view', 'vendor-directory', 'work-order-view', 'workflow-timeline',
                         'ai-assistant');
