package jp.renkei.gateway.mailbox;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jp.renkei.gateway.metering.Linkage;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Validator;

/**
 * The exchange service: the upload policy over a {@link DocumentStore}. Checks run in this order, and the first that
 * fails decides the outcome: unusable file names (400), sender is not the caller (403), unknown recipient (404),
 * idempotency key already used (200 identical / 409 different), validation (422), then one durable transaction
 * (201). The idempotency key is read only for a file that fails validation: a valid one goes straight to the store,
 * whose unique key answers 200 or 409 in the same transaction, so a new upload needs no read for it. Thread-safe;
 * every method blocks.
 */
public final class MailboxService implements Exchange {

    /** Longer names are refused before parsing; the standard's longest form is well under this. */
    static final int MAX_NAME_LENGTH = 255;

    /** Offices remembered as existing recipients; beyond this many the set starts afresh (bounded memory). */
    static final int KNOWN_RECIPIENTS_LIMIT = 100_000;

    private final DocumentStore store;
    private final UploadValidation validation;
    /**
     * Recipients found in the registry. Offices are never removed and their numbers never change, so an office once
     * found stays valid: each upload's recipient check then needs no read. An office not in the set is looked up, so
     * one registered a moment ago (by another process or node) is found at once.
     */
    private final Set<String> knownRecipients = ConcurrentHashMap.newKeySet();

    public MailboxService(DocumentStore store, UploadValidation validation) {
        this.store = store;
        this.validation = validation;
    }

    @Override
    public UploadOutcome upload(String office, String fileName, byte[] content, String userAgent) {
        return uploadSet(office, List.of(new Validator.Named(fileName, content)), userAgent, false);
    }

    @Override
    public UploadOutcome uploadSet(String office, List<Validator.Named> files, String userAgent) {
        return uploadSet(office, files, userAgent, true);
    }

    private UploadOutcome uploadSet(String office, List<Validator.Named> files, String userAgent, boolean asSet) {
        Optional<UploadOutcome> refused = badRequest(files);
        Map<String, FileName> names = refused.isPresent() ? Map.of() : parseNames(files);
        refused = refused.or(() -> misrouted(office, files, names));
        if (refused.isPresent()) {
            record(office, files, userAgent, refused.get());
            return refused.get();
        }
        ContentHashes hashes = new ContentHashes();
        UploadOutcome outcome = asSet ? validateSetAndStore(office, files, names, hashes, userAgent)
                : validateFileAndStore(office, files, names, hashes, userAgent);
        // a name the store found taken with other bytes is a refused attempt like the others
        record(office, files, userAgent, outcome);
        return outcome;
    }

    /** Each name parsed once per upload (names that do not parse are left out: the validator reports them). */
    private Map<String, FileName> parseNames(List<Validator.Named> files) {
        Map<String, FileName> names = new HashMap<>();
        for (Validator.Named file : files) {
            validation.parseName(file.name()).ifPresent(name -> names.put(file.name(), name));
        }
        return names;
    }

    private UploadOutcome validateFileAndStore(String office, List<Validator.Named> files,
            Map<String, FileName> names, ContentHashes hashes, String userAgent) {
        Validator.Named file = files.get(0);
        Linkage.Collector users = Linkage.collector(names.get(file.name()));
        FileReport report = validation.validateFile(file.name(), file.content(), users);
        if (!report.valid()) {
            return invalid(office, files, hashes, report.findings(), new UploadOutcome.Invalid(report, null),
                    userAgent);
        }
        return store.accept(office, List.of(incoming(file, names, hashes, report, List.of(), users)), false,
                userAgent);
    }

