package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one document into text, or says precisely why not. Rules, in order: more than
 * {@link #MAX_BYTES} is TOO_LARGE; nothing but whitespace is EMPTY; a known binary signature (PDF, ZIP, gzip,
 * PNG, JPEG, GIF) or NUL/control bytes in the first 8 KiB make it BINARY; a byte-order mark picks UTF-8 or UTF-16;
 * otherwise strict UTF-8, falling back to Windows-1252 (a superset of printable Latin-1) when the bytes are not
 * UTF-8 but are plausible 1252 text; anything else is an ENCODING error naming the first bad byte. UTF-8 text that
 * was decoded as 1252 once before ("itâ€™s") is repaired.
 */
public final class TextDecoder {
  /** The largest document accepted, in bytes (16 MiB: a news article is rarely above 100 KiB). */
  public static final int MAX_BYTES = 16 << 20;
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Pattern MOJIBAKE = Pattern.compile("â€[\u0099\u009c\u009d\u0153\u2122\u201c\u201d\u2013\u2014\u02dc¦]|Ã[\u00a0-\u00bf]");

  private TextDecoder() {}

  /** The text of {@code bytes}; {@code source} names the input in errors. */
  public static String decode(byte[] bytes, String source) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source, bytes.length);
    }
    String signature = binarySignature(bytes);
    if (signature != null) {
      throw new InputException(InputException.Kind.BINARY, source, "content is a " + signature + " file, not text", 0, null);
    }
    String text = withBom(bytes);
    if (text == null) {
      int controls = controlBytes(bytes);
      if (controls >= 0) {
        throw new InputException(InputException.Kind.BINARY, source,
            "NUL or control byte 0x" + Integer.toHexString(bytes[controls] & 0xff) + " found: not a text file", controls, null);
      }
      text = utf8(bytes, source);
    }
    if (text.isBlank()) {
      throw new InputException(InputException.Kind.EMPTY, source, "document has no text (" + bytes.length + " bytes)");
    }
    return repairMojibake(text);
  }

  static InputException tooLarge(String source, long size) {
    return new InputException(InputException.Kind.TOO_LARGE, source,
        "document is " + size + " bytes, above the limit of " + MAX_BYTES + " bytes", -1, null);
  }

  private static String binarySignature(byte[] b) {
    if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
      return "PDF";
    } else if (starts(b, 0x50, 0x4b, 0x03, 0x04)) {
      return "ZIP";
    } else if (starts(b, 0x1f, 0x8b)) {
      return "gzip";
    } else if (starts(b, 0x89, 0x50, 0x4e, 0x47)) {
      return "PNG";
    } else if (starts(b, 0xff, 0xd8, 0xff)) {
      return "JPEG";
    } else if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
      return "GIF";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xff) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static String withBom(byte[] b) {
    if (starts(b, 0xef, 0xbb, 0xbf)) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    } else if (starts(b, 0xfe, 0xff)) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    } else if (starts(b, 0xff, 0xfe)) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    return null;
  }

  /** Offset of the first NUL byte, or of a control byte when they are over 1% of the first 8 KiB; -1 if none. */
  private static int controlBytes(byte[] b) {
    int n = Math.min(b.length, 8192);
    int count = 0;
    int first = -1;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return i;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
        count++;
        first = first < 0 ? i : first;
      }
    }
    return count * 100 > n ? first : -1;
  }

  private static String utf8(byte[] bytes, String source) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = d.decode(in, out, true);
    if (!result.isError()) {
      return out.flip().toString();
    }
    int bad = in.position();
    if (plausibleCp1252(bytes)) {
      return new String(bytes, CP1252);
    }
    throw new InputException(InputException.Kind.ENCODING, source, "not valid UTF-8 (bad byte 0x"
        + Integer.toHexString(bytes[bad] & 0xff) + ") and not plausible Windows-1252/Latin-1 text", bad, null);
  }

  /**
   * No bytes undefined in Windows-1252, every high byte a letter or typographic punctuation there, and at most 30%
   * of the bytes high (Western text is mostly ASCII).
   */
  private static boolean plausibleCp1252(byte[] b) {
    int high = 0;
    for (byte x : b) {
      int c = x & 0xff;
      if (c < 0x80) {
        continue;
      }
      if (c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d) {
        return false;
      }
      char ch = new String(new byte[] {x}, CP1252).charAt(0);
      if (!Character.isLetter(ch) && "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac\u00a0\u00b0\u00a3\u00ab\u00bb\u00b7".indexOf(ch) < 0) {
        return false;
      }
      high++;
    }
    return high * 10 <= b.length * 3;
  }

  private static String repairMojibake(String text) {
    if (!MOJIBAKE.matcher(text).find()) {
      return text;
    }
    try {
      ByteBuffer buf = CP1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(buf).toString();
    } catch (CharacterCodingException e) {
      return text; // not a clean double encoding: leave it as it is
    }
  }
}
