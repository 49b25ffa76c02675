-- Field clocks stored compactly (storage/field_clocks.py): a row whose stamps cover exactly its entity's
-- field list 1 keeps one shared stamp (the one most of its fields have, the newest of equals) and only
-- the stamps that differ from it: [1,"stamp"] or [1,"stamp",{"field":"stamp"}]. A row covering other
-- fields (none written by an earlier version) keeps its JSON object, which is still read.

UPDATE addendum SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(addendum.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(addendum.field_clocks)) = 9
    AND NOT EXISTS (SELECT 1 FROM json_each(addendum.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'note_id', 'participant_id', 'signed_at', 'signed_by',
        'text', 'updated_at'));

UPDATE attachment SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(attachment.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(attachment.field_clocks)) = 10
    AND NOT EXISTS (SELECT 1 FROM json_each(attachment.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'description', 'file_name', 'media_type',
        'participant_id', 'sha256', 'size', 'updated_at'));

UPDATE conference_discussion SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(conference_discussion.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(conference_discussion.field_clocks)) = 15
    AND NOT EXISTS (SELECT 1 FROM json_each(conference_discussion.field_clocks) WHERE key NOT IN (
        'attendees', 'conference_id', 'consent_ids', 'created_at', 'created_by', 'decisions', 'deleted',
        'identified', 'legal_event_ids', 'meeting_date', 'participant_id', 'reasons', 'task_ids',
        'team', 'updated_at'));

UPDATE conflict SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(conflict.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(conflict.field_clocks)) = 21
    AND NOT EXISTS (SELECT 1 FROM json_each(conflict.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'detected_at', 'field', 'kept_by', 'kept_stamp',
        'kept_value', 'kind', 'other_author', 'other_by', 'other_stamp', 'other_value',
        'participant_id', 'reason', 'record_entity', 'record_id', 'resolution', 'resolved_at',
        'resolved_by', 'updated_at'));

UPDATE consent SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(consent.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(consent.field_clocks)) = 21
    AND NOT EXISTS (SELECT 1 FROM json_each(consent.field_clocks) WHERE key NOT IN (
        'categories', 'created_at', 'created_by', 'deleted', 'discloser', 'expires_on', 'expiry_event',
        'information', 'irrevocable_until', 'kind', 'notes', 'participant_id', 'purpose', 'purposes',
        'recipient', 'recipient_code', 'revocation_right', 'revoked_on', 'signed_by', 'signed_on',
        'updated_at'));

UPDATE contact SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(contact.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(contact.field_clocks)) = 13
    AND NOT EXISTS (SELECT 1 FROM json_each(contact.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'kind', 'latitude', 'longitude', 'minutes',
        'occurred_at', 'outcome', 'participant_id', 'place', 'staff_present', 'updated_at'));

UPDATE disclosure SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(disclosure.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(disclosure.field_clocks)) = 15
    AND NOT EXISTS (SELECT 1 FROM json_each(disclosure.field_clocks) WHERE key NOT IN (
        'consent_ids', 'created_at', 'created_by', 'deleted', 'delivery', 'description', 'disclosed_at',
        'disclosed_by', 'items', 'notice_version', 'participant_id', 'purpose', 'recipient',
        'recipient_code', 'updated_at'));

UPDATE eligibility_screening SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(eligibility_screening.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(eligibility_screening.field_clocks)) = 10
    AND NOT EXISTS (SELECT 1 FROM json_each(eligibility_screening.field_clocks) WHERE key NOT IN (
        'answers', 'created_at', 'created_by', 'decided_at', 'decided_by', 'decision', 'deleted',
        'notes', 'participant_id', 'updated_at'));

UPDATE enrollment SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(enrollment.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(enrollment.field_clocks)) = 14
    AND NOT EXISTS (SELECT 1 FROM json_each(enrollment.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'destination', 'engagement_date', 'entry_date',
        'exit_date', 'exit_reason', 'exit_reason_detail', 'participant_id', 'project', 'referral_date',
        'status', 'updated_at'));

UPDATE housing_status SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(housing_status.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(housing_status.field_clocks)) = 8
    AND NOT EXISTS (SELECT 1 FROM json_each(housing_status.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'effective_on', 'notes', 'participant_id', 'situation',
        'updated_at'));

UPDATE legal_event SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(legal_event.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(legal_event.field_clocks)) = 15
    AND NOT EXISTS (SELECT 1 FROM json_each(legal_event.field_clocks) WHERE key NOT IN (
        'case_number', 'charge_level', 'court', 'created_at', 'created_by', 'deleted', 'description',
        'disposition', 'kind', 'occurred_at', 'participant_id', 'prosecutor_coordination',
        'released_at', 'source', 'updated_at'));