    private UploadOutcome validateSetAndStore(String office, List<Validator.Named> files,
            Map<String, FileName> names, ContentHashes hashes, String userAgent) {
        FileName first = names.get(files.get(0).name());
        String last = first != null && sameUnit(files, names) ? store.lastAcceptedSequence(first.unit()) : null;
        Map<String, Linkage.Collector> users = new HashMap<>();
        for (Validator.Named f : files) {
            users.put(f.name(), Linkage.collector(names.get(f.name())));
        }
        BatchReport report = validation.validateBatch(files, last, users::get);
        if (!report.accepted()) {
            List<Finding> all = Stream.concat(report.files().stream().flatMap(f -> f.findings().stream()),
                    report.units().stream().flatMap(u -> u.findings().stream())).toList();
            return invalid(office, files, hashes, all, new UploadOutcome.Invalid(null, report), userAgent);
        }
        List<DocumentStore.Incoming> incoming = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).name();
            List<Finding> unitWarnings = report.units().stream().filter(u -> u.files().contains(name))
                    .flatMap(u -> u.findings().stream()).toList();
            FileReport fileReport = report.files().stream().filter(f -> name.equals(f.file())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the batch report has no report for " + name));
            incoming.add(incoming(files.get(i), names, hashes, fileReport, unitWarnings, users.get(name)));
        }
        return store.accept(office, incoming, true, userAgent);
    }

    /**
     * The answer to files that failed validation: as for the documents already stored under their names when there
     * are (the idempotency key is checked before validation), else 422, recorded with its rule ids. Nothing is
     * recorded here for a stored name: the caller records a conflict.
     */
    private UploadOutcome invalid(String office, List<Validator.Named> files, ContentHashes hashes,
            List<Finding> findings, UploadOutcome invalid, String userAgent) {
        Optional<UploadOutcome> stored = alreadyStored(office, files, hashes);
        if (stored.isPresent()) {
            return stored.get();
        }
        store.rejected(office, names(files), bytes(files), "invalid", errorRules(findings), userAgent);
        return invalid;
    }

    private DocumentStore.Incoming incoming(Validator.Named file, Map<String, FileName> names, ContentHashes hashes,
            FileReport report, List<Finding> unitWarnings, Linkage.Collector users) {
        FileName name = Optional.ofNullable(names.get(file.name())).orElseThrow(
                () -> new IllegalStateException("the validator accepted a name that does not route: " + file.name()));
        List<Finding> warnings = Stream.concat(report.findings().stream(), unitWarnings.stream())
                .filter(f -> !f.isError()).toList();
        return new DocumentStore.Incoming(name, file.name(), report.csvVersion(), file.content(),
                hashes.of(file), warnings, users.linkage(file.content(), report.records()));
    }

    private Optional<UploadOutcome> badRequest(List<Validator.Named> files) {
        if (files.isEmpty()) {
            return Optional.of(new UploadOutcome.BadRequest("empty_set", "a set needs at least one file"));
        }
        Set<String> seen = new HashSet<>();
        for (Validator.Named file : files) {
            Optional<String> problem = FileNameCheck.problem(file.name());
            if (problem.isPresent()) {
                return Optional.of(new UploadOutcome.BadRequest("bad_file_name", problem.get()));
            }
            if (!seen.add(file.name())) {
                return Optional.of(new UploadOutcome.BadRequest("duplicate_file_name",
                        "the file name occurs twice in the set: " + file.name()));
            }
            if (file.content() == null) {
                return Optional.of(new UploadOutcome.BadRequest("no_content", "no content for " + file.name()));
            }
        }
        return Optional.empty();
    }

    /** Sender and recipient checks on every name that parses; names that do not parse are left to the validator. */
    private Optional<UploadOutcome> misrouted(String office, List<Validator.Named> files,
            Map<String, FileName> names) {
        for (Validator.Named file : files) {
            FileName name = names.get(file.name());
            if (name != null && !name.sender().equals(office)) {
                return Optional.of(new UploadOutcome.SenderMismatch(file.name(), name.sender()));
            }
        }
        for (Validator.Named file : files) {
            FileName name = names.get(file.name());
            if (name != null && !recipientExists(name.recipient())) {
                return Optional.of(new UploadOutcome.UnknownRecipient(file.name(), name.recipient()));
            }
        }
        return Optional.empty();
    }

    private boolean recipientExists(String number) {
        if (knownRecipients.contains(number)) {
            return true;
        }
        if (store.office(number).isEmpty()) {
            return false;
        }
        if (knownRecipients.size() >= KNOWN_RECIPIENTS_LIMIT) {
            knownRecipients.clear();
        }
        knownRecipients.add(number);
        return true;
    }

    /** Existing when every file is stored with identical bytes, Conflict when any name holds other bytes. */
    private Optional<UploadOutcome> alreadyStored(String office, List<Validator.Named> files,
            ContentHashes hashes) {
        int identical = 0;
        for (Validator.Named file : files) {
            Optional<DocumentStore.Stored> stored = store.stored(office, file.name());
            if (stored.isPresent() && !stored.get().sha256().equals(hashes.of(file))) {
                return Optional.of(new UploadOutcome.Conflict(file.name(), stored.get().id()));
            }
            identical += stored.isPresent() ? 1 : 0;
        }
        if (identical < files.size()) {
            return Optional.empty();
        }
        List<Document> documents = files.stream()
                .map(f -> store.document(office, store.stored(office, f.name()).orElseThrow().id()).orElseThrow())
                .toList();
        return Optional.of(new UploadOutcome.Existing(documents));
    }

    private void record(String office, List<Validator.Named> files, String userAgent, UploadOutcome outcome) {
        String code = outcome instanceof UploadOutcome.BadRequest ? "bad_request"
                : outcome instanceof UploadOutcome.SenderMismatch ? "sender_mismatch"
                : outcome instanceof UploadOutcome.UnknownRecipient ? "unknown_recipient"
                : outcome instanceof UploadOutcome.Conflict ? "conflict"
                : null;
        if (code != null) {
            store.rejected(office, names(files), bytes(files), code, List.of(), userAgent);
        }
    }

    private static boolean sameUnit(List<Validator.Named> files, Map<String, FileName> names) {
        return files.stream().map(f -> Optional.ofNullable(names.get(f.name())).map(FileName::unit)).distinct()
                .count() == 1;
    }

    @Override
    public List<Document> inbox(String office, long after, int limit) {
        return store.inbox(office, after, limit);
    }

    @Override
    public List<Document> outbox(String office, long after, int limit) {
        return store.outbox(office, after, limit);
    }

    @Override
    public Optional<Document> document(String office, String id) {
        return store.document(office, id);
    }

    @Override
    public Optional<Document> document(String office, String sender, String fileName) {
        return store.stored(sender, fileName).flatMap(stored -> store.document(office, stored.id()));
    }

    @Override
    public Optional<Download> download(String office, String id) {
        return store.download(office, id);
    }

    @Override
    public ReceiptOutcome receipt(String office, String id, boolean imported, String reason) {
        if (!imported && (reason == null || reason.isBlank())) {
            return new ReceiptOutcome.BadRequest("a refusal needs a reason");
        }
        return store.receipt(office, id, imported, imported ? null : reason.strip());
    }

    @Override
    public Optional<Office> office(String number) {
        return store.office(number);
    }

    private static List<String> names(List<Validator.Named> files) {
        return files.stream().map(Validator.Named::name).toList();
    }

    private static long bytes(List<Validator.Named> files) {
        return files.stream().mapToLong(f -> f.content() == null ? 0 : f.content().length).sum();
    }

    private static List<String> errorRules(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).map(f -> f.rule().id()).distinct().toList();
    }

    /** The SHA-256 of each file of one upload, computed at most once however many checks ask for it. */
    private static final class ContentHashes {

        private final Map<Validator.Named, String> hex = new IdentityHashMap<>();

        String of(Validator.Named file) {
            return hex.computeIfAbsent(file, f -> sha256(f.content()));
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
