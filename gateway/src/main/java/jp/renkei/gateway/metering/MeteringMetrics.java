package jp.renkei.gateway.metering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Live metering meters, fed by each committed {@link Tally}: documents by kind and outcome, users newly linked per
 * office-month by role, and the savings those links add (hours, travel minutes, yen; estimates from the model's
 * parameters). Tags are closed lists (file kind, outcome, role), never an office number. Thread-safe.
 */
public final class MeteringMetrics implements MeterBinder, AutoCloseable {

    private final Rollups rollups;
    private final MeteringConfig parameters;
    private volatile MeterRegistry meters = new CompositeMeterRegistry();
    private volatile Runnable unsubscribe = () -> { };

    public MeteringMetrics(Rollups rollups, MeteringConfig parameters) {
        this.rollups = rollups;
        this.parameters = parameters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.meters = registry;
        for (String role : new String[] {Rollups.CARE, Rollups.SERVICE}) {
            linked(role);
            saved("hours", role);
            saved("travel.minutes", role);
            saved("yen", role);
        }
        unsubscribe = rollups.onCommitted(this::record);
    }

    /** Stops counting the store's commits (the registry's meters stay as they are). */
    @Override
    public void close() {
        unsubscribe.run();
    }

    void record(Tally tally) {
        for (Tally.Documents d : tally.documents()) {
            Counter.builder("renkei.metering.documents").description("Documents by file kind and outcome")
                    .tag("kind", d.kind()).tag("outcome", d.outcome()).register(meters).increment(d.count());
        }
        for (Tally.Linked l : tally.linked()) {
            linked(l.role()).increment(l.users());
            Savings s = Savings.of(l.users(), l.deliveryMode(), parameters);
            saved("hours", l.role()).increment(s.hours());
            saved("travel.minutes", l.role()).increment(s.travelMinutes());
            saved("yen", l.role()).increment(s.yen());
        }
    }

    private Counter linked(String role) {
        return Counter.builder("renkei.metering.linked.users")
                .description("Users newly linked in an office-month (each user once per office, month and role)")
                .tag("role", role).register(meters);
    }

    private Counter saved(String what, String role) {
        return Counter.builder("renkei.metering.saved." + what)
                .description("Estimated savings added by newly linked users (scaled from the ministry's figures)")
                .tag("role", role).register(meters);
    }
}
