-- Notifications (issue 4): webhooks, their deliveries, the event feed that wakes the stream dispatcher, and the
-- time-based notices already sent. Instants are epoch milliseconds. Triggers keep the feed and the deliveries in
-- the transaction of the outbox event itself, so neither can miss an event that committed.

-- One webhook per office.
CREATE TABLE webhooks (
    office     TEXT    NOT NULL PRIMARY KEY,
    url        TEXT    NOT NULL,
    secret     TEXT    NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- One row per event to deliver: pending (due_at is the next attempt), delivered, or dead (a dead letter).
-- Claiming an attempt bumps attempts and pushes due_at by a lease, so an attempt cut short by a crash is retried.
CREATE TABLE webhook_deliveries (
    office          TEXT    NOT NULL,
    event_id        BIGINT NOT NULL,
    state           TEXT    NOT NULL,
    attempts        BIGINT NOT NULL,
    due_at          BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    last_attempt_at BIGINT,
    last_status     BIGINT,
    last_error      TEXT,
    finished_at     BIGINT,
    PRIMARY KEY (office, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (due_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_dead ON webhook_deliveries (office, event_id) WHERE state = 'dead';

CREATE FUNCTION events_to_webhook_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM webhooks WHERE office = NEW.office) THEN
        INSERT INTO webhook_deliveries (office, event_id, state, attempts, due_at, created_at)
        VALUES (NEW.office, NEW.id, 'pending', 0, NEW.at, NEW.at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_to_webhook_deliveries AFTER INSERT ON events
FOR EACH ROW EXECUTE FUNCTION events_to_webhook_deliveries();

-- Every event in commit order (writes are serial across nodes under the store's advisory lock, so seq is
-- commit-ordered); the dispatcher of each node reads new events of all offices with one range scan. The
-- NOTIFY wakes the dispatchers of the other nodes when the transaction commits (one per transaction: PostgreSQL
-- folds equal notifications).
CREATE TABLE event_feed (
    seq    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office TEXT    NOT NULL,
    id     BIGINT NOT NULL
);

CREATE FUNCTION events_to_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_feed (office, id) VALUES (NEW.office, NEW.id);
    PERFORM pg_notify('renkei_events', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER events_to_feed AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_to_feed();

-- Time-based notices already emitted, so each is emitted once: kind document.expiring (subject = document id,
-- step 0) or certificate.expiring (subject = serial, step = 90, 30 or 7 days).
CREATE TABLE notices_sent (
    kind    TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    step    BIGINT NOT NULL,
    office  TEXT    NOT NULL,
    at      BIGINT NOT NULL,
    PRIMARY KEY (kind, subject, step)
);
