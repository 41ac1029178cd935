package jp.renkei.gateway.config;

import java.util.List;

/** The configuration has one or more invalid settings; {@link #problems()} lists every one of them. */
public final class InvalidConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
