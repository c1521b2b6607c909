-- Puts the copies bench/subscription-copies.sql made (all due, of :'business') on hold, as a declined
-- renewal at the end of their period leaves them: the period's amount owed, on hold since the period
-- ended, no attempt failed yet and the first scheduled retry due at that time (so the dues job meets them
-- oldest first, as the renewal job would), with the "put on hold" history line. Used by bench/renewals
-- --work dues. Not written: the declined renewal's own payment, which the dues job never reads.
\set ON_ERROR_STOP on
BEGIN;

UPDATE subscriptions.subscriptions
SET status = 'on_hold', dues_amount = unit_price * quantity, on_hold_since = current_period_end, dues_attempts_failed = 0,
    scheduled_retries_made = 0, next_dues_attempt_at = current_period_end, updated_at = current_period_end
WHERE business_id = :'business' AND status = 'active' AND current_period_end <= now();

INSERT INTO subscriptions.subscription_transitions (at, change, from_status, to_status, actor, reason, payment_id, subscription_id)
SELECT on_hold_since, 'put_on_hold', 'active', 'on_hold', 'system', 'card_declined', NULL, id
FROM subscriptions.subscriptions
WHERE business_id = :'business' AND status = 'on_hold';

COMMIT;
VACUUM ANALYZE subscriptions.subscriptions, subscriptions.subscription_transitions;
