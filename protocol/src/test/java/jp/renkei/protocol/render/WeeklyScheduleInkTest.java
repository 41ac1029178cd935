package jp.renkei.protocol.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rasterises rendered pages and checks where ink is, in sheet millimetres (spec §8.2–8.4). */
class WeeklyScheduleInkTest {

    private static final float RIGHT_INSET = 1.2f;

    private static float y(int hour, int minute) {
        return Sheet.y(hour * 60 + minute);
    }

    /** Just inside the right edge of a day column's only lane, where no label text reaches. */
    private static float laneRight(int day) {
        return GridPage.dayLeft(day) + GridPage.DAY_WIDTH - 0.5f - RIGHT_INSET;
    }

    @Test
    void inksEachServiceBlockInItsDayColumnBetweenItsStartAndEndTimes() {
        Rendered.Image page = Rendered.of(Week.standard()
                .service("1", "0900", "1100", "訪問看護")
                .service("4", "1330", "1600", "通所介護")).image(1);

        assertThat(page.isBlockFill(laneRight(1), y(9, 5))).isTrue();
        assertThat(page.isBlockFill(laneRight(1), y(10, 55))).isTrue();
        assertThat(page.isWhite(laneRight(1), y(8, 50))).isTrue();
        assertThat(page.isWhite(laneRight(1), y(11, 10))).isTrue();
        assertThat(page.isBlockFill(laneRight(4), y(13, 35))).isTrue();
        assertThat(page.isBlockFill(laneRight(4), y(15, 55))).isTrue();
        assertThat(page.isWhite(laneRight(4), y(16, 5))).isTrue();
    }

    @Test
    void leavesDaysWithoutServiceWhiteBetweenTheHourLines() {
        Rendered.Image page = Rendered.of(Week.standard().service("1", "0900", "1100", "訪問看護")).image(1);

        for (int day = 2; day <= 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                assertThat(page.isWhite(laneRight(day), y(hour, 30))).as("day %d %d:30", day, hour).isTrue();
            }
        }
    }

    @Test
    void drawsOverlappingServicesSideBySideInTwoLanes() {
        Rendered.Image page = Rendered.of(Week.standard()
                .service("1", "0900", "1100", "訪問介護")
                .service("1", "1000", "1200", "訪問看護")).image(1);
        float left = GridPage.dayLeft(1) + 0.5f;
        float half = (GridPage.DAY_WIDTH - 1) / 2;
        float leftLane = left + half - RIGHT_INSET;
        float rightLane = left + 2 * half - RIGHT_INSET;

        assertThat(page.isBlockFill(leftLane, y(9, 50))).isTrue();
        assertThat(page.isWhite(rightLane, y(9, 50))).isTrue();
        assertThat(page.isBlockFill(leftLane, y(10, 55))).isTrue();
        assertThat(page.isBlockFill(rightLane, y(10, 55))).isTrue();
        assertThat(page.isWhite(leftLane, y(11, 30))).isTrue();
        assertThat(page.isBlockFill(rightLane, y(11, 50))).isTrue();
        assertThat(page.gray(left + half, y(10, 30))).as("the lanes' shared border").isLessThan(200);
    }

    @Test
    void splitsAServiceCrossingMidnightIntoTheNextDaysColumn() {
        Rendered.Image page = Rendered.of(Week.standard()
                .service("5", "2300", "0100", "夜間対応型訪問介護")
                .service("7", "2200", "0030", "夜間対応型訪問介護")).image(1);

        assertThat(page.isBlockFill(laneRight(5), y(23, 55))).isTrue();
        assertThat(page.isBlockFill(laneRight(6), y(0, 50))).isTrue();
        assertThat(page.isWhite(laneRight(6), y(1, 20))).isTrue();
        assertThat(page.isWhite(laneRight(5), y(0, 50))).as("no block at the top of its own day").isTrue();
        assertThat(page.isBlockFill(laneRight(1), y(0, 25))).as("日 continues in 月").isTrue();
    }

    @Test
    void drawsAServiceWhoseStartEqualsItsEndThirtyMinutesHigh() {
        Rendered.Image page = Rendered.of(Week.standard()
                .service("3", "1400", "1400", "訪問看護")
                .service("2", "2400", "2400", "訪問看護")
                .service("2", "2350", "2400", "訪問看護")).image(1);

        assertThat(page.isBlockFill(laneRight(3), y(14, 25))).isTrue();
        assertThat(page.isWhite(laneRight(3), y(14, 40))).isTrue();
        assertThat(page.isWhite(laneRight(3), y(13, 50))).isTrue();
        assertThat(page.isBlockFill(laneRight(2), y(23, 35))).as("extended upwards at 24:00").isTrue();
    }

    @Test
    void drawsNothingOutsideTheMarginsNorBetweenTheGridTheBoxAndTheFooter() {
        Rendered rendered = Rendered.of(DenseWeek.rows(), DenseWeek.names());
        for (int number = 1; number <= rendered.pages(); number++) {
            Rendered.Image page = rendered.image(number);
            assertThat(page.blank(0, 0, 297, 9.6f)).as("top margin").isTrue();
            assertThat(page.blank(0, 200.4f, 297, 210)).as("bottom margin").isTrue();
            assertThat(page.blank(0, 0, 9.6f, 210)).as("left margin").isTrue();
            assertThat(page.blank(287.4f, 0, 297, 210)).as("right margin").isTrue();
            if (number == 1) {
                assertThat(page.blank(10, 169.4f, 287, 170.6f)).as("between grid and box").isTrue();
                assertThat(page.blank(10, 195.4f, 287, 196.3f)).as("between box and footer").isTrue();
                assertThat(page.blank(10, 25.3f, 287, 26.6f)).as("between header and grid").isTrue();
            }
        }
    }

    @Test
    void marksActivitiesWithATickAtTheirStartAndALineOverTheirDuration() {
        Rendered.Image page = Rendered.of(Week.standard()
                .activity("0700", "0700", "起床")
                .activity("1200", "1300", "昼食")).image(1);
        float tickX = GridPage.ACTIVITIES_LEFT + 1.5f;
        float lineX = GridPage.ACTIVITIES_LEFT + 1f;

        assertThat(page.gray(tickX, y(7, 0))).isLessThan(160);
        assertThat(page.gray(tickX, y(12, 0))).isLessThan(160);
        assertThat(page.gray(tickX, y(13, 0))).isLessThan(160);
        assertThat(page.gray(lineX, y(12, 30))).as("duration line").isLessThan(200);
        assertThat(page.isWhite(lineX, y(7, 30))).as("a point event has no duration line").isTrue();
        assertThat(page.isWhite(tickX, y(14, 30))).isTrue();
    }

    @Test
    void keepsCrowdedActivityLabelsApartAndInsideTheGrid() {
        Week week = Week.standard();
        for (int minute = 0; minute < 60; minute += 5) {
            week.activity(String.format("23%02d", minute), String.format("23%02d", minute), "服薬・水分補給の確認");
        }
        Rendered rendered = Rendered.of(week);
        Rendered.Image page = rendered.image(1);

        assertThat(rendered.text(1).split("服薬・水分補給の確認", -1)).hasSize(13);
        assertThat(page.blank(GridPage.ACTIVITIES_LEFT + 3, 169.4f, 287, 170.6f)).isTrue();
    }
}
