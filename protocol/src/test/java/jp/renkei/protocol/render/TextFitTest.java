package jp.renkei.protocol.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private final TextFit fit = new TextFit(Rendered.font());

    @Test
    void keepsTheLargestSizeWhenTheTextFits() {
        TextFit.Fitted fitted = fit.fit("訪問看護", 100, 20, 7, 3).orElseThrow();

        assertThat(fitted.size()).isEqualTo(7f);
        assertThat(fitted.lines()).containsExactly("訪問看護");
    }

    @Test
    void wrapsAtAnyCharacterAndKeepsLineBreaks() {
        assertThat(fit.wrap("訪問介護身体介護\n見守り", 7 * 4, 7)).containsExactly("訪問介護", "身体介護", "見守り");
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        assertThat(fit.wrap("訪問介護）、見守り", 7 * 4, 7)).containsExactly("訪問介", "護）、見", "守り");
    }

    @Test
    void shrinksInHalfPointStepsUntilTheWrappedTextFits() {
        TextFit.Fitted fitted = fit.fit("訪問介護身体介護", 6 * 4, 14, 7, 9).orElseThrow();

        assertThat(fitted.size()).isEqualTo(6f);
        assertThat(fitted.lines()).containsExactly("訪問介護", "身体介護");
    }

    @Test
    void givesUpBelowFivePoints() {
        assertThat(fit.fit("訪問介護身体介護生活援助", 20, 5, 7, 9)).isEmpty();
    }

    @Test
    void truncatesAtFivePointsWithAnEllipsisAndTheMark() {
        TextFit.Fitted cut = fit.truncate("訪問介護身体介護生活援助見守り", 5 * 6, 5 + 5 * 1.15f, 9, "※3");

        assertThat(cut.size()).isEqualTo(5f);
        assertThat(cut.lines()).hasSize(2);
        assertThat(cut.lines().get(0)).isEqualTo("訪問介護身体");
        assertThat(cut.lines().get(1)).endsWith("…※3");
        assertThat(fit.width(cut.lines().get(1), 5)).isLessThanOrEqualTo(30);
    }

    @Test
    void replacesMissingGlyphsAndControlCharacters() {
        assertThat(fit.printable("訪問\t看護\u0001𠮷\r\n見守り\r\n\r\n")).isEqualTo("訪問 看護□\n見守り");
    }

    @Test
    void measuresFullWidthAsOneEm() {
        assertThat(fit.width("月火水", 10)).isEqualTo(30f);
        assertThat(List.of(TextFit.linesWithin(Float.MAX_VALUE, 5) > 1000, TextFit.linesWithin(4, 5) == 0))
                .containsOnly(true);
    }
}
