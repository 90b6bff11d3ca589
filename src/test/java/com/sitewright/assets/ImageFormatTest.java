package com.sitewright.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Images are recognised by their first bytes and measured from their headers; anything else is not an image. */
class ImageFormatTest {

    @Test
    void pngJpegAndGifAreRecognisedAndMeasured() throws IOException {
        for (var expected :
                new Object[][] {{"png", ImageFormat.PNG}, {"jpg", ImageFormat.JPEG}, {"gif", ImageFormat.GIF}}) {
            byte[] bytes = encode((String) expected[0], 123, 45);
            ImageFormat format = ImageFormat.of(bytes).orElseThrow();
            assertThat(format).isEqualTo(expected[1]);
            assertThat(format.dimensions(bytes)).contains(new ImageFormat.Dimensions(123, 45));
        }
    }

    @Test
    void theThreeWebpEncodingsAreMeasured() {
        byte[] extended = webp("VP8X");
        extended[24] = (byte) 199; // width - 1, 24 bits little-endian
        extended[27] = (byte) 0x2b;
        extended[28] = (byte) 0x01; // height - 1 = 299
        assertThat(ImageFormat.of(extended)).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.WEBP.dimensions(extended)).contains(new ImageFormat.Dimensions(200, 300));

        byte[] lossless = webp("VP8L");
        int bits = (640 - 1) | (480 - 1) << 14;
        lossless[20] = 0x2f;
        for (int i = 0; i < 4; i++) {
            lossless[21 + i] = (byte) (bits >>> (8 * i));
        }
        assertThat(ImageFormat.WEBP.dimensions(lossless)).contains(new ImageFormat.Dimensions(640, 480));

        byte[] lossy = webp("VP8 ");
        lossy[26] = (byte) (1024 & 0xff);
        lossy[27] = (byte) (1024 >> 8);
        lossy[28] = (byte) 768;
        lossy[29] = (byte) (768 >> 8);
        assertThat(ImageFormat.WEBP.dimensions(lossy)).contains(new ImageFormat.Dimensions(1024, 768));
    }

    @Test
    void textSvgAndDamagedFilesAreNotImages() throws IOException {
        assertThat(ImageFormat.of("hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageFormat.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageFormat.of(new byte[0])).isEmpty();
        byte[] cut = Arrays.copyOf(encode("png", 10, 10), 10);
        assertThat(ImageFormat.of(cut)).contains(ImageFormat.PNG);
        assertThat(ImageFormat.PNG.dimensions(cut)).isEmpty();
        assertThat(ImageFormat.WEBP.dimensions(webp("JUNK"))).isEmpty();
    }

    private static byte[] webp(String chunk) {
        byte[] bytes = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        return bytes;
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
