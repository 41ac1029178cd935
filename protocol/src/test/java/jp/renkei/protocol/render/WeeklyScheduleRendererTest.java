package jp.renkei.protocol.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class WeeklyScheduleRendererTest {

    @Test
    void printsEveryItemOfTheRecordsWithDatesNameAndNumbers() {
        Week week = Week.sample();
        Rendered rendered = Rendered.of(week.rows(), Map.of(week.key(), "山田　花子"));
        String text = rendered.compactText();

        for (List<String> row : week.rows()) {
            for (int no : new int[] {6, 10, 13}) {
                assertThat(text).contains(Rendered.compact(Entries.item(row, no)));
            }
        }
        assertThat(text).contains("山田花子", "作成年月日2024年4月1日", "居宅サービス計画作成（変更）日2024年4月1日",
                "保険者番号131016", "被保険者番号0000123456", "週間サービス計画表", "主な日常生活上の活動", "月火水木金土日");
        assertThat(rendered.text(1)).contains("9:30～16:00");
    }

    @Test
    void printsTheInsuredNumberInsteadOfTheNameWithoutASupplement() {
        Rendered rendered = Rendered.of(Week.sample());

        assertThat(rendered.text(1)).contains("利用者名").contains("（被保険者番号 0000123456）");
    }

    @Test
    void takesTheNameFromTheSupplementRecordOfTheSamePlanKey() {
        List<String> other = supplement("131016", "0000123456", "20230401", "別人　一郎");
        List<String> same = supplement("131016", "0000123456", "20240401", "佐藤　ハナ");
        Map<PlanKey, String> names = WeeklyScheduleRenderer.userNames(List.of(other, same));

        Rendered rendered = Rendered.of(Week.sample().rows(), names);

        assertThat(rendered.text(1)).contains("佐藤　ハナ").doesNotContain("別人");
    }

    @Test
    void printsOnePlanPerPageInOrderOfFirstAppearanceEachWithItsNotes() {
        Week first = new Week("131016", "0000000002", "20240401", "20240401").service("1", "0900", "1000", "訪問看護");
        Week second = new Week("131016", "0000000001", "20240501", "20240501")
                .service("2", "0900", "0930", DenseWeek.LONG_SERVICE + DenseWeek.LONG_SERVICE);
        Week third = new Week("272019", "H123456789", "20240601", "20240601").nonWeekly("福祉用具貸与");
        List<List<String>> rows = new ArrayList<>(first.rows());
        rows.addAll(second.rows());
        rows.addAll(third.rows());
        rows.addAll(first.service("3", "1000", "1100", "訪問介護").rows().subList(1, 2));

        Rendered rendered = Rendered.of(rows, Map.of());

        assertThat(rendered.pages()).isEqualTo(4);
        assertThat(rendered.text(1)).contains("0000000002", "訪問看護", "訪問介護", "1 / 1");
        assertThat(rendered.text(2)).contains("0000000001", "2024年5月1日", "1 / 2", "※1");
        assertThat(rendered.text(3)).contains("0000000001", "週間サービス計画表（注記）", "2 / 2");
        assertThat(rendered.text(4)).contains("272019", "H123456789", "2024年6月1日", "1 / 1");
    }

    @Test
    void cutsTextThatDoesNotFitWithANoteMarkAndPrintsItInFullOnTheNotesPage() {
        Rendered rendered = Rendered.of(DenseWeek.rows(), DenseWeek.names());

        String grid = rendered.text(1);
        String notes = Rendered.compact(rendered.text(2));
        assertThat(grid).contains("…※1");
        assertThat(rendered.text(2)).contains("週間サービス計画表（注記）");
        assertThat(notes).contains("※1", Rendered.compact(DenseWeek.LONG_SERVICE));
        assertThat(rendered.compactText()).contains(Rendered.compact(DenseWeek.LONG_NON_WEEKLY));
    }

    @Test
    void shrinksALongNameIntoItsFieldAndCutsOnlyOneThatIsTooLongEvenAtFivePoints() {
        Week week = Week.standard().service("1", "0900", "1000", "訪問看護");
        String tooLong = DenseWeek.LONG_NAME + DenseWeek.LONG_NAME;

        Rendered shrunk = Rendered.of(week.rows(), Map.of(week.key(), DenseWeek.LONG_NAME));
        Rendered cut = Rendered.of(week.rows(), Map.of(week.key(), tooLong));

        assertThat(shrunk.pages()).isEqualTo(1);
        assertThat(Rendered.compact(shrunk.text(1))).contains(Rendered.compact(DenseWeek.LONG_NAME));
        assertThat(cut.text(1)).contains("…※1");
        assertThat(Rendered.compact(cut.text(2))).contains("※1利用者名" + Rendered.compact(tooLong));
    }

    @Test
    void listsIncompleteAndInvalidEntriesWithTheirRawValuesOnTheNotesPage() {
        Rendered rendered = Rendered.of(Week.standard()
                .service("1", "0900", "1000", "訪問看護")
                .row("訪問介護", "8", "0900", "1000", "", "", "", "")
                .row("訪問介護", "", "0900", "1000", "", "", "", "")
                .row("訪問介護", "2", "0900", "2500", "", "", "", "")
                .row("", "", "", "", "散歩", "0900", "", "")
                .rows(), Map.of());

        String notes = rendered.text(2);
        assertThat(notes).contains("レコード2", "曜日コードが不正", "曜日「8」");
        assertThat(notes).contains("レコード3", "項目が不足");
        assertThat(notes).contains("レコード4", "終了時間が不正", "終了時間「2500」");
        assertThat(notes).contains("レコード5", "主な日常生活上の活動「散歩」");
        assertThat(rendered.text(1)).contains("1 / 2");
    }

    @Test
    void printsAPlanWithNothingDrawableAsAnEmptyGridAndItsEntriesAsNotes() {
        Rendered rendered = Rendered.of(Week.standard().row("訪問介護", "9", "0900", "1000", "", "", "", "").rows(),
                Map.of());

        assertThat(rendered.pages()).isEqualTo(2);
        assertThat(rendered.text(2)).contains("曜日コードが不正");
    }

    @Test
    void drawsCharactersTheFontLacksAsASquareInsteadOfFailing() {
        String text = Rendered.of(Week.standard().service("1", "0900", "1200", "訪問\u0001看護😀").rows(), Map.of())
                .text(1);

        assertThat(text).contains("訪問看護□");
    }

    @Test
    void neverFailsOnArbitraryContent() {
        Random random = new Random(42);
        String alphabet = "0123456789０１訪問介護看護\r\n\",　 ･ｱ①㈱髙﨑~～−";
        for (int round = 0; round < 20; round++) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < 15; r++) {
                List<String> row = new ArrayList<>();
                int size = random.nextInt(16);
                for (int i = 0; i < size; i++) {
                    row.add(random.nextInt(4) == 0 ? randomCode(random) : randomText(random, alphabet));
                }
                rows.add(row);
            }
            assertThat(Rendered.of(rows, Map.of()).pages()).isPositive();
        }
    }

    @Test
    void givesTheSameBytesForTheSameInputAcrossInstancesAndThreads() throws Exception {
        byte[] first = Rendered.of(DenseWeek.rows(), DenseWeek.names()).pdf;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                others.add(pool.submit(() -> new WeeklyScheduleRenderer(JapaneseFont.locate(null))
                        .render(DenseWeek.rows(), DenseWeek.names())));
            }
            for (Future<byte[]> other : others) {
                assertThat(other.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Rendered.of(Week.sample()).pdf).isNotEqualTo(first);
    }

    @Test
    void keepsPersonalDataAndDatesOutOfTheMetadataAndEmbedsASubsetFont() throws Exception {
        Rendered rendered = Rendered.of(DenseWeek.rows(), DenseWeek.names());
        try (PDDocument document = rendered.load()) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("第３表 週間サービス計画表");
            assertThat(info.getCOSObject().keySet()).containsExactly(COSName.TITLE);
            assertThat(document.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        }
        assertThat(new String(rendered.pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("CreationDate", "ModDate", "Producer");
    }

    @Test
    void refusesToRenderNoRecordsAtAll() {
        assertThatThrownBy(() -> new WeeklyScheduleRenderer(Rendered.font()).render(List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> supplement(String insurer, String insured, String planDate, String name) {
        List<String> row = new ArrayList<>(List.of("202407", insurer, insured, planDate, "ヤマダ", name));
        while (row.size() < 63) {
            row.add("");
        }
        return row;
    }

    private static String randomCode(Random random) {
        return String.format("%04d", random.nextInt(2600));
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(4) == 0 ? 200 : 12);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
