package jp.renkei.protocol.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.renkei.protocol.render.Entries.Service;
import jp.renkei.protocol.render.Lanes.Block;
import org.junit.jupiter.api.Test;

class LanesTest {

    private static Service service(int record, int day, int start, int end) {
        return new Service(record, day, start, end, "訪問介護");
    }

    /** day/top-bottom lane/lanes of each block, in drawing order. */
    private static List<String> layout(Service... services) {
        return Lanes.layout(List.of(services)).stream().map(LanesTest::describe).toList();
    }

    private static String describe(Block b) {
        return b.segment().day() + "/" + b.segment().top() + "-" + b.segment().bottom() + " " + b.lane() + "/"
                + b.lanes();
    }

    @Test
    void givesServicesThatDoNotOverlapTheFullWidth() {
        assertThat(layout(service(1, 1, 540, 600), service(2, 1, 600, 660)))
                .containsExactly("1/540-600 0/1", "1/600-660 0/1");
    }

    @Test
    void putsOverlappingServicesInLanesSharedByTheWholeCluster() {
        assertThat(layout(service(1, 1, 540, 600), service(2, 1, 570, 630), service(3, 1, 600, 660),
                service(4, 1, 700, 760)))
                .containsExactly("1/540-600 0/2", "1/570-630 1/2", "1/600-660 0/2", "1/700-760 0/1");
    }

    @Test
    void ordersByStartThenLongestFirstThenRecord() {
        assertThat(layout(service(1, 2, 600, 630), service(2, 2, 600, 720), service(3, 2, 600, 630)))
                .containsExactly("2/600-720 0/3", "2/600-630 1/3", "2/600-630 2/3");
    }

    @Test
    void splitsAtMidnightAndContinuesSundayOnMonday() {
        assertThat(layout(service(1, 5, 1380, 60), service(2, 7, 1320, 30)))
                .containsExactly("1/0-30 0/1", "5/1380-1440 0/1", "6/0-60 0/1", "7/1320-1440 0/1");
    }

    @Test
    void extendsShortServicesToThirtyMinutesDownwardsOrUpwardsAtTheEndOfTheDay() {
        assertThat(layout(service(1, 3, 840, 840), service(2, 4, 1430, 1440), service(3, 4, 0, 10)))
                .containsExactly("3/840-870 0/1", "4/0-30 0/1", "4/1410-1440 0/1");
    }

    @Test
    void overlapsAfterTheMinimumHeightExtension() {
        assertThat(layout(service(1, 1, 600, 600), service(2, 1, 615, 700)))
                .containsExactly("1/600-630 0/2", "1/615-700 1/2");
    }
}
