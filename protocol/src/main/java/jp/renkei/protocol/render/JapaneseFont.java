package jp.renkei.protocol.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A Japanese TrueType font (glyph outlines, not CFF) read once from disk and embedded as a subset in every PDF.
 *
 * <p>Thread-safe. The file's bytes are held once; each rendering thread parses its own {@link TrueTypeFont} from
 * them on first use, because fontbox reads tables lazily through a shared stream position and is not safe for
 * concurrent use. Advance widths and glyph presence are cached for all threads.
 */
public final class JapaneseFont {

    /** The Debian package that provides the default font; named in every "not found" message. */
    public static final String DEBIAN_PACKAGE = "fonts-ipaexfont-gothic";

    /** Where Linux distributions install IPAex Gothic, IPA Gothic and Noto Sans CJK, in order of preference. */
    public static final List<Path> SYSTEM_LOCATIONS = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/ipa-ex-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/ipa-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansJP-Regular.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"));

    /** In a collection, the Japanese member is preferred; otherwise the first member is used. */
    private static final String COLLECTION_MEMBER = "NotoSansCJKjp-Regular";
    private static final char PROBE = '週';
    /**
     * Tables kept in a subset: what a CIDFontType2 needs, plus cmap, name and post for PDFBox. Leaving out GSUB and
     * the other layout tables keeps subsetting and re-parsing cheap.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");
    private static final float MISSING = -1f;
    /**
     * fontbox warns on every parse that IPAex's format-14 cmap (variation selectors) is ignored; horizontal Japanese
     * does not need it, so the warning is noise in every command's output. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger FONTBOX_LOG = quietFontbox();

    private final Path path;
    private final byte[] data;
    private final String member;
    private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(this::parseUnchecked);
    private final ConcurrentHashMap<Integer, Float> widths = new ConcurrentHashMap<>();

    private JapaneseFont(Path path, byte[] data, String member) {
        this.path = path;
        this.data = data;
        this.member = member;
    }

    private static java.util.logging.Logger quietFontbox() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /**
     * The configured font if {@code configured} is not null (no fallback: a wrong setting is an error), else the
     * first usable font of {@link #SYSTEM_LOCATIONS}.
     */
    public static JapaneseFont locate(Path configured) throws JapaneseFontNotFoundException {
        return configured != null ? load(configured) : firstUsable(SYSTEM_LOCATIONS);
    }

    /** The first usable font among {@code candidates}; the error lists why each one was refused. */
    public static JapaneseFont firstUsable(List<Path> candidates) throws JapaneseFontNotFoundException {
        List<String> refused = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                return load(candidate);
            } catch (JapaneseFontNotFoundException e) {
                refused.add(e.getMessage());
            }
        }
        throw new JapaneseFontNotFoundException("No Japanese TrueType font found for the 第3表 PDF. Install the "
                + "Debian package " + DEBIAN_PACKAGE + " (apt-get install " + DEBIAN_PACKAGE + ") or configure the "
                + "path of a TrueType font with Japanese glyphs." + (refused.isEmpty() ? "" : " " + refused));
    }

    /** The font at {@code file}, checked to be a TrueType font (or collection) with Japanese glyphs. */
    public static JapaneseFont load(Path file) throws JapaneseFontNotFoundException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String member = isCollection(bytes) ? chooseMember(bytes) : null;
            JapaneseFont font = new JapaneseFont(file, bytes, member);
            font.check();
            return font;
        } catch (IOException | UncheckedIOException e) {
            throw new JapaneseFontNotFoundException("Cannot use font " + file + ": " + e.getMessage()
                    + ". Install the Debian package " + DEBIAN_PACKAGE + " or configure another TrueType font.");
        }
    }

    public Path path() {
        return path;
    }

    /** This thread's parsed font, for embedding; must not be shared with other threads. */
    TrueTypeFont trueType() {
        return parsed.get();
    }

    /**
     * A font holding only the glyphs of {@code codePoints}, named {@code TAG+Name} with a tag derived from the code
     * points, for embedding as a subset. The caller closes it after saving the document.
     *
     * <p>Subsetting here rather than through PDFBox keeps the output's text extractable: IPAex maps a Kangxi radical
     * and the ideograph (⽉ U+2F49, 月 U+6708) to one glyph, and PDFBox's own subsetting writes the lower code point
     * into the ToUnicode map, so 月 would be copied out of the PDF as ⽉. The subset's cmap holds only the code points
     * actually drawn. It also spares PDFBox computing widths for every glyph of the full font on each document.
     */
    TrueTypeFont subset(Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(trueType(), SUBSET_TABLES);
        subsetter.addAll(codePoints);
        subsetter.setPrefix(tag(codePoints));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(out);
        TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(out.toByteArray()));
        subset.setEnableGsub(false);
        return subset;
    }

    /** Six capital letters from a hash of the code points: the same glyphs always give the same font name. */
    private static String tag(Set<Integer> codePoints) {
        int[] sorted = codePoints.stream().mapToInt(Integer::intValue).sorted().toArray();
        long hash = Arrays.hashCode(sorted) & 0xffffffffL;
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** Whether the font has a glyph for the code point. */
    boolean hasGlyph(int codePoint) {
        return width(codePoint) != MISSING;
    }

    /** Advance width in 1/1000 em, or -1 if the font has no glyph for the code point. */
    float width(int codePoint) {
        Float cached = widths.get(codePoint);
        if (cached != null) {
            return cached;
        }
        float width = measure(codePoint);
        widths.put(codePoint, width);
        return width;
    }

    private float measure(int codePoint) {
        try {
            TrueTypeFont ttf = trueType();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int gid = cmap.getGlyphId(codePoint);
            return gid == 0 ? MISSING : ttf.getAdvanceWidth(gid) * 1000f / ttf.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check() throws IOException {
        TrueTypeFont ttf = parseFont();
        if (ttf.getTableMap().get("glyf") == null) {
            throw new IOException("it has no TrueType outlines (CFF/PostScript outlines cannot be subset-embedded)");
        }
        if (ttf.getOS2Windows() != null && (ttf.getOS2Windows().getFsType() & 0x000F) == 0x0002) {
            throw new IOException("its licence does not permit embedding");
        }
        if (ttf.getUnicodeCmapLookup().getGlyphId(PROBE) == 0) {
            throw new IOException("it has no Japanese glyphs");
        }
    }

    private TrueTypeFont parseUnchecked() {
        try {
            return parseFont();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " could not be parsed again", e);
        }
    }

    /**
     * Parses the held bytes. Glyph substitution (GSUB) is switched off: horizontal Japanese needs none, and
     * PDFBox's GSUB pass over every shown string costs more than all the rest of a page.
     */
    private TrueTypeFont parseFont() throws IOException {
        TrueTypeFont font = member == null ? new TTFParser().parse(new RandomAccessReadBuffer(data))
                : new TrueTypeCollection(new ByteArrayInputStream(data)).getFontByName(member);
        if (font == null) {
            throw new IOException("collection member " + member + " vanished");
        }
        font.setEnableGsub(false);
        return font;
    }

    private static boolean isCollection(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
    }

    private static String chooseMember(byte[] bytes) throws IOException {
        List<String> names = new ArrayList<>();
        try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
            collection.processAllFonts(font -> names.add(font.getName()));
        }
        if (names.isEmpty()) {
            throw new IOException("the collection is empty");
        }
        return names.contains(COLLECTION_MEMBER) ? COLLECTION_MEMBER : names.get(0);
    }
}
