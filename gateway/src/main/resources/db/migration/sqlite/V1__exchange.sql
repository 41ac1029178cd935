-- Renkei store schema, version 1. Instants are epoch milliseconds (INTEGER here, BIGINT on PostgreSQL).
-- Written to stay close to PostgreSQL: only the identity columns and BLOB/BYTEA differ.

CREATE TABLE offices (
    number        TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    kinds         TEXT    NOT NULL,            -- comma-separated サービス種類コード
    delivery_mode TEXT    NOT NULL,
    registered_at INTEGER NOT NULL
);

CREATE TABLE certificates (
    serial     TEXT    PRIMARY KEY,
    subject    TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    not_before INTEGER NOT NULL,
    not_after  INTEGER NOT NULL,
    revoked_at INTEGER,
    pem        TEXT    NOT NULL
);
CREATE INDEX certificates_by_subject ON certificates (subject);

CREATE TABLE documents (
    cursor         INTEGER PRIMARY KEY AUTOINCREMENT,   -- BIGINT GENERATED ALWAYS AS IDENTITY on PostgreSQL
    id             TEXT    NOT NULL UNIQUE,
    set_id         TEXT,
    sender         TEXT    NOT NULL,
    file_name      TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    csv_version    TEXT,
    month          TEXT,
    sequence       TEXT    NOT NULL,
    sender_kind    TEXT,
    recipient      TEXT    NOT NULL,
    recipient_kind TEXT,
    size           INTEGER NOT NULL,
    sha256         TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    purged_at      INTEGER,
    warnings       TEXT    NOT NULL,            -- JSON array of findings
    user_agent     TEXT,
    UNIQUE (sender, file_name)                  -- the idempotency key
);
CREATE INDEX documents_by_recipient ON documents (recipient, cursor);
CREATE INDEX documents_by_sender ON documents (sender, cursor);
CREATE INDEX documents_by_address ON documents (sender, recipient, sequence);
CREATE INDEX documents_by_age ON documents (created_at) WHERE purged_at IS NULL;

-- Encrypted payloads, apart from metadata so that retention deletes exactly this row.
CREATE TABLE contents (
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id),
    key_id      TEXT NOT NULL,
    nonce       BLOB NOT NULL,
    ciphertext  BLOB NOT NULL
);

CREATE TABLE state_changes (
    document_id TEXT    NOT NULL REFERENCES documents (id),
    seq         INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    reason      TEXT,
    PRIMARY KEY (document_id, seq)
);

-- Transactional outbox: written in the transaction of the state change it announces.
CREATE TABLE event_counters (
    office  TEXT    NOT NULL PRIMARY KEY,
    last_id INTEGER NOT NULL
);
CREATE TABLE events (
    office      TEXT    NOT NULL,
    id          INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    document_id TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (office, id)
);

-- One row per upload attempt (accepted or not), for metering.
CREATE TABLE uploads (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    office     TEXT    NOT NULL,
    file_names TEXT    NOT NULL,
    outcome    TEXT    NOT NULL,
    rules      TEXT    NOT NULL,               -- comma-separated rule ids of the ERROR findings
    user_agent TEXT,
    bytes      INTEGER NOT NULL
);
CREATE INDEX uploads_by_office ON uploads (office, at);

-- Append-only, hash-chained audit log.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
