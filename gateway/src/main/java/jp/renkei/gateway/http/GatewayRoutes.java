package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.notify.Notifications;
import jp.renkei.gateway.store.Store;
import jp.renkei.protocol.validate.Validator;

/** Assembles the route table of API v1 from its endpoint groups; the OpenAPI document is served from a resource. */
final class GatewayRoutes {

    static final String OPENAPI_RESOURCE = "openapi.json";

    private GatewayRoutes() {
    }

    static Routes build(Store store, Enrollment enrollment, Validator validator, GatewayMetrics metrics,
            Notifications notifications, MeteringEndpoints metering) {
        Routes routes = new Routes();
        new DocumentEndpoints(store.exchange(), validator, metrics).addTo(routes);
        new MailboxEndpoints(store.exchange()).addTo(routes);
        new AdminEndpoints(store.registry(), enrollment).addTo(routes);
        new SheetEndpoints(store.exchange(), new PdfRendering(null)).addTo(routes);
        new EventEndpoints(store, notifications).addTo(routes);
        new WebhookEndpoints(notifications.webhooks()).addTo(routes);
        metering.addTo(routes);
        byte[] openApi = openApi();
        routes.add(HttpMethod.GET, "/v1/openapi.json", Routes.PUBLIC,
                r -> new Answer(OK, Answer.JSON, openApi, Map.of()));
        return routes;
    }

    static byte[] openApi() {
        try (InputStream in = GatewayRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + OPENAPI_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
