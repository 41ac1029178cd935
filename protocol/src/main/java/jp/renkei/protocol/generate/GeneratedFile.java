package jp.renkei.protocol.generate;

import java.util.Arrays;

/** One generated file: its name (spec §2) and its MS932 bytes. Equal when name and bytes are equal. */
public record GeneratedFile(String name, byte[] content) {

    public GeneratedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile f && f.name.equals(name) && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
