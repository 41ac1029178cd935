package jp.renkei.protocol;

/** The two layout generations: v3 ({@code 202208}) and v4 ({@code 202407}, also used for 202504 and 202410). */
public enum LayoutGeneration {
    V3,
    V4
}
