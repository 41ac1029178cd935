package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineTest {

    private final Validator validator = new Validator();

    static Stream<Arguments> csvKinds() {
        return Arrays.stream(FileKind.values()).filter(k -> !k.image()).flatMap(k -> Stream.of(
                Arguments.of(k, LayoutGeneration.V4),
                Arguments.of(k, LayoutGeneration.V3)).filter(a -> k.itemCount((LayoutGeneration) a.get()[1]) > 0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvKinds")
    void baselineFileOfEveryKindHasNoFindings(FileKind kind, LayoutGeneration generation) {
        Fixture f = Fixture.of(kind);
        if (generation == LayoutGeneration.V3) {
            f.v3();
        }
        FileReport report = validator.validateFile(f.name(), f.bytes());
        assertThat(report.findings()).as(f.name()).isEmpty();
        assertThat(report.records()).isEqualTo(f.rows().size());
        assertThat(report.kind()).isEqualTo(kind);
    }
}
