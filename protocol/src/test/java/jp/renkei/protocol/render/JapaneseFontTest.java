package jp.renkei.protocol.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontTest {

    @TempDir
    Path dir;

    @Test
    void namesTheDebianPackageWhenNoCandidateExists() {
        assertThatThrownBy(() -> JapaneseFont.firstUsable(List.of(dir.resolve("ipaexg.ttf"))))
                .isInstanceOf(JapaneseFontNotFoundException.class)
                .hasMessageContaining("fonts-ipaexfont-gothic")
                .hasMessageContaining("apt-get install");
    }

    @Test
    void refusesAConfiguredPathThatIsNotAFontInsteadOfFallingBack() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");

        assertThatThrownBy(() -> JapaneseFont.locate(notAFont))
                .isInstanceOf(JapaneseFontNotFoundException.class)
                .hasMessageContaining(notAFont.toString())
                .hasMessageContaining("fonts-ipaexfont-gothic");
        assertThatThrownBy(() -> JapaneseFont.locate(dir.resolve("missing.ttf")))
                .isInstanceOf(JapaneseFontNotFoundException.class);
    }

    @Test
    void skipsUnusableCandidatesAndSaysWhyWhenNoneIsLeft() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "garbage");

        assertThatThrownBy(() -> JapaneseFont.firstUsable(List.of(broken, dir.resolve("absent.ttc"))))
                .hasMessageContaining("broken.ttf");
    }

    @Test
    void findsTheInstalledIpaexGothicAmongTheSystemLocations() throws Exception {
        JapaneseFont font = JapaneseFont.locate(null);

        assertThat(JapaneseFont.SYSTEM_LOCATIONS).contains(font.path());
        assertThat(font.hasGlyph('週')).isTrue();
        assertThat(font.hasGlyph(0x20BB7)).as("𠮷 is outside IPAex").isFalse();
        assertThat(font.width('月')).isEqualTo(1000f);
    }

    @Test
    void takesTheFirstUsableCandidateInOrder() throws Exception {
        Path installed = Rendered.font().path();
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "garbage");

        assertThat(JapaneseFont.firstUsable(List.of(dir.resolve("absent.ttf"), broken, installed)).path())
                .isEqualTo(installed);
    }
}
