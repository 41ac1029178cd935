package jp.renkei.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void readsTheLibpqFormIntoTheDriversUrlUserPasswordAndSchema() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ren%40kei:p%3Ass@db.example:6543/renkei"
                + "?currentSchema=node&sslmode=verify-full");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/renkei"
                + "?currentSchema=node&sslmode=verify-full");
        assertThat(url.user()).hasValue("ren@kei");
        assertThat(url.password()).hasValue("p:ss");
        assertThat(url.schema()).hasValue("node");
        assertThat(url.toString()).isEqualTo("postgresql://ren@kei@db.example:6543/renkei"
                + "?currentSchema=node&sslmode=verify-full").doesNotContain("p:ss");
    }

    @Test
    void theUserThePasswordThePortAndTheSchemaAreOptional() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/renkei");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/renkei");
        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
        assertThat(url.schema()).isEmpty();
    }

    @Test
    void eachMalformedUrlIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlite:renkei.db")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///renkei")).hasMessageContaining("no host");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://db")).hasMessageContaining("no database");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://db/a/b")).hasMessageContaining("no database");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:secret@db/x y"))
                .hasMessageNotContaining("secret");
    }
}
