package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.system.BusyException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, finding 14: a small file with many 16-bit pixels (4898×4898 RGBA at 16 bits: 186 KB
 * on disk, 192 MB decoded) is decoded within a byte budget, and decodes wait for room in the heap
 * or are answered "busy", not "corrupt".
 */
class DecodeMemoryTest {
    /** A valid PNG header (and a few compressed rows) of a 16-bit RGBA image of this size. */
    static byte[] png16(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[] {16, 6, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            z.write(new byte[(width * 8 + 1) * 4]); // four rows of zeros; the rest is missing
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    @Test
    void sixteenBitPixelsCountAsTheBytesTheyTake() throws Exception {
        ImageDecoder.Header h = ImageDecoder.inspect(png16(4898, 4898));
        assertThat(h.bytesPerPixel()).isEqualTo(8);
        assertThat(ImageDecoder.subsampling(4898, 4898, 8)).isEqualTo(2);
        assertThat(h.decodedBytes()).isLessThanOrEqualTo(ImageDecoder.DECODE_BYTE_BUDGET);
    }

    @Test
    void decodesWaitForRoomAndAreAnsweredBusyWhenNoneComes() {
        DecodeBudget budget = new DecodeBudget(0, 50); // the floor: one largest decode at a time
        int big = budget.cost(ImageDecoder.DECODE_BYTE_BUDGET);
        budget.acquire(big);
        assertThatThrownBy(() -> budget.acquire(big))
                .isInstanceOf(BusyException.class)
                .hasMessage(DecodeBudget.BUSY);
        budget.release(big);
        budget.acquire(big);
        budget.release(big);
        assertThat(budget.available()).isEqualTo(big);
    }
}
