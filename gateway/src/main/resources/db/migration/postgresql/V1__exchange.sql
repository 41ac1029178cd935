-- Renkei store schema, version 1, on PostgreSQL: db/migration/sqlite/V1__exchange.sql with identity columns, BYTEA
-- and plpgsql triggers. Instants are epoch milliseconds.

CREATE TABLE offices (
    number        TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    kinds         TEXT    NOT NULL,            -- comma-separated サービス種類コード
    delivery_mode TEXT    NOT NULL,
    registered_at BIGINT NOT NULL
);

CREATE TABLE certificates (
    serial     TEXT    PRIMARY KEY,
    subject    TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    not_before BIGINT NOT NULL,
    not_after  BIGINT NOT NULL,
    revoked_at BIGINT,
    pem        TEXT    NOT NULL
);
CREATE INDEX certificates_by_subject ON certificates (subject);

CREATE TABLE documents (
    cursor         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    size           BIGINT NOT NULL,
    sha256         TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    created_at     BIGINT NOT NULL,
    purged_at      BIGINT,
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
    nonce       BYTEA NOT NULL,
    ciphertext  BYTEA NOT NULL
);

CREATE TABLE state_changes (
    document_id TEXT    NOT NULL REFERENCES documents (id),
    seq         BIGINT NOT NULL,
    state       TEXT    NOT NULL,
    at          BIGINT NOT NULL,
    actor       TEXT    NOT NULL,
    reason      TEXT,
    PRIMARY KEY (document_id, seq)
);

-- Transactional outbox: written in the transaction of the state change it announces.
CREATE TABLE event_counters (
    office  TEXT    NOT NULL PRIMARY KEY,
    last_id BIGINT NOT NULL
);
CREATE TABLE events (
    office      TEXT    NOT NULL,
    id          BIGINT NOT NULL,
    type        TEXT    NOT NULL,
    at          BIGINT NOT NULL,
    document_id TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    PRIMARY KEY (office, id)
);

-- One row per upload attempt (accepted or not), for metering.
CREATE TABLE uploads (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         BIGINT NOT NULL,
    office     TEXT    NOT NULL,
    file_names TEXT    NOT NULL,
    outcome    TEXT    NOT NULL,
    rules      TEXT    NOT NULL,               -- comma-separated rule ids of the ERROR findings
    user_agent TEXT,
    bytes      BIGINT NOT NULL
);
CREATE INDEX uploads_by_office ON uploads (office, at);

-- Append-only, hash-chained audit log.
CREATE TABLE audit (
    seq       BIGINT PRIMARY KEY,
    at        BIGINT NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
