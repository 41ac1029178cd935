package jp.renkei.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** The router on an EmbeddedChannel: decoder verdicts and a full executor, without sockets. */
class RouterHandlerTest {

    private final GatewayMetrics metrics = new GatewayMetrics(new SimpleMeterRegistry());
    private final Routes routes = new Routes().add(HttpMethod.GET, "/v1/openapi.json", Routes.PUBLIC,
            r -> new Answer(io.netty.handler.codec.http.HttpResponseStatus.OK, Answer.JSON, new byte[] {'{', '}'},
                    Map.of()));

    @Test
    void answersAFailedDecodeWith400JsonAndCloses() {
        EmbeddedChannel channel = channel(Runnable::run);
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/bad");
        request.setDecoderResult(DecoderResult.failure(new IllegalArgumentException("header line too long")));
        channel.writeInbound(request);
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("\"error\":\"malformed_request\"");
        assertThat(channel.isOpen()).isFalse();
        response.release();
    }

    @Test
    void answers503JsonWhenTheDbExecutorIsFull() {
        EmbeddedChannel channel = channel(task -> {
            throw new RejectedExecutionException("queue full");
        });
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v1/openapi.json"));
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(503);
        assertThat(response.headers().get("Retry-After")).isEqualTo("1");
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("\"error\":\"busy\"")
                .doesNotContain("queue full");
        response.release();
    }

    @Test
    void runsTheEndpointOnTheDbExecutorAndWritesTheAnswer() {
        EmbeddedChannel channel = channel(Runnable::run);
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v1/openapi.json"));
        channel.runPendingTasks();
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(200);
        response.release();
    }

    private EmbeddedChannel channel(Executor db) {
        Dispatcher dispatcher = new Dispatcher(null, null);
        return new EmbeddedChannel(new RouterHandler(routes, dispatcher, db, metrics));
    }
}
