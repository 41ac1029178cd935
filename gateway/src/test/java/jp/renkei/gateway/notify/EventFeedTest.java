package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.TestDatabase;
import jp.renkei.gateway.store.Transactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Part of the store's contract: the event feed in commit order, and pruning that spares what is recent. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EventFeedTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    @Test
    void pruningKeepsRowsAfterThePositionAndRowsYoungerThanTheBound() {
        Instant t0 = Instant.parse("2025-04-15T09:00:00Z");
        try (JdbcStore store = JdbcStore.open(database.config(dir), Clock.systemUTC())) {
            Transactions tx = store.transactions();
            long head = tx.read(EventFeed::head);
            Instant[] times = {t0, t0.plusSeconds(1), t0.plus(Duration.ofMinutes(20)), t0.plusSeconds(2)};
            for (Instant at : times) {
                tx.write(c -> tx.appendEvent(c, "1310000015", "test.event", at, "doc", "f", Map.of()));
            }
            assertThat(tx.read(c -> EventFeed.after(c, head, 10)).events()).extracting(e -> e.id())
                    .containsExactly(1L, 2L, 3L, 4L);

            int pruned = tx.write(c -> EventFeed.prune(c, head + 4, t0.plus(Duration.ofMinutes(10))));

            assertThat(pruned).isEqualTo(2);
            assertThat(tx.read(c -> EventFeed.after(c, head, 10)).events()).extracting(e -> e.id())
                    .containsExactly(3L, 4L);
        }
    }
}
