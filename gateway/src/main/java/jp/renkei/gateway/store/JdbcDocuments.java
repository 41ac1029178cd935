package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import jp.renkei.gateway.mailbox.ContentPurgedException;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.DocumentStore;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.gateway.mailbox.Exchange.ReceiptOutcome;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.metering.Linkage;
import jp.renkei.gateway.metering.Rollups;
import jp.renkei.gateway.metering.Tally;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.UnitAddress;

/**
 * Documents over SQLite: reads on the read pool, every change through the group-commit writer together with its
 * audit entry and outbox event. Payloads are encrypted on the caller's thread so the writer only writes.
 * Each change also updates the metering roll-ups ({@link Rollups}) in its own transaction.
 */
final class JdbcDocuments implements DocumentStore {

    private final GroupCommitWriter writer;
    private final Reads reads;
    private final PayloadCipher cipher;
    private final Clock clock;
    private final Consumer<Event> published;
    private final Rollups rollups;

    JdbcDocuments(GroupCommitWriter writer, Reads reads, PayloadCipher cipher, Clock clock,
            Consumer<Event> published, Rollups rollups) {
        this.writer = writer;
        this.reads = reads;
        this.cipher = cipher;
        this.clock = clock;
        this.published = published;
        this.rollups = rollups;
    }

    private record Sealed(String id, Incoming file, PayloadCipher.Sealed payload, Linkage linkage) {
    }

    @Override
    public Optional<Office> office(String number) {
        return reads.readOne(c -> OfficeRows.find(c, number));
    }

    @Override
    public Optional<Stored> stored(String sender, String fileName) {
        return reads.readOne(c -> DocumentRows.stored(c, sender, fileName));
    }

