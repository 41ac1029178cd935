package jp.renkei.gateway.http;

import io.netty.channel.Channel;
import java.util.function.Consumer;

/**
 * The connection handed over by an endpoint whose answer is not one complete response now: an event stream writes
 * its own response for as long as the client stays, a long-poll answers through {@code reply} when an event comes
 * or its wait ends. Runs on the channel's event loop, after authentication; must not block.
 */
@FunctionalInterface
interface Takeover {
    void start(Channel channel, Consumer<Answer> reply);
}
