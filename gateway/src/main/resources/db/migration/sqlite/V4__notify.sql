-- Notifications (issue 4): webhooks, their deliveries, the event feed that wakes the stream dispatcher, and the
-- time-based notices already sent. Instants are epoch milliseconds. Triggers keep the feed and the deliveries in
-- the transaction of the outbox event itself, so neither can miss an event that committed.

-- One webhook per office.
CREATE TABLE webhooks (
    office     TEXT    NOT NULL PRIMARY KEY,
    url        TEXT    NOT NULL,
    secret     TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One row per event to deliver: pending (due_at is the next attempt), delivered, or dead (a dead letter).
-- Claiming an attempt bumps attempts and pushes due_at by a lease, so an attempt cut short by a crash is retried.
CREATE TABLE webhook_deliveries (
    office          TEXT    NOT NULL,
    event_id        INTEGER NOT NULL,
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    due_at          INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    last_attempt_at INTEGER,
    last_status     INTEGER,
    last_error      TEXT,
    finished_at     INTEGER,
    PRIMARY KEY (office, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (due_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_dead ON webhook_deliveries (office, event_id) WHERE state = 'dead';

CREATE TRIGGER events_to_webhook_deliveries AFTER INSERT ON events
WHEN EXISTS (SELECT 1 FROM webhooks WHERE office = NEW.office)
BEGIN
    INSERT INTO webhook_deliveries (office, event_id, state, attempts, due_at, created_at)
    VALUES (NEW.office, NEW.id, 'pending', 0, NEW.at, NEW.at);
END;

-- Every event in commit order (the single writer makes seq commit-ordered on SQLite); the dispatcher reads new
-- events of all offices with one range scan. On PostgreSQL a trigger's pg_notify carries (office, id) instead.
CREATE TABLE event_feed (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    office TEXT    NOT NULL,
    id     INTEGER NOT NULL
);

CREATE TRIGGER events_to_feed AFTER INSERT ON events
BEGIN
    INSERT INTO event_feed (office, id) VALUES (NEW.office, NEW.id);
END;

-- Time-based notices already emitted, so each is emitted once: kind document.expiring (subject = document id,
-- step 0) or certificate.expiring (subject = serial, step = 90, 30 or 7 days).
CREATE TABLE notices_sent (
    kind    TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    step    INTEGER NOT NULL,
    office  TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    PRIMARY KEY (kind, subject, step)
);