    @Override
    public String lastAcceptedSequence(UnitAddress a) {
        return reads.readOne(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT MAX(sequence) FROM documents WHERE sender = ?"
                    + " AND recipient = ? AND COALESCE(sender_kind, '') = ? AND COALESCE(recipient_kind, '') = ?")) {
                s.setString(1, a.sender());
                s.setString(2, a.recipient());
                s.setString(3, a.senderKind() == null ? "" : a.senderKind());
                s.setString(4, a.recipientKind() == null ? "" : a.recipientKind());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    @Override
    public UploadOutcome accept(String office, List<Incoming> files, boolean asSet, String userAgent) {
        Instant now = now();
        List<Sealed> sealed = new ArrayList<>();
        for (Incoming file : files) {
            String id = Ids.document(now);
            sealed.add(new Sealed(id, file, cipher.seal(id, file.content()), file.linkage()));
        }
        String setId = asSet ? Ids.set(now) : null;
        return writeAndPublish((c, events, tally) -> acceptIn(c, office, sealed, setId, now, userAgent, events, tally));
    }

    private UploadOutcome acceptIn(Connection c, String office, List<Sealed> files, String setId, Instant now,
            String userAgent, List<Event> events, Tally tally) throws SQLException {
        if (files.size() == 1) {
            // the idempotency key's unique index decides, so a new file needs no read first; a name already taken
            // inserts nothing and takes the path below, which answers Existing or Conflict
            Optional<Document> inserted = insert(c, files.get(0), setId, now, userAgent, events, tally);
            if (inserted.isPresent()) {
                rollups.uploaded(c, office, userAgent, now);
                return new UploadOutcome.Created(List.of(inserted.get()));
            }
        }
        List<Optional<Stored>> stored = new ArrayList<>();
        for (Sealed s : files) {
            Optional<Stored> found = DocumentRows.stored(c, office, s.file().fileName());
            if (found.isPresent() && !found.get().sha256().equals(s.file().sha256())) {
                return new UploadOutcome.Conflict(s.file().fileName(), found.get().id());
            }
            stored.add(found);
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            documents.add(stored.get(i).isPresent()
                    ? DocumentRows.byName(c, office, files.get(i).file().fileName()).orElseThrow()
                    : insert(c, files.get(i), setId, now, userAgent, events, tally).orElseThrow(
                            () -> new IllegalStateException("the name was free a moment ago under the write lock")));
        }
        if (stored.stream().allMatch(Optional::isPresent)) {
            return new UploadOutcome.Existing(documents);
        }
        // an accepted upload is its documents rows (user agent, size, time) and audit entries: no uploads row
        rollups.uploaded(c, office, userAgent, now);
        return new UploadOutcome.Created(documents);
    }

    /** Inserts the document with everything that goes with it; empty (nothing written) when its name is taken. */
    private Optional<Document> insert(Connection c, Sealed s, String setId, Instant now, String userAgent,
            List<Event> events, Tally tally) throws SQLException {
        OptionalLong inserted = DocumentWrites.insert(c, s.id(), setId, s.file(), now, userAgent);
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        long cursor = inserted.getAsLong();
        DocumentWrites.content(c, s.id(), s.payload());
        events.add(Outbox.append(c, s.file().name().recipient(), "document.arrived", now, s.id(),
                s.file().fileName()));
        AuditLog.append(c, now, s.file().name().sender(), "upload", s.id(), AuditLog.detail(Map.of(
                "fileName", s.file().fileName(), "sha256", s.file().sha256(),
                "size", s.file().content().length, "set", setId == null ? "" : setId)));
        rollups.accepted(c, s.file().name(), s.file().content().length, s.linkage(), now, tally);
        return Optional.of(accepted(s, cursor, setId, now));
    }

    /** The document just inserted, built from what was written rather than read back. */
    private static Document accepted(Sealed s, long cursor, String setId, Instant now) {
        Incoming f = s.file();
        FileName n = f.name();
        return new Document(s.id(), cursor, setId, f.fileName(), n.kind().prefix(), f.csvVersion(), n.month(),
                n.sequence(), n.sender(), n.senderKind(), n.recipient(), n.recipientKind(), f.content().length,
                f.sha256(), DocumentState.ACCEPTED, now,
                List.of(new Document.StateChange(DocumentState.ACCEPTED, now, n.sender(), null)), f.warnings(), false);
    }

    @Override
    public void rejected(String office, List<String> names, long bytes, String outcome, List<String> ruleIds,
            String userAgent) {
        // a refused name may hold anything, NUL included, which PostgreSQL's text cannot: control characters go
        List<String> fileNames = names.stream().map(n -> n.replaceAll("\\p{Cntrl}", "\uFFFD")).toList();
        Instant now = now();
        String rules = String.join(",", ruleIds);
        String subject = fileNames.isEmpty() ? "" : fileNames.get(0);
        writeAndPublish((c, events, tally) -> {
            AuditLog.append(c, now, office, "reject", subject, AuditLog.detail(Map.of(
                    "outcome", outcome, "rules", rules, "files", String.join(",", fileNames))));
            DocumentWrites.refusedUpload(c, now, office, String.join(",", fileNames), outcome, rules, userAgent, bytes);
            rollups.rejected(c, office, fileNames, outcome, ruleIds, userAgent, now, tally);
            return null;
        });
    }

    @Override
    public List<Document> inbox(String office, long after, int limit) {
        return reads.read(c -> DocumentRows.page(c, true, office, after, limit));
    }

    @Override
    public List<Document> outbox(String office, long after, int limit) {
        return reads.read(c -> DocumentRows.page(c, false, office, after, limit));
    }

    @Override
    public Optional<Document> document(String office, String id) {
        return reads.read(c -> DocumentRows.visible(c, office, id));
    }

    /** The document and its decrypted content, read by one statement; the recipient's first download is recorded. */
    @Override
    public Optional<Exchange.Download> download(String office, String id) {
        Optional<DocumentRows.WithContent> stored =
                reads.readOne(c -> DocumentRows.visibleRowWithContent(c, office, id));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().sealed().isEmpty()) {
            throw new ContentPurgedException(id);
        }
        Document document = stored.get().document();
        byte[] content = cipher.open(id, stored.get().sealed().get());
        Instant now = now();
        writeAndPublish((c, events, tally) -> downloaded(c, document, office, now, events, tally));
        return Optional.of(new Exchange.Download(document, content));
    }

