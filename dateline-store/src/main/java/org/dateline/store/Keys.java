package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content keys: an article is identified by the SHA-256 of its text, so the same text is stored once. */
public final class Keys {
  private Keys() {}

  /** Hex SHA-256 of the UTF-8 text. */
  public static String contentHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The stored article id: the first 16 hex digits of the content hash. */
  public static String articleId(String contentHash) {
    if (contentHash.length() < 16) {
      throw new IllegalArgumentException("content hash must have at least 16 hex digits, got '" + contentHash + "'");
    }
    return contentHash.substring(0, 16);
  }
}