UPDATE need SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(need.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(need.field_clocks)) = 10
    AND NOT EXISTS (SELECT 1 FROM json_each(need.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'description', 'domain', 'participant_id', 'rank',
        'status', 'updated_at', 'urgency'));

UPDATE note SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(note.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(note.field_clocks)) = 12
    AND NOT EXISTS (SELECT 1 FROM json_each(note.field_clocks) WHERE key NOT IN (
        'assessment', 'contact_id', 'created_at', 'created_by', 'data', 'deleted', 'participant_id',
        'plan', 'sensitive_sud', 'signed_at', 'signed_by', 'updated_at'));

UPDATE outcome_snapshot SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(outcome_snapshot.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(outcome_snapshot.field_clocks)) = 26
    AND NOT EXISTS (SELECT 1 FROM json_each(outcome_snapshot.field_clocks) WHERE key NOT IN (
        'benefits', 'benefits_from_any_source', 'chronic_health_condition', 'created_at', 'created_by',
        'deleted', 'developmental_disability', 'employed', 'employment_type', 'hiv_aids',
        'income_from_any_source', 'incomes', 'information_date', 'insurance',
        'insurance_from_any_source', 'long_term_impairing', 'mental_health_disorder',
        'not_employed_reason', 'notes', 'other_benefit_detail', 'other_insurance_detail',
        'participant_id', 'physical_disability', 'stage', 'substance_use_disorder', 'updated_at'));

UPDATE participant SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(participant.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(participant.field_clocks)) = 24
    AND NOT EXISTS (SELECT 1 FROM json_each(participant.field_clocks) WHERE key NOT IN (
        'additional_race_ethnicity', 'aliases', 'case_manager', 'created_at', 'created_by',
        'date_of_birth', 'deleted', 'disabling_condition', 'dob_data_quality', 'engaged_on',
        'exit_reason', 'exited_on', 'first_name', 'gender', 'last_name', 'phone', 'preferred_name',
        'race_ethnicity', 'sex', 'status', 'team_id', 'updated_at', 'usual_locations', 'veteran_status'));

UPDATE plan_goal SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(plan_goal.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(plan_goal.field_clocks)) = 11
    AND NOT EXISTS (SELECT 1 FROM json_each(plan_goal.field_clocks) WHERE key NOT IN (
        'created_at', 'created_by', 'deleted', 'domain', 'goal', 'participant_id', 'progress', 'status',
        'steps', 'target_date', 'updated_at'));

UPDATE referral SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(referral.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(referral.field_clocks)) = 33
    AND NOT EXISTS (SELECT 1 FROM json_each(referral.field_clocks) WHERE key NOT IN (
        'acceptance', 'acceptance_on', 'agency_code', 'agreed_to_meet', 'beat', 'created_at',
        'created_by', 'deleted', 'door', 'handoff_outcome', 'handoff_outcome_at', 'intake_deadline',
        'merged_from', 'observed', 'offence', 'offence_category', 'officer_badge', 'officer_contact',
        'officer_username', 'participant_id', 'person_description', 'place', 'precinct',
        'prosecutor_decided_on', 'prosecutor_decision', 'prosecutor_name', 'prosecutor_note',
        'referred_at', 'referring_agency', 'referring_officer', 'sent_to_prosecutor_on', 'updated_at',
        'warm_handoff_at'));

UPDATE service SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(service.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(service.field_clocks)) = 13
    AND NOT EXISTS (SELECT 1 FROM json_each(service.field_clocks) WHERE key NOT IN (
        'amount', 'created_at', 'created_by', 'deleted', 'delivered_on', 'funding_source',
        'is_referral', 'kind', 'outcome', 'participant_id', 'provider', 'units', 'updated_at'));

UPDATE task SET field_clocks = (
    WITH c AS (SELECT key, value FROM json_each(task.field_clocks)),
    s AS (SELECT value FROM c GROUP BY value ORDER BY count(*) DESC, value DESC LIMIT 1)
    SELECT CASE WHEN (SELECT count(DISTINCT value) FROM c) = 1 THEN json_array(1, (SELECT value FROM s))
    ELSE json_array(1, (SELECT value FROM s), (SELECT json_group_object(key, value) FROM c
        WHERE value != (SELECT value FROM s))) END
)
WHERE json_type(field_clocks) = 'object'
    AND (SELECT count(*) FROM json_each(task.field_clocks)) = 10
    AND NOT EXISTS (SELECT 1 FROM json_each(task.field_clocks) WHERE key NOT IN (
        'assignee', 'created_at', 'created_by', 'deleted', 'done', 'done_at', 'due_on',
        'participant_id', 'title', 'updated_at'));
