/** {@code renkei bench exchange}: load on a real gateway over lean keep-alive mTLS connections, and its figures. */
package jp.renkei.tools.bench;
