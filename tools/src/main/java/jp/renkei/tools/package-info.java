/** The {@code renkei} command line: one class per subcommand, and a small client library vendors can embed. */
package jp.renkei.tools;
