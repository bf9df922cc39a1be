-- Chairside schema, version 11: a patient's paperwork read from its index alone.

-- The readiness queue reads the orders, prior authorizations and coverage of every patient booked in the
-- coming days, a few thousand patients scattered over the whole file. Through an index on the patient
-- alone, each row costs a page of the table as well as its page of the index, and the pages one queue
-- touches outgrow the connection's page cache, so every refresh reads them again. These indexes carry
-- every column the store reads, in the patient's order: one page holds the paperwork of many patients,
-- and the tables themselves are no longer visited. A column added to these tables later is to be added
-- to its index as well, or the reads fall back to the table.
DROP INDEX prescriber_order_patient;
CREATE INDEX prescriber_order_patient ON prescriber_order
    (patient_id, therapy_id, id, prescriber, valid_from, valid_to, doses_authorized, doses_used);

DROP INDEX prior_authorization_patient;
CREATE INDEX prior_authorization_patient ON prior_authorization
    (patient_id, therapy_id, id, payer, valid_from, valid_to, visits_approved, visits_used, status, reference);

DROP INDEX coverage_patient;
CREATE INDEX coverage_patient ON coverage
    (patient_id, id, payer, member_id, eligibility_verified_on, eligibility_verified_by, eligibility_verified_at);
