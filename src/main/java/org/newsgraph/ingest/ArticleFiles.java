package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an article file into a string, refusing anything that is not plausibly UTF-8 text, with a
 * reason the user can act on. The returned string has no BOM and only {@code \n} line endings, so
 * offsets into it do not depend on the platform the file was saved on.
 */
final class ArticleFiles {
    /** How much of the file the control-character ratio looks at. */
    private static final int SNIFF_BYTES = 8192;
    /** Above this share of control characters a file is taken for binary data, not text. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private ArticleFiles() {
    }

    /**
     * Reads {@code file} as strict UTF-8 text of at most {@code maxBytes} bytes.
     *
     * @throws BadArticleException when the file is missing, too large, empty, binary, not UTF-8
     *     or holds only whitespace
     */
    static String readText(Path file, long maxBytes) {
        byte[] bytes = readBytes(file, maxBytes);
        rejectBinary(file, bytes);
        String text = decodeUtf8(file, bytes);
        text = normalise(text);
        if (text.isBlank()) {
            throw new BadArticleException(file, "only whitespace, no text");
        }
        return text;
    }

    /** Strips a leading BOM and turns CRLF and lone CR into LF. */
    static String normalise(String text) {
        String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return noBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] readBytes(Path file, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadArticleException(file, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadArticleException(file, "too large: " + size + " bytes, the cap is "
                        + maxBytes + " bytes");
            }
            if (size == 0) {
                throw new BadArticleException(file, "empty file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadArticleException(file, "no such file");
        } catch (IOException e) {
            throw new BadArticleException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void rejectBinary(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new BadArticleException(file, "UTF-16 text is not supported, save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadArticleException(file, "binary data (NUL byte at byte " + i + ")");
            }
        }
        int sniffed = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < sniffed; i++) {
            if (isControl(bytes[i])) {
                control++;
            }
        }
        if (control > sniffed * MAX_CONTROL_SHARE) {
            throw new BadArticleException(file, "binary data (" + (100 * control / sniffed)
                    + "% control characters in the first " + sniffed + " bytes)");
        }
    }

    /** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
    private static boolean isControl(byte b) {
        int c = b & 0xFF;
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        try {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                // The decoder stops with the input positioned at the first offending byte.
                throw new BadArticleException(file, "not valid UTF-8 at byte " + in.position());
            }
            if (result.isOverflow()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new BadArticleException(file, "not valid UTF-8", e);
        }
        out.flip();
        return out.toString();
    }
}
