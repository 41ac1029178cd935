package jp.renkei.gateway.notify;

import io.netty.channel.Channel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.renkei.gateway.store.Event;

/**
 * One long-poll waiting for the first event of its office after its starting point, for at most its wait. It
 * answers once: with the events as soon as one commits, or with none when the wait ends. Its state is confined to
 * the channel's event loop; the reads run on the stream executor.
 */
final class LongPoll implements Subscriber {

    private final StreamContext context;
    private final String office;
    private final Channel channel;
    private final long after;
    private final int limit;
    private final Consumer<List<Event>> answer;
    private ScheduledFuture<?> deadline;
    private boolean reading;
    private boolean readAgain;
    private boolean done;

    LongPoll(StreamContext context, String office, Channel channel, long after, int limit,
            Consumer<List<Event>> answer) {
        this.context = context;
        this.office = office;
        this.channel = channel;
        this.after = after;
        this.limit = limit;
        this.answer = answer;
    }

    /** Registers, then reads once more: an event that committed before registration is not missed. On the loop. */
    void start(Duration wait) {
        context.registry().add(this);
        deadline = channel.eventLoop().schedule(() -> finish(List.of()), wait.toMillis(), TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> channel.eventLoop().execute(this::abandon));
        read();
    }

    @Override
    public String office() {
        return office;
    }

    @Override
    public void offer(Event event) {
        if (event.id() > after) {
            channel.eventLoop().execute(this::read);
        }
    }

    private void read() {
        if (done) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        try {
            context.reads().execute(() -> {
                List<Event> events = context.read(office, after, limit);
                channel.eventLoop().execute(() -> read(events));
            });
        } catch (RejectedExecutionException e) {
            finish(List.of());
        }
    }

    private void read(List<Event> events) {
        reading = false;
        if (!events.isEmpty()) {
            finish(events);
        } else if (readAgain) {
            readAgain = false;
            read();
        }
    }

    private void finish(List<Event> events) {
        if (done) {
            return;
        }
        abandon();
        events.forEach(e -> context.metrics().delivered("poll", e.at()));
        answer.accept(events);
    }

    private void abandon() {
        done = true;
        if (deadline != null) {
            deadline.cancel(false);
        }
        context.registry().remove(this);
    }
}
