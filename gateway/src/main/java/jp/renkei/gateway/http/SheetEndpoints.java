package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.CONFLICT;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;
import static io.netty.handler.codec.http.HttpResponseStatus.UNPROCESSABLE_ENTITY;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanReader;

/**
 * A stored document read for people and programs that cannot import it: its records as JSON (item names as in the
 * spec) and, for 第3表 (UP3KYO), the printed weekly schedule as PDF. Both read the content the way a download does,
 * so the recipient's first read moves the document to DOWNLOADED (the recipient has received it).
 */
final class SheetEndpoints {

    private final Exchange exchange;
    private final PdfRendering rendering;

    SheetEndpoints(Exchange exchange, PdfRendering rendering) {
        this.exchange = exchange;
        this.rendering = rendering;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.GET, "/v1/documents/{id}/records", Routes.OFFICE, this::records)
                .add(HttpMethod.GET, "/v1/documents/{id}/pdf", Routes.OFFICE, this::pdf);
    }

    private Answer records(Request request) throws IOException {
        String office = request.caller().name();
        Optional<Document> document = exchange.document(office, request.param("id"));
        if (document.isEmpty() || FileKind.valueOf(document.get().kind()).image()) {
            return document.isEmpty() ? noDocument() : notCsv(document.get());
        }
        byte[] content = exchange.content(office, document.get().id()).orElseThrow();
        FileKind kind = FileKind.valueOf(document.get().kind());
        ObjectNode body = Json.object().put("id", document.get().id()).put("kind", kind.name());
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(content), kind)) {
            ArrayNode records = body.put("csvVersion", reader.version().map(v -> v.code()).orElse(null))
                    .putArray("records");
            List<String> names = reader.generation().map(g -> itemNames(Layouts.of(kind, g))).orElse(List.of());
            for (List<String> row = reader.nextRow(); row != null; row = reader.nextRow()) {
                ObjectNode record = records.addObject();
                for (int i = 0; i < row.size() && i < names.size(); i++) {
                    record.put(names.get(i), row.get(i));
                }
            }
        }
        return Answer.json(OK, body);
    }

    private Answer pdf(Request request) throws IOException {
        String office = request.caller().name();
        Optional<Document> document = exchange.document(office, request.param("id"));
        if (document.isEmpty()) {
            return noDocument();
        }
        Document d = document.get();
        if (!d.kind().equals(FileKind.UP3KYO.name())) {
            return new ApiError(CONFLICT, "not_weekly_schedule",
                    "only 第3表 (UP3KYO) documents are rendered as PDF; this one is " + d.kind()).answer();
        }
        byte[] content = exchange.content(office, d.id()).orElseThrow();
        byte[] supplement = companionSupplement(office, d).orElse(null);
        Optional<byte[]> pdf = rendering.render(d.sha256(), content, supplement);
        if (pdf.isEmpty()) {
            return new ApiError(UNPROCESSABLE_ENTITY, "unreadable_schedule",
                    "the stored 第3表 has no record that can be read as a weekly schedule").answer();
        }
        String name = d.fileName().replaceFirst("(?i)\\.csv$", "") + ".pdf";
        return new Answer(OK, "application/pdf", pdf.get(), Map.of(
                "Content-Disposition", "inline; filename=\"" + name + "\""));
    }

    /** The plan set's 利用者補足情報 (same address and SEQ, MONTH 000000), when the caller can see it. */
    private Optional<byte[]> companionSupplement(String office, Document d) {
        String fileName = d.fileName().replaceFirst("^UP3KYO_", "UPHOSOKU_000000_");
        return exchange.document(office, d.sender(), fileName)
                .flatMap(companion -> exchange.content(office, companion.id()));
    }

    /** Japanese item names; a name repeated in one layout (UP3KYO's times) gets its item No. after the first. */
    static List<String> itemNames(Layout layout) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Item item : layout.items()) {
            names.add(seen.add(item.name()) ? item.name() : item.name() + "（No." + item.no() + "）");
        }
        return names;
    }

    private static Answer notCsv(Document d) {
        return new ApiError(CONFLICT, "not_csv", d.kind() + " is an image, not CSV records").answer();
    }

    private static Answer noDocument() {
        return ApiError.notFound("document_not_found", "no such document in your inbox or outbox").answer();
    }
}
