-- Metering (issue 6): roll-ups per office and month, changed in the transaction of the document change they count
-- (upload, rejection, download, receipt), never recomputed. month is YYYYMM. Activity figures (documents, bytes,
-- uploads, rejections, partners, elapsed times) fall in the Asia/Tokyo calendar month of the upload; linked users
-- fall in the service month of the file name's MONTH. Every key starts with month, so one month's figures are one
-- range of each primary key. The same as db/migration/sqlite/V6__metering.sql with BIGINT for INTEGER.

-- Counters of one office in one month.
CREATE TABLE meter_office_months (
    month              TEXT    NOT NULL,
    office             TEXT    NOT NULL,
    documents_sent     BIGINT NOT NULL DEFAULT 0,
    documents_received BIGINT NOT NULL DEFAULT 0,
    bytes_sent         BIGINT NOT NULL DEFAULT 0,
    bytes_received     BIGINT NOT NULL DEFAULT 0,
    uploads            BIGINT NOT NULL DEFAULT 0,   -- upload attempts that stored documents or were refused
    rejected           BIGINT NOT NULL DEFAULT 0,   -- upload attempts refused
    refused            BIGINT NOT NULL DEFAULT 0,   -- documents it sent that the recipient refused to import
    care_users         BIGINT NOT NULL DEFAULT 0,   -- distinct users whose 予定 it sent
    service_users      BIGINT NOT NULL DEFAULT 0,   -- distinct users whose 予定 it received or 実績 it sent
    partners           BIGINT NOT NULL DEFAULT 0,   -- distinct counterparts of accepted documents
    PRIMARY KEY (month, office)
);

-- Accepted documents by file kind, as sender ('sent') and as recipient ('received').
CREATE TABLE meter_kinds (
    month     TEXT    NOT NULL,
    office    TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    direction TEXT    NOT NULL,
    documents BIGINT NOT NULL,
    bytes     BIGINT NOT NULL,
    PRIMARY KEY (month, office, kind, direction)
);

-- Refused uploads by rule id (validation) or by outcome (conflict, unknown_recipient, ...).
CREATE TABLE meter_rejections (
    month  TEXT    NOT NULL,
    office TEXT    NOT NULL,
    rule   TEXT    NOT NULL,
    uploads BIGINT NOT NULL,
    PRIMARY KEY (month, office, rule)
);

-- Upload attempts and refusals by sending software (the User-Agent, cut to 200 characters; '' when absent).
CREATE TABLE meter_software (
    month      TEXT    NOT NULL,
    office     TEXT    NOT NULL,
    user_agent TEXT    NOT NULL,
    uploads    BIGINT NOT NULL,
    rejected   BIGINT NOT NULL,
    PRIMARY KEY (month, office, user_agent)
);

-- The distinct users behind care_users and service_users: a re-send finds its row and counts nothing.
CREATE TABLE meter_users (
    month   TEXT NOT NULL,
    office  TEXT NOT NULL,
    role    TEXT NOT NULL,                     -- 'care' or 'service'
    insurer TEXT NOT NULL,                     -- 保険者番号
    insured TEXT NOT NULL,                     -- 被保険者番号
    PRIMARY KEY (month, office, role, insurer, insured)
);

-- The distinct partners behind partners.
CREATE TABLE meter_partners (
    month   TEXT NOT NULL,
    office  TEXT NOT NULL,
    partner TEXT NOT NULL,
    PRIMARY KEY (month, office, partner)
);

-- Elapsed times of the documents an office sent, upload to download ('download') and to import receipt ('receipt'),
-- as histogram buckets (see metering.Latency).
CREATE TABLE meter_latency (
    month   TEXT    NOT NULL,
    office  TEXT    NOT NULL,
    measure TEXT    NOT NULL,
    bucket  BIGINT NOT NULL,
    samples BIGINT NOT NULL,
    PRIMARY KEY (month, office, measure, bucket)
);

-- When each office first sent or received an accepted document.
CREATE TABLE meter_first_linkage (
    office TEXT    NOT NULL PRIMARY KEY,
    at     BIGINT NOT NULL
);

-- The same figures summed per prefecture (first two digits of the office number), kept beside the office rows in the
-- same transactions, so that the ministry's summary reads a few hundred rows instead of every office's.
-- role and delivery_mode are the office's when the figure was added.
CREATE TABLE meter_region_months (
    month         TEXT    NOT NULL,
    prefecture    TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    delivery_mode TEXT    NOT NULL,
    active        BIGINT NOT NULL DEFAULT 0,   -- offices with at least one accepted document in the month
    care_users    BIGINT NOT NULL DEFAULT 0,
    service_users BIGINT NOT NULL DEFAULT 0,
    five_partners BIGINT NOT NULL DEFAULT 0,   -- offices that reached five partners in the month
    PRIMARY KEY (month, prefecture, role, delivery_mode)
);

-- Sums by dimension: kind (documents sent), uploads and rejected (by User-Agent), rule (refused uploads), receipt
-- (elapsed-time bucket of imports).
CREATE TABLE meter_region_details (
    month      TEXT    NOT NULL,
    prefecture TEXT    NOT NULL,
    dimension  TEXT    NOT NULL,
    item       TEXT    NOT NULL,
    amount     BIGINT NOT NULL,
    PRIMARY KEY (month, prefecture, dimension, item)
);
