package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.CONFLICT;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.renkei.gateway.ca.Identity;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.gateway.mailbox.Exchange.ReceiptOutcome;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Role;

/** Inbox, outbox, document metadata and content, receipts, and the office lookup. */
final class MailboxEndpoints {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final int MAX_REASON = 1000;

    private final Exchange exchange;

    MailboxEndpoints(Exchange exchange) {
        this.exchange = exchange;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.GET, "/v1/inbox", Routes.OFFICE, r -> page(r, exchange::inbox))
                .add(HttpMethod.GET, "/v1/outbox", Routes.OFFICE, r -> page(r, exchange::outbox))
                .add(HttpMethod.GET, "/v1/documents/{id}", Routes.OFFICE, this::document)
                .add(HttpMethod.GET, "/v1/documents/{id}/content", Routes.OFFICE, this::content)
                .add(HttpMethod.POST, "/v1/documents/{id}/receipt", Routes.OFFICE, this::receipt)
                .add(HttpMethod.GET, "/v1/offices/{number}", Set.of(Role.OFFICE, Role.OPERATOR),
                        this::office);
    }

    /** Reads one page of a mailbox. */
    @FunctionalInterface
    private interface Mailbox {
        List<Document> read(String office, long after, int limit);
    }

    private Answer page(Request request, Mailbox mailbox) throws BadRequestException {
        long after = request.queryNumber("after", 0, 0, Long.MAX_VALUE);
        int limit = (int) request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<Document> documents = mailbox.read(request.caller().name(), after, limit);
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("documents");
        documents.forEach(d -> list.add(Json.document(d)));
        body.put("next", documents.isEmpty() ? after : documents.get(documents.size() - 1).cursor());
        return Answer.json(OK, body);
    }

    private Answer document(Request request) {
        return exchange.document(request.caller().name(), request.param("id"))
                .map(d -> Answer.json(OK, Json.document(d)))
                .orElseGet(MailboxEndpoints::noDocument);
    }

    private Answer content(Request request) {
        Optional<Exchange.Download> download = exchange.download(request.caller().name(), request.param("id"));
        if (download.isEmpty()) {
            return noDocument();
        }
        Document d = download.get().document();
        return new Answer(OK, contentType(d.fileName()), download.get().content(), Map.of(
                "Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"",
                "ETag", "\"" + d.sha256() + "\""));
    }

    private Answer receipt(Request request) throws BadRequestException {
        var body = Json.parseObject(request.body());
        String outcome = body.path("outcome").asText("");
        String reason = body.path("reason").asText("").strip();
        if (!outcome.equals("imported") && !outcome.equals("refused")) {
            throw new BadRequestException("invalid_receipt", "outcome must be \"imported\" or \"refused\"");
        }
        boolean imported = outcome.equals("imported");
        if (!imported && (reason.isEmpty() || reason.length() > MAX_REASON)) {
            throw new BadRequestException("invalid_receipt",
                    "a refusal needs a reason of 1 to " + MAX_REASON + " characters");
        }
        ReceiptOutcome result = exchange.receipt(request.caller().name(), request.param("id"), imported,
                imported ? null : reason);
        if (result instanceof ReceiptOutcome.Recorded recorded) {
            return Answer.json(OK, Json.document(recorded.document()));
        }
        if (result instanceof ReceiptOutcome.BadRequest bad) {
            throw new BadRequestException("invalid_receipt", bad.message());
        }
        if (result instanceof ReceiptOutcome.WrongState wrong) {
            return new ApiError(CONFLICT, "wrong_state", wrong.message()).answer();
        }
        return noDocument();
    }

    private Answer office(Request request) throws BadRequestException {
        String number = request.param("number");
        if (!Identity.isOfficeNumber(number)) {
            throw new BadRequestException("invalid_office_number", "an office number has exactly 10 digits");
        }
        Optional<Office> office = exchange.office(number);
        return office.map(o -> Answer.json(OK, Json.office(o)))
                .orElseGet(() -> ApiError.notFound("unknown_office", number + " is not registered").answer());
    }

    private static Answer noDocument() {
        return ApiError.notFound("document_not_found", "no such document in your inbox or outbox").answer();
    }

    private static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "text/csv; charset=Shift_JIS";
    }

}
