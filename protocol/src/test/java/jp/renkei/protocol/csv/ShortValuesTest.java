package jp.renkei.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShortValuesTest {

    @Test
    void returnsTheRightValueForManyValuesThatShareSlots() {
        ShortValues values = new ShortValues();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                String text = Integer.toString(i * 7919);
                byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);

                assertThat(values.get(bytes, 1, bytes.length - 1)).isEqualTo(text);
            }
        }
    }

    @Test
    void handsOutOneStringForARepeatedValue() {
        ShortValues values = new ShortValues();
        byte[] bytes = "202407".getBytes(StandardCharsets.US_ASCII);

        assertThat(values.get(bytes, 0, 6)).isSameAs(values.get(bytes.clone(), 0, 6));
        assertThat(values.get(bytes, 0, 0)).isEmpty();
    }

    @Test
    void declinesBytesThatAreNotAscii() {
        byte[] bytes = {'a', (byte) 0x88, (byte) 0x9F};

        assertThat(new ShortValues().get(bytes, 0, 3)).isNull();
    }
}
