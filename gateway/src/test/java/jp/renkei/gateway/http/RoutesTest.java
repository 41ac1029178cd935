package jp.renkei.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpMethod;
import jp.renkei.gateway.store.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private final Routes routes = new Routes()
            .add(HttpMethod.GET, "/v1/documents/{id}", Set.of(Role.OFFICE), r -> null)
            .add(HttpMethod.GET, "/v1/documents/{id}/content", Set.of(Role.OFFICE), r -> null);

    @Test
    void bindsPathParametersOfTheMatchingTemplate() {
        Routes.Match match = routes.match(HttpMethod.GET, "/v1/documents/abc/content");
        assertThat(match).isInstanceOf(Routes.Match.Found.class);
        Routes.Match.Found found = (Routes.Match.Found) match;
        assertThat(found.route().template()).isEqualTo("/v1/documents/{id}/content");
        assertThat(found.params()).containsEntry("id", "abc");
    }

    @Test
    void tellsAWrongMethodFromAnUnknownPath() {
        assertThat(routes.match(HttpMethod.DELETE, "/v1/documents/abc")).isInstanceOf(Routes.Match.WrongMethod.class);
        assertThat(routes.match(HttpMethod.GET, "/v1/documents/abc/other")).isInstanceOf(Routes.Match.NoPath.class);
        assertThat(routes.match(HttpMethod.GET, "/v1/documents/a/b/content")).isInstanceOf(Routes.Match.NoPath.class);
    }
}
