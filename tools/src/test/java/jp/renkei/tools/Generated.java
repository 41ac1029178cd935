package jp.renkei.tools;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.validate.Validator;

/** Valid files for a given address from the protocol's generator, in the shape the tests hand to the validator. */
final class Generated {

    private static final DateTimeFormatter SEQ = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private Generated() {
    }

    /** The 利用票 set of May 2025 from {@code care} (kind 43) to {@code service} (kind 11); {@code seed} varies it. */
    static List<Validator.Named> serviceUseSet(String care, String service, String sequence, long seed) {
        GeneratorConfig config = new GeneratorConfig(1, 1, 2, YearMonth.of(2025, 5), seed, CsvVersion.V202407);
        return new CareplanGenerator(config).serviceUseUnit(care, service, LocalDateTime.parse(sequence, SEQ))
                .files().stream().map(f -> new Validator.Named(f.name(), f.content())).toList();
    }

    /** The set's UPPLAN (第6表), valid alone as a file. */
    static Validator.Named plan(String care, String service, String sequence, long seed) {
        return serviceUseSet(care, service, sequence, seed).get(0);
    }
}
