-- Chairside schema, version 4: the lookup's keys for two begun words and for a name with a birth date.

-- Two begun words ("smi jo"): for every two different name words of a patient (last and first names),
-- the first two letters of one, a space, then the other whole. The desk's query is then one range of
-- this key, the shorter word's two letters followed by the other word as typed: a page of rows in name
-- order, however common each word is alone. Kept in step by the store, as patient_name_token is.
-- Patients are never deleted, so no index by patient is kept: it would double the table's size.
CREATE TABLE patient_name_pair (
    pair        TEXT NOT NULL,
    sort_key    TEXT NOT NULL,
    patient_id  INTEGER NOT NULL REFERENCES patient(id),
    PRIMARY KEY (pair, sort_key, patient_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO patient_name_pair (pair, sort_key, patient_id)
SELECT substr(a.token, 1, 2) || ' ' || b.token, a.sort_key, a.patient_id
FROM patient_name_token a
JOIN patient_name_token b ON b.patient_id = a.patient_id AND b.kind <= 1 AND b.token <> a.token
WHERE a.kind <= 1 AND length(a.token) >= 2;

-- A name with a date of birth ("smith 1961-03-04"): the few patients born that day are told apart by
-- their sort key and preferred name, read from this index without visiting the patients who differ.
DROP INDEX patient_dob;
CREATE INDEX patient_dob ON patient (dob, sort_key, preferred_name);
