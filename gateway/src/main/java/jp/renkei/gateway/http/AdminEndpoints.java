package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.CREATED;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.ca.Identity;
import jp.renkei.gateway.ca.InvalidCsrException;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.IssuedCertificate;
import jp.renkei.gateway.store.Registry;
import jp.renkei.gateway.store.Role;

/** The operator's endpoints: register offices, issue certificates from CSRs, revoke certificates. */
final class AdminEndpoints {

    static final Set<String> DELIVERY_MODES = Set.of("none", "car", "transit");
    private static final String PEM = "application/x-pem-file";

    private final Registry registry;
    private final Enrollment enrollment;

    AdminEndpoints(Registry registry, Enrollment enrollment) {
        this.registry = registry;
        this.enrollment = enrollment;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.POST, "/v1/admin/offices", Routes.OPERATOR, this::register)
                .add(HttpMethod.POST, "/v1/admin/offices/{number}/certificates", Routes.OPERATOR, this::issue)
                .add(HttpMethod.DELETE, "/v1/admin/offices/{number}/certificates/{serial}", Routes.OPERATOR,
                        this::revoke);
    }

    private Answer register(Request request) throws BadRequestException {
        Office wanted = office(Json.parseObject(request.body()), enrollment.authority().now());
        Optional<Office> existing = registry.office(wanted.number());
        if (existing.isPresent()) {
            return Answer.json(OK, Json.office(existing.get()));
        }
        Office office = registry.registerOffice(wanted);
        return Answer.json(CREATED, Json.office(office)).withHeader("Location", "/v1/offices/" + office.number());
    }

    private Answer issue(Request request) throws BadRequestException {
        String number = officeNumber(request);
        if (registry.office(number).isEmpty()) {
            return ApiError.notFound("unknown_office", number + " is not registered").answer();
        }
        try {
            IssuedCertificate issued = enrollment.issueFromCsr(Role.OFFICE, number,
                    new String(request.body(), StandardCharsets.US_ASCII));
            return new Answer(CREATED, PEM, issued.pem().getBytes(StandardCharsets.US_ASCII), Map.of(
                    "X-Renkei-Certificate-Serial", issued.serial(),
                    "Location", "/v1/admin/offices/" + number + "/certificates/" + issued.serial()));
        } catch (InvalidCsrException e) {
            throw new BadRequestException("invalid_csr", e.getMessage());
        }
    }

    private Answer revoke(Request request) throws BadRequestException {
        String number = officeNumber(request);
        String serial = request.param("serial");
        Optional<IssuedCertificate> certificate = registry.certificate(serial)
                .filter(c -> c.role() == Role.OFFICE && c.subject().equals(number));
        if (certificate.isEmpty()) {
            return ApiError.notFound("certificate_not_found", "office " + number + " has no certificate " + serial)
                    .answer();
        }
        enrollment.revoke(serial);
        IssuedCertificate now = registry.certificate(serial).orElseThrow();
        ObjectNode body = Json.object().put("serial", serial).put("subject", number)
                .put("revokedAt", String.valueOf(now.revokedAt()));
        return Answer.json(OK, body);
    }

    private static String officeNumber(Request request) throws BadRequestException {
        String number = request.param("number");
        if (!Identity.isOfficeNumber(number)) {
            throw new BadRequestException("invalid_office_number", "an office number has exactly 10 digits");
        }
        return number;
    }

    private static Office office(ObjectNode body, Instant now) throws BadRequestException {
        List<String> problems = new ArrayList<>();
        String number = body.path("number").asText("");
        String name = body.path("name").asText("").strip();
        String mode = body.path("deliveryMode").asText("none");
        List<String> kinds = new ArrayList<>();
        body.path("kinds").forEach((JsonNode k) -> kinds.add(k.asText()));
        if (!Identity.isOfficeNumber(number)) {
            problems.add("number must have exactly 10 digits");
        }
        if (name.isEmpty() || name.length() > 200) {
            problems.add("name must have 1 to 200 characters");
        }
        if (kinds.isEmpty() || !kinds.stream().allMatch(k -> k.matches("[0-9A-Z]{2}"))) {
            problems.add("kinds must be a non-empty list of 2-character service kind codes");
        }
        if (!DELIVERY_MODES.contains(mode)) {
            problems.add("deliveryMode must be none, car or transit");
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException("invalid_office", String.join("; ", problems));
        }
        return new Office(number, name, kinds, mode, now);
    }
}
