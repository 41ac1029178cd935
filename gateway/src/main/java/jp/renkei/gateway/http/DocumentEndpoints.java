package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.protocol.validate.Validator;

/** Uploads (single file and sets) and the validation sandbox. */
final class DocumentEndpoints {

    static final String FILE_NAME_HEADER = "X-Renkei-File-Name";

    private final Exchange exchange;
    private final Validator validator;
    private final UploadAnswers answers;

    DocumentEndpoints(Exchange exchange, Validator validator, GatewayMetrics metrics) {
        this.exchange = exchange;
        this.validator = validator;
        this.answers = new UploadAnswers(metrics);
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.POST, "/v1/documents", Routes.OFFICE, this::upload)
                .add(HttpMethod.POST, "/v1/sets", Routes.OFFICE, this::uploadSet)
                .add(HttpMethod.POST, "/v1/validate", Routes.ANY_ROLE, this::validate);
    }

    private Answer upload(Request request) throws BadRequestException {
        String name = FileNames.check(request.headers().get(FILE_NAME_HEADER));
        return answers.answer(exchange.upload(request.caller().name(), name, request.body(), userAgent(request)),
                true);
    }

    private Answer uploadSet(Request request) throws BadRequestException {
        List<Validator.Named> files = Multipart.files(request);
        return answers.answer(exchange.uploadSet(request.caller().name(), files, userAgent(request)), false);
    }

    private Answer validate(Request request) throws BadRequestException {
        if (Multipart.is(request)) {
            return Answer.json(OK, Json.batchReport(validator.validateBatch(Multipart.files(request), null)));
        }
        String name = FileNames.check(request.headers().get(FILE_NAME_HEADER));
        return Answer.json(OK, Json.fileReport(validator.validateFile(name, request.body())));
    }

    private static String userAgent(Request request) {
        String agent = request.headers().get("User-Agent");
        return agent == null ? "" : agent.substring(0, Math.min(agent.length(), 200));
    }
}
