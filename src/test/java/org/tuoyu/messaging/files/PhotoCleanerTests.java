package org.tuoyu.messaging.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuoyu.messaging.files.PhotoCleaner.Cleaned;
import org.tuoyu.messaging.files.PhotoCleaner.Problem;
import org.tuoyu.test.ExifJpegs;

/**
 * Photos keep their picture and lose their metadata: EXIF (GPS, camera) from JPEG without re-compressing it
 * (unless it must be turned upright), text and EXIF chunks from PNG; thumbnails are small JPEGs without
 * metadata; HEIC and anything that is not a photo are refused with their reason.
 */
class PhotoCleanerTests {

	@Test
	void aJpegLosesItsExifSegmentAndKeepsItsPictureUnchanged() throws IOException {
		byte[] upload = ExifJpegs.jpegWithExif(640, 480, 1);
		assertThat(ExifJpegs.markers(upload)).contains(0xE1);
		assertThat(ExifJpegs.contains(upload, ExifJpegs.MAKE)).isTrue();

		Cleaned cleaned = PhotoCleaner.clean(upload, 160);

		assertThat(cleaned.contentType()).isEqualTo("image/jpeg");
		assertThat(ExifJpegs.markers(cleaned.content())).doesNotContain(0xE0, 0xE1, 0xE2, 0xED, 0xFE).contains(0xDB, 0xC0, 0xDA);
		assertThat(ExifJpegs.contains(cleaned.content(), "Exif")).isFalse();
		assertThat(ExifJpegs.contains(cleaned.content(), ExifJpegs.MAKE)).isFalse();
		assertThat(ExifJpegs.contains(cleaned.content(), ExifJpegs.MODEL)).isFalse();
		assertThat(cleaned.width()).isEqualTo(640);
		assertThat(cleaned.height()).isEqualTo(480);
		// the compressed picture is the same bytes: nothing was lost
		int scan = indexOf(upload, new byte[] { (byte) 0xFF, (byte) 0xDA });
		int cleanedScan = indexOf(cleaned.content(), new byte[] { (byte) 0xFF, (byte) 0xDA });
		assertThat(Arrays.copyOfRange(cleaned.content(), cleanedScan, cleaned.content().length))
			.isEqualTo(Arrays.copyOfRange(upload, scan, upload.length));
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cleaned.content()));
		assertThat(decoded.getWidth()).isEqualTo(640);
	}

	@Test
	void theThumbnailIsASmallJpegWithoutMetadata() throws IOException {
		Cleaned cleaned = PhotoCleaner.clean(ExifJpegs.jpegWithExif(1600, 1200, 1), 160);
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(cleaned.thumbnail()));
		assertThat(thumbnail.getWidth()).isEqualTo(160);
		assertThat(thumbnail.getHeight()).isEqualTo(120);
		assertThat(ExifJpegs.markers(cleaned.thumbnail())).doesNotContain(0xE1);
		assertThat(ExifJpegs.contains(cleaned.thumbnail(), "Exif")).isFalse();
		// a photo smaller than the thumbnail size is not enlarged
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(PhotoCleaner.clean(ExifJpegs.jpegWithExif(100, 80, 1), 160)
			.thumbnail()));
		assertThat(small.getWidth()).isEqualTo(100);
	}

	@ParameterizedTest(name = "orientation {0}")
	@CsvSource({ "3, 60, 40, 55, 35", "6, 40, 60, 35, 5", "8, 40, 60, 5, 55", "2, 60, 40, 55, 5", "5, 40, 60, 5, 5" })
	void aTurnedPhotoIsTurnedUprightAndLosesItsExif(int orientation, int width, int height, int redX, int redY)
			throws IOException {
		Cleaned cleaned = PhotoCleaner.clean(ExifJpegs.jpegWithExif(60, 40, orientation), 160);

		assertThat(ExifJpegs.markers(cleaned.content())).doesNotContain(0xE1);
		assertThat(ExifJpegs.contains(cleaned.content(), ExifJpegs.MAKE)).isFalse();
		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(cleaned.content()));
		assertThat(upright.getWidth()).isEqualTo(width);
		assertThat(upright.getHeight()).isEqualTo(height);
		assertThat(cleaned.width()).isEqualTo(width);
		assertThat(cleaned.height()).isEqualTo(height);
		// the red quarter, top left as stored, is where the orientation shows it
		assertThat(red(upright.getRGB(redX, redY))).as("red at %d,%d", redX, redY).isTrue();
		assertThat(red(upright.getRGB(width - 1 - redX, height - 1 - redY))).isFalse();
	}

	@ParameterizedTest(name = "orientation {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void decodedJpegsAreTurnedByCopyingBytesExactlyAsOtherImagesAreDrawn(int orientation) {
		BufferedImage drawn = ExifJpegs.picture(60, 40);
		BufferedImage bytes = new BufferedImage(60, 40, BufferedImage.TYPE_3BYTE_BGR);
		bytes.getGraphics().drawImage(drawn, 0, 0, null);
		for (int step : new int[] { 1, 2 }) {
			BufferedImage slow = PhotoCleaner.upright(drawn, orientation, step);
			BufferedImage fast = PhotoCleaner.upright(bytes, orientation, step);
			assertThat(fast.getWidth()).isEqualTo(slow.getWidth());
			assertThat(fast.getHeight()).isEqualTo(slow.getHeight());
			for (int y = 0; y < fast.getHeight(); y++) {
				for (int x = 0; x < fast.getWidth(); x++) {
					assertThat(fast.getRGB(x, y)).as("step %d, %d,%d", step, x, y).isEqualTo(slow.getRGB(x, y));
				}
			}
		}
	}

	@Test
	void aPngLosesItsTextAndExifChunks() throws IOException {
		byte[] upload = ExifJpegs.pngWithMetadata(120, 90);
		assertThat(ExifJpegs.contains(upload, "tEXt")).isTrue();
		assertThat(ExifJpegs.contains(upload, "eXIf")).isTrue();

		Cleaned cleaned = PhotoCleaner.clean(upload, 64);

		assertThat(cleaned.contentType()).isEqualTo("image/png");
		assertThat(ExifJpegs.contains(cleaned.content(), "tEXt")).isFalse();
		assertThat(ExifJpegs.contains(cleaned.content(), "eXIf")).isFalse();
		assertThat(ExifJpegs.contains(cleaned.content(), ExifJpegs.MAKE)).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.content())).getWidth()).isEqualTo(120);
		assertThat(ExifJpegs.markers(cleaned.thumbnail())).doesNotContain(0xE1);
	}

	@Test
	void heicAndWhatIsNoPhotoAreRefusedWithTheirReason() {
		byte[] heic = new byte[64];
		System.arraycopy(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' }, 0, heic, 0, 12);
		assertThat(PhotoCleaner.recognise(heic)).contains(PhotoCleaner.Format.HEIC);
		assertThatThrownBy(() -> PhotoCleaner.clean(heic, 160)).isInstanceOfSatisfying(PhotoCleaner.PhotoRefused.class,
				refused -> assertThat(refused.problem()).isEqualTo(Problem.HEIC));
		assertThatThrownBy(() -> PhotoCleaner.clean("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 160))
			.isInstanceOfSatisfying(PhotoCleaner.PhotoRefused.class,
					refused -> assertThat(refused.problem()).isEqualTo(Problem.NOT_A_PHOTO));
		// JPEG's first bytes and nothing after them
		assertThatThrownBy(() -> PhotoCleaner.clean(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2 }, 160))
			.isInstanceOfSatisfying(PhotoCleaner.PhotoRefused.class,
					refused -> assertThat(refused.problem()).isEqualTo(Problem.UNREADABLE));
		byte[] cut = Arrays.copyOf(ExifJpegs.jpegWithExif(64, 48, 1), 400);
		assertThatThrownBy(() -> PhotoCleaner.clean(cut, 160)).isInstanceOf(PhotoCleaner.PhotoRefused.class);
	}

	private static boolean red(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int b = rgb & 0xFF;
		return r > 180 && b < 80;
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		return -1;
	}
}
