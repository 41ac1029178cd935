package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the catalogue, broken by one mutation of a valid fixture and kept by another. */
class RuleCatalogueTest {

    private static final Validator VALIDATOR = new Validator();

    static List<Case> table() {
        List<Case> all = new ArrayList<>(FileRuleTable.cases());
        all.addAll(KindRuleTable.cases());
        all.addAll(UnitRuleTable.cases());
        return all;
    }

    static Stream<Case> cases() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseBreaksOrKeepsItsRule(Case c) {
        List<Finding> findings = c.findings(VALIDATOR);
        if (c.breaks()) {
            assertThat(findings).as(c.toString()).anyMatch(f -> f.rule() == c.rule());
        } else {
            assertThat(findings).as(c.toString()).noneMatch(f -> f.rule() == c.rule());
        }
    }

    @Test
    void everyRuleHasABreakingAndAPassingCase() {
        Set<Rule> broken = EnumSet.noneOf(Rule.class);
        Set<Rule> kept = EnumSet.noneOf(Rule.class);
        for (Case c : table()) {
            (c.breaks() ? broken : kept).add(c.rule());
        }
        assertThat(Arrays.stream(Rule.values()).filter(r -> !broken.contains(r))).as("rules never broken").isEmpty();
        assertThat(Arrays.stream(Rule.values()).filter(r -> !kept.contains(r))).as("rules never kept").isEmpty();
    }
}
