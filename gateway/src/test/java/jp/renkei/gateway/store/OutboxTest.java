package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.DAY_CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.invalid;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.UploadOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class OutboxTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;
    StoreFixture fixture;
    JdbcStore store;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(dir, database);
        store = fixture.open();
        StoreFixture.registerOffices(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Document upload(String recipient, String seq) {
        UploadOutcome o = store.exchange().upload(CARE, plan(recipient, seq), valid(), "x");
        return ((UploadOutcome.Created) o).documents().get(0);
    }

    @Test
    void eachStateChangeWritesItsEventForTheRightOffice() throws Exception {
        Document d = upload(HOME_HELP, "20250415093012");
        assertThat(store.events(HOME_HELP, 0, 10)).extracting(Event::type).containsExactly("document.arrived");
        assertThat(store.events(CARE, 0, 10)).isEmpty();

        store.exchange().content(CARE, d.id());
        assertThat(store.events(CARE, 0, 10)).isEmpty();
        store.exchange().content(HOME_HELP, d.id());
        store.exchange().receipt(HOME_HELP, d.id(), true, null);

        assertThat(store.events(CARE, 0, 10)).extracting(Event::type)
                .containsExactly("document.downloaded", "document.receipted");
        assertThat(store.events(DAY_CARE, 0, 10)).isEmpty();
        JsonNode payload = new ObjectMapper().readTree(store.events(CARE, 1, 10).get(0).payload());
        assertThat(payload.get("id").asLong()).isEqualTo(2);
        assertThat(payload.get("type").asText()).isEqualTo("document.receipted");
        assertThat(payload.get("documentId").asText()).isEqualTo(d.id());
        assertThat(payload.get("fileName").asText()).isEqualTo(d.fileName());
        assertThat(payload.get("time").asText()).isEqualTo("2025-04-15T09:30:00Z");
    }

    @Test
    void listenersHearOfEventsAfterTheyCommit() {
        List<Event> heard = new CopyOnWriteArrayList<>();
        store.onEvent(heard::add);
        store.onEvent(e -> {
            throw new IllegalStateException("a broken listener");
        });

        Document d = upload(HOME_HELP, "20250415093012");
        store.exchange().content(HOME_HELP, d.id());

        assertThat(heard).extracting(Event::office, Event::type).containsExactly(
                tuple(HOME_HELP, "document.arrived"), tuple(CARE, "document.downloaded"));
        assertThat(heard).isEqualTo(List.of(store.events(HOME_HELP, 0, 10).get(0), store.events(CARE, 0, 10).get(0)));
    }

    @Test
    void aRefusalIsAnnouncedToTheSender() {
        Document d = upload(HOME_HELP, "20250415093012");
        store.exchange().content(HOME_HELP, d.id());
        store.exchange().receipt(HOME_HELP, d.id(), false, "取り込めない");

        assertThat(store.events(CARE, 0, 10)).extracting(Event::type)
                .containsExactly("document.downloaded", "document.refused");
    }

    @Test
    void eventIdsAreMonotonicAndGapFreePerOffice() {
        for (int i = 0; i < 5; i++) {
            upload(HOME_HELP, "2025041509301" + i);
            upload(DAY_CARE, "2025041509302" + i);
        }

        assertThat(store.events(HOME_HELP, 0, 100)).extracting(Event::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.events(DAY_CARE, 0, 100)).extracting(Event::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(store.events(HOME_HELP, 3, 1)).extracting(Event::id).containsExactly(4L);
    }

    @Test
    void aRejectedUploadWritesNoEvent() throws Exception {
        store.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), invalid(), "x");

        assertThat(fixture.count("events")).isZero();
        assertThat(fixture.count("event_counters")).isZero();
    }
}
