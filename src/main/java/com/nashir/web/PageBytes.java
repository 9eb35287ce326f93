package com.nashir.web;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A page rendered by jte into one growing byte array: the templates' markup (already UTF-8, see
 * {@link ByteTemplateViews}) is copied in, and what they fill in is encoded straight into the
 * array. jte's own {@code Utf8ByteOutput} keeps a list of chunks and makes a new array for each
 * value it is given ({@code substring} then {@code getBytes} for each run between escaped
 * characters): byte arrays were over half of what an uncached page allocated, and the collector
 * 15 % of the node's processor on the long tail (docs/performance.md, twenty-second sitting).
 *
 * <p>Encodes as {@code String.getBytes(UTF_8)} does on the same range: a surrogate without its
 * pair in the range becomes {@code '?'}.
 */
final class PageBytes implements TemplateOutput {
    private byte[] bytes;
    private int size;

    PageBytes(int capacity) {
        this.bytes = new byte[Math.max(capacity, 256)];
    }

    /** How many bytes were written. */
    int size() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** A copy of the bytes written (tests). */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        // At most three bytes a char: a pair of surrogates (two chars) is four.
        room(3 * (endIndex - beginIndex));
        byte[] b = bytes;
        int n = size;
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < endIndex
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[n++] = '?';
            }
        }
        size = n;
    }

    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
