package jp.renkei.protocol.generate;

import java.util.List;
import java.util.Random;

/** Japanese personal names in kanji with their katakana readings (フリガナ), including a few MS932 extension kanji. */
final class PersonNames {

    /** A name as written and as read, family name first, separated by a full-width space. */
    record Name(String kanji, String kana) {
    }

    private static final List<String[]> FAMILY = pairs("佐藤 サトウ 鈴木 スズキ 高橋 タカハシ 田中 タナカ 伊藤 イトウ "
            + "渡辺 ワタナベ 山本 ヤマモト 中村 ナカムラ 小林 コバヤシ 加藤 カトウ 吉田 ヨシダ 山田 ヤマダ 佐々木 ササキ "
            + "山口 ヤマグチ 松本 マツモト 井上 イノウエ 木村 キムラ 林 ハヤシ 斎藤 サイトウ 清水 シミズ 森 モリ 池田 イケダ "
            + "橋本 ハシモト 阿部 アベ 石川 イシカワ 前田 マエダ 藤田 フジタ 小川 オガワ 岡田 オカダ 後藤 ゴトウ "
            + "長谷川 ハセガワ 村上 ムラカミ 近藤 コンドウ 坂本 サカモト 遠藤 エンドウ 髙橋 タカハシ 山﨑 ヤマザキ "
            + "齋藤 サイトウ 渡邊 ワタナベ");
    private static final List<String[]> ELDER_WOMEN = pairs("和子 カズコ 幸子 サチコ 節子 セツコ 弘子 ヒロコ "
            + "京子 キョウコ 美智子 ミチコ 洋子 ヨウコ 久子 ヒサコ 文子 フミコ 千代子 チヨコ 静子 シズコ 清子 キヨコ "
            + "光子 ミツコ ハナ ハナ 喜美子 キミコ 照子 テルコ トシ トシ");
    private static final List<String[]> ELDER_MEN = pairs("清 キヨシ 茂 シゲル 勇 イサム 実 ミノル 博 ヒロシ 進 ススム "
            + "正 タダシ 武 タケシ 三郎 サブロウ 正雄 マサオ 昭 アキラ 修 オサム 勝 マサル 一郎 イチロウ 和夫 カズオ "
            + "義雄 ヨシオ 健一 ケンイチ");
    private static final List<String[]> YOUNGER_WOMEN = pairs("美穂 ミホ 裕子 ユウコ 真由美 マユミ 恵 メグミ 由美 ユミ "
            + "沙織 サオリ");
    private static final List<String[]> YOUNGER_MEN = pairs("直樹 ナオキ 健太 ケンタ 大輔 ダイスケ 拓也 タクヤ 隆 タカシ "
            + "亮 リョウ");

    private PersonNames() {
    }

    /** An older person's name; {@code female} chooses the given-name list. */
    static Name elder(Random random, boolean female) {
        return name(random, FAMILY, female ? ELDER_WOMEN : ELDER_MEN);
    }

    /** A working-age person's name (care managers). */
    static Name younger(Random random) {
        return name(random, FAMILY, random.nextBoolean() ? YOUNGER_WOMEN : YOUNGER_MEN);
    }

    /** A son or daughter of {@code of}: the same family name with a younger given name of that sex. */
    static Name child(Random random, Name of, boolean daughter) {
        String family = of.kanji().substring(0, of.kanji().indexOf('　'));
        List<String[]> givens = daughter ? YOUNGER_WOMEN : YOUNGER_MEN;
        String[] given = givens.get(random.nextInt(givens.size()));
        return new Name(family + "　" + given[0], of.kana().substring(0, of.kana().indexOf('　')) + "　" + given[1]);
    }

    private static Name name(Random random, List<String[]> families, List<String[]> givens) {
        String[] family = families.get(random.nextInt(families.size()));
        String[] given = givens.get(random.nextInt(givens.size()));
        return new Name(family[0] + "　" + given[0], family[1] + "　" + given[1]);
    }

    private static List<String[]> pairs(String words) {
        String[] w = words.split(" ");
        return java.util.stream.IntStream.range(0, w.length / 2).mapToObj(i -> new String[] {w[2 * i], w[2 * i + 1]})
                .toList();
    }
}
