/** The national care-plan CSV standard (ケアプランデータ連携標準仕様) as Renkei enforces it: file kinds and versions. */
package jp.renkei.protocol;