    private Void downloaded(Connection c, Document d, String office, Instant now, List<Event> events, Tally tally)
            throws SQLException {
        AuditLog.append(c, now, office, "download", d.id(), AuditLog.detail(Map.of("fileName", d.fileName())));
        if (office.equals(d.recipient())
                && DocumentWrites.transition(c, d.id(), DocumentState.ACCEPTED, DocumentState.DOWNLOADED, now,
                        office, null)) {
            events.add(Outbox.append(c, d.sender(), "document.downloaded", now, d.id(), d.fileName()));
            rollups.downloaded(c, d, now, tally);
        }
        return null;
    }

    @Override
    public ReceiptOutcome receipt(String office, String id, boolean imported, String reason) {
        Instant now = now();
        return writeAndPublish((c, events, tally) -> receiptIn(c, office, id, imported, reason, now, events, tally));
    }

    private ReceiptOutcome receiptIn(Connection c, String office, String id, boolean imported, String reason,
            Instant now, List<Event> events, Tally tally) throws SQLException {
        Optional<Document> found = DocumentRows.visibleRow(c, office, id);
        if (found.isEmpty()) {
            return new ReceiptOutcome.NotFound();
        }
        Document d = found.get();
        if (!office.equals(d.recipient())) {
            return new ReceiptOutcome.WrongState(d, "only the recipient can post a receipt");
        }
        DocumentState to = imported ? DocumentState.RECEIPTED : DocumentState.REFUSED;
        if (!DocumentWrites.transition(c, id, DocumentState.DOWNLOADED, to, now, office, reason)) {
            return new ReceiptOutcome.WrongState(d, "a receipt is taken once, after the content was downloaded;"
                    + " the document is " + d.state());
        }
        String type = imported ? "document.receipted" : "document.refused";
        events.add(Outbox.append(c, d.sender(), type, now, id, d.fileName()));
        rollups.receipted(c, d, imported, now, tally);
        AuditLog.append(c, now, office, "receipt", id, AuditLog.detail(Map.of("outcome", to.name(),
                "reason", reason == null ? "" : reason)));
        return new ReceiptOutcome.Recorded(DocumentRows.changed(c, d, to));
    }

    /** Purges content uploaded before the cutoff; never-downloaded documents become EXPIRED. */
    int purge(Instant cutoff) {
        Instant now = now();
        return writer.execute(c -> {
            List<String[]> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, state FROM documents"
                    + " WHERE created_at < ? AND purged_at IS NULL ORDER BY created_at")) {
                s.setLong(1, cutoff.toEpochMilli());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        due.add(new String[] {r.getString(1), r.getString(2)});
                    }
                }
            }
            for (String[] d : due) {
                DocumentWrites.purge(c, d[0], now);
                DocumentWrites.transition(c, d[0], DocumentState.ACCEPTED, DocumentState.EXPIRED, now, "system",
                        "retention passed before download");
                AuditLog.append(c, now, "system", "purge", d[0], AuditLog.detail(Map.of("state", d[1])));
            }
            return due.size();
        });
    }

    /** Runs the work in the writer, then, once committed, tells the listeners of its events and metering tally. */
    private <T> T writeAndPublish(EventWork<T> work) {
        // the lists start afresh each time the work runs: the writer may run it twice (GroupCommitWriter)
        Written<T> written = writer.execute(c -> {
            List<Event> events = new ArrayList<>();
            Tally tally = new Tally();
            return new Written<>(work.run(c, events, tally), events, tally);
        });
        written.events().forEach(published);
        rollups.committed(written.tally());
        return written.result();
    }

    private record Written<T>(T result, List<Event> events, Tally tally) {
    }

    /** Writer work that records the outbox events it appends and what it added to the metering roll-ups. */
    @FunctionalInterface
    private interface EventWork<T> {
        T run(Connection c, List<Event> events, Tally tally) throws SQLException;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
