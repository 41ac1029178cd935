package jp.renkei.gateway.notify;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.renkei.gateway.store.Event;

/**
 * One open {@code text/event-stream}: sends every event of its office after its starting point, in id order, exactly
 * once. Event ids are gap-free per office, so the stream knows what it must send next ({@code lastSent + 1}): a live
 * event that fits is written at once; anything else (a gap, a stream still catching up, a client not reading) makes
 * it read the missing events from the store instead, off the event loop, in batches. Writes happen only while the
 * channel is writable, so nothing piles up in memory for a slow client; a client that stops reading for longer than
 * the slow-consumer timeout is disconnected and resumes with {@code Last-Event-ID}. All state but the inbox is
 * confined to the channel's event loop.
 *
 * <p>Live events reach the loop through an inbox drained by one task at a time, and everything a task sends goes out
 * as one chunk, one TLS record and one flush: when the loop falls behind, the frames that queued up meanwhile cost
 * one write instead of one each, so a busy loop catches up instead of falling further behind. A heartbeat is only
 * written on a stream that sent nothing for half a heartbeat interval.
 */
final class SseStream extends ChannelInboundHandlerAdapter implements Subscriber {

    /** Live events kept while a catch-up read runs; more than this and the stream reads them from the store. */
    private static final int HELD_BACK = 64;
    /** A chunk this large is written at once, so a long catch-up does not build one huge buffer. */
    private static final int CHUNK = 32 * 1024;
    private static final byte[] HEARTBEAT = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final StreamContext context;
    private final String office;
    private final Channel channel;
    private long lastSent;
    private long highestSeen;
    private boolean catchingUp;
    private boolean waitingForWritable;
    private long unwritableSince;
    private boolean closed;
    private ArrayDeque<Event> heldBack;
    private boolean overflowed;
    private ScheduledFuture<?> heartbeat;
    private final Queue<Event> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private ByteBuf out;
    private long lastWrite = System.nanoTime();

    SseStream(StreamContext context, String office, Channel channel, long after) {
        this.context = context;
        this.office = office;
        this.channel = channel;
        this.lastSent = after;
        this.highestSeen = after;
    }

    /** Sends the headers, joins the registry and starts with the history after the starting point. On the loop. */
    void start() {
        if (!channel.isActive()) {
            return;
        }
        channel.pipeline().addLast("event-stream", this);
        channel.write(headers());
        channel.writeAndFlush(text("retry: 3000\n\n"));
        long every = context.config().heartbeat().toMillis();
        heartbeat = channel.eventLoop().scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
        context.registry().add(this);
        catchUp();
    }

    @Override
    public String office() {
        return office;
    }

    @Override
    public void offer(Event event) {
        inbox.add(event);
        if (draining.compareAndSet(false, true)) {
            try {
                channel.eventLoop().execute(this::drainInbox);
            } catch (RejectedExecutionException e) {
                inbox.clear(); // the loop is shutting down: the channel closes and its client resumes
            }
        }
    }

    /** Sends whatever arrived since the last drain as one write. Cleared first: a later offer schedules anew. */
    private void drainInbox() {
        draining.set(false);
        for (Event event = inbox.poll(); event != null; event = inbox.poll()) {
            live(event);
        }
        flushOut();
    }

    private void live(Event event) {
        highestSeen = Math.max(highestSeen, event.id());
        if (closed || event.id() <= lastSent) {
            return;
        }
        if (catchingUp) {
            holdBack(event);
            return;
        }
        if (event.id() == lastSent + 1 && channel.isWritable()) {
            send(event);
        } else {
            catchUp();
        }
    }

    private void catchUp() {
        catchingUp = true;
        if (!channel.isWritable()) {
            waitingForWritable = true;
            return;
        }
        long from = lastSent;
        try {
            context.reads().execute(() -> {
                List<Event> events = context.read(office, from, StreamContext.BATCH);
                channel.eventLoop().execute(() -> caughtUp(events));
            });
        } catch (RejectedExecutionException e) {
            channel.close();
        }
    }

    /** Keeps a live event that came during a catch-up, so the stream goes live again without another read. */
    private void holdBack(Event event) {
        if (heldBack == null) {
            heldBack = new ArrayDeque<>();
        }
        if (heldBack.size() < HELD_BACK) {
            heldBack.add(event);
        } else {
            overflowed = true;
        }
    }

    private void caughtUp(List<Event> events) {
        if (closed) {
            return;
        }
        events.stream().filter(e -> e.id() > lastSent).forEach(this::send);
        if (events.size() < StreamContext.BATCH && !overflowed && heldBack != null) {
            heldBack.stream().filter(e -> e.id() == lastSent + 1).forEach(this::send);
        }
        flushOut();
        heldBack = null;
        if (events.size() == StreamContext.BATCH || overflowed || highestSeen > lastSent) {
            overflowed = false;
            catchUp();
        } else {
            catchingUp = false;
        }
    }

    /** Adds the event's frame to the chunk being built; {@link #flushOut()} writes it. */
    private void send(Event event) {
        if (out == null) {
            out = channel.alloc().buffer(512);
        }
        out.writeCharSequence("id: ", StandardCharsets.US_ASCII);
        out.writeCharSequence(Long.toString(event.id()), StandardCharsets.US_ASCII);
        out.writeCharSequence("\nevent: ", StandardCharsets.US_ASCII);
        out.writeCharSequence(event.type(), StandardCharsets.UTF_8);
        out.writeCharSequence("\ndata: ", StandardCharsets.US_ASCII);
        out.writeCharSequence(event.payload(), StandardCharsets.UTF_8);
        out.writeCharSequence("\n\n", StandardCharsets.US_ASCII);
        lastSent = event.id();
        context.metrics().delivered("sse", event.at());
        if (out.readableBytes() >= CHUNK) {
            flushOut();
        }
    }

    private void flushOut() {
        if (out != null) {
            ByteBuf chunk = out;
            out = null;
            channel.writeAndFlush(new DefaultHttpContent(chunk));
            lastWrite = System.nanoTime();
        }
    }

    private void beat() {
        if (channel.isWritable()) {
            unwritableSince = 0;
            if (System.nanoTime() - lastWrite < context.config().heartbeat().toNanos() / 2) {
                return; // frames went out recently: they keep proxies from timing the stream out too
            }
            lastWrite = System.nanoTime();
            ByteBuf beat = channel.alloc().buffer(HEARTBEAT.length).writeBytes(HEARTBEAT);
            channel.writeAndFlush(new DefaultHttpContent(beat));
        } else if (unwritableSince == 0) {
            unwritableSince = System.nanoTime();
        } else if (System.nanoTime() - unwritableSince > context.config().slowConsumerTimeout().toNanos()) {
            channel.close();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && waitingForWritable) {
            waitingForWritable = false;
            unwritableSince = 0;
            catchUp();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // a client does not send on an event stream; whatever it sends is dropped
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed = true;
        if (out != null) {
            out.release();
            out = null;
        }
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        context.registry().remove(this);
        ctx.fireChannelInactive();
    }

    private static HttpResponse headers() {
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=UTF-8")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED)
                .set("X-Accel-Buffering", "no");
        return response;
    }

    private DefaultHttpContent text(String s) {
        ByteBuf buf = channel.alloc().buffer(s.length() + 16);
        buf.writeCharSequence(s, StandardCharsets.UTF_8);
        return new DefaultHttpContent(buf);
    }
}
