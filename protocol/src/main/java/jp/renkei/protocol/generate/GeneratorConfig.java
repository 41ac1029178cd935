package jp.renkei.protocol.generate;

import java.time.YearMonth;
import jp.renkei.protocol.CsvVersion;

/**
 * What to generate: how many 居宅介護支援事業所 ({@code careOffices}), service offices and users, for which
 * service-provision month, from which seed, in which CSVバージョン.
 *
 * @param version {@code 202407} (v4; months from 2025-04) or {@code 202208} (v3; months 2023-01 to 2025-03), so that
 *     the files never draw VER-006
 * @throws IllegalArgumentException when a count is below 1, the version is another one, or the month is outside the
 *     version's months
 */
public record GeneratorConfig(int careOffices, int serviceOffices, int users, YearMonth month, long seed,
        CsvVersion version) {

    private static final YearMonth V4_FROM = YearMonth.of(2025, 4);
    private static final YearMonth V3_FROM = YearMonth.of(2023, 1);

    public GeneratorConfig {
        if (careOffices < 1 || serviceOffices < 1 || users < 1) {
            throw new IllegalArgumentException("offices and users must be at least 1");
        }
        if (version != CsvVersion.V202407 && version != CsvVersion.V202208) {
            throw new IllegalArgumentException("the generator writes CSVバージョン 202407 or 202208, not " + version);
        }
        boolean v4 = version == CsvVersion.V202407;
        if (v4 ? month.isBefore(V4_FROM) : month.isBefore(V3_FROM) || !month.isBefore(V4_FROM)) {
            throw new IllegalArgumentException("CSVバージョン " + version.code() + " applies to months "
                    + (v4 ? "from 202504" : "202301 to 202503") + ", not " + month);
        }
    }

    /** A small v4 world: 2 居宅, 7 service offices (one of each kind), 20 users, May 2025, seed 1. */
    public static GeneratorConfig defaults() {
        return new GeneratorConfig(2, 7, 20, YearMonth.of(2025, 5), 1, CsvVersion.V202407);
    }

    /** A month the version applies to: 2025-05 for 202407, 2024-12 for 202208. */
    public static YearMonth defaultMonth(CsvVersion version) {
        return version == CsvVersion.V202208 ? YearMonth.of(2024, 12) : YearMonth.of(2025, 5);
    }
}
