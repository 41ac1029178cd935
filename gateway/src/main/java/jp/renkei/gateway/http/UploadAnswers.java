package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.CONFLICT;
import static io.netty.handler.codec.http.HttpResponseStatus.CREATED;
import static io.netty.handler.codec.http.HttpResponseStatus.FORBIDDEN;
import static io.netty.handler.codec.http.HttpResponseStatus.NOT_FOUND;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;
import static io.netty.handler.codec.http.HttpResponseStatus.UNPROCESSABLE_ENTITY;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;

/** Maps each {@link UploadOutcome} to its status and body, and counts it. */
final class UploadAnswers {

    private static final Set<String> KINDS = Arrays.stream(FileKind.values()).map(FileKind::name)
            .collect(Collectors.toUnmodifiableSet());

    private final GatewayMetrics metrics;

    UploadAnswers(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    /** A single upload answers with the document itself; a set with {@code {"documents": [...]}}. */
    Answer answer(UploadOutcome outcome, boolean single) {
        if (outcome instanceof UploadOutcome.Created created) {
            count(created.documents(), "created");
            return stored(CREATED, created.documents(), single);
        }
        if (outcome instanceof UploadOutcome.Existing existing) {
            count(existing.documents(), "existing");
            return stored(OK, existing.documents(), single);
        }
        if (outcome instanceof UploadOutcome.Invalid invalid) {
            return invalid(invalid);
        }
        return refused(outcome);
    }

    private Answer refused(UploadOutcome outcome) {
        if (outcome instanceof UploadOutcome.Conflict c) {
            return error("conflict", new ApiError(CONFLICT, "conflict", c.fileName()
                    + " was already uploaded by this sender with different content (document " + c.existingId() + ")"));
        }
        if (outcome instanceof UploadOutcome.SenderMismatch m) {
            return error("sender_mismatch", new ApiError(FORBIDDEN, "sender_mismatch", "the sender " + m.sender()
                    + " in " + m.fileName() + " is not the authenticated office"));
        }
        if (outcome instanceof UploadOutcome.UnknownRecipient u) {
            return error("unknown_recipient", new ApiError(NOT_FOUND, "unknown_recipient", "the recipient "
                    + u.recipient() + " in " + u.fileName() + " is not a registered office"));
        }
        UploadOutcome.BadRequest bad = (UploadOutcome.BadRequest) outcome;
        return error("bad_request", ApiError.badRequest(bad.code(), bad.message()));
    }

    private Answer invalid(UploadOutcome.Invalid invalid) {
        List<Finding> findings = new ArrayList<>();
        List<FileReport> files = invalid.file() != null ? List.of(invalid.file()) : invalid.report().files();
        files.forEach(f -> findings.addAll(f.findings()));
        if (invalid.report() != null) {
            invalid.report().units().forEach(u -> findings.addAll(u.findings()));
        }
        files.forEach(f -> metrics.upload(kind(f.kind()), "invalid"));
        metrics.rejected(findings);
        long errors = findings.stream().filter(Finding::isError).count();
        return new ApiError(UNPROCESSABLE_ENTITY, "invalid_document", "rejected with " + errors
                + " error(s); nothing was stored; every finding is listed", findings).answer();
    }

    private Answer error(String outcome, ApiError error) {
        metrics.upload("unknown", outcome);
        return error.answer();
    }

    private void count(List<Document> documents, String outcome) {
        documents.forEach(d -> metrics.upload(kind(d.kind()), outcome));
    }

    private static Answer stored(HttpResponseStatus status, List<Document> documents, boolean single) {
        if (single && documents.size() == 1) {
            Document d = documents.get(0);
            return Answer.json(status, Json.document(d)).withHeader("Location", "/v1/documents/" + d.id());
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("documents");
        documents.forEach(d -> list.add(Json.document(d)));
        return Answer.json(status, body);
    }

    /** A kind tag from a closed list, so a client cannot mint new tag values. */
    private static String kind(Object kind) {
        String name = kind == null ? "" : kind.toString();
        return KINDS.contains(name) ? name : "unknown";
    }
}
