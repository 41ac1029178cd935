package jp.renkei.protocol.render;

import java.io.IOException;

/** No usable Japanese TrueType font was configured or installed; the message names the package to install. */
public final class JapaneseFontNotFoundException extends IOException {

    JapaneseFontNotFoundException(String message) {
        super(message);
    }
}
