package org.tuoyu.messaging.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Takes a photo as uploaded and keeps only its picture, with a thumbnail, using the JDK's ImageIO.
 *
 * <ul>
 * <li><b>JPEG</b>: the file is rewritten segment by segment, keeping only what decoding needs
 * (quantisation and Huffman tables, frame and scan headers, restart interval, the Adobe colour
 * transform marker and the compressed picture itself). Everything else goes: EXIF (APP1, with the
 * GPS position, camera and phone, date and embedded preview), XMP, ICC profiles, IPTC, JFIF, comments
 * and anything after the end of the picture. The picture is not re-compressed, so it loses nothing.
 * A photo whose EXIF orientation is not upright is decoded, turned upright and encoded again (quality
 * 0.92), since without its EXIF it would otherwise be shown on its side.</li>
 * <li><b>PNG</b>: only the chunks of the picture are kept (header, palette, transparency, gamma and
 * colour, data, end); text, time, EXIF, ICC profile and animation chunks go.</li>
 * <li><b>HEIC/HEIF</b>: recognised from its {@code ftyp} box and refused: the JDK cannot decode it, so it
 * could neither be checked nor thumbnailed, and most browsers could not show it. Phones send JPEG when
 * the page asks for JPEG or PNG ({@code accept="image/jpeg,image/png"}).</li>
 * </ul>
 *
 * Every photo is decoded for its thumbnail (a JPEG at most {@code thumbnailSize} pixels on its longer
 * side, transparency on white), so a file that only looks like a photo is refused. So is one of more
 * than {@value #MAX_PIXELS} pixels, before it is decoded.
 */
public final class PhotoCleaner {

	/** The most pixels a photo may have (a 50-megapixel camera); larger ones are refused before decoding. */
	public static final long MAX_PIXELS = 50_000_000L;

	/** Quality of a photo encoded again to turn it upright. */
	static final float PHOTO_QUALITY = 0.92f;

	/** Quality of thumbnails. */
	static final float THUMBNAIL_QUALITY = 0.82f;

	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs",
			"mif1", "msf1", "avif", "avis");

	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
			"sBIT");

	private PhotoCleaner() {
	}

	/** The formats recognised from a file's first bytes. */
	public enum Format {

		JPEG("image/jpeg"), PNG("image/png"), HEIC("image/heic");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		public String contentType() {
			return contentType;
		}
	}

	/** Why a photo is refused. */
	public enum Problem {

		/** Not JPEG, PNG or HEIC. */
		NOT_A_PHOTO,
		/** HEIC/HEIF, which cannot be decoded here. */
		HEIC,
		/** Looks like JPEG or PNG but cannot be decoded (damaged, CMYK, an unsupported variant). */
		UNREADABLE,
		/** More than {@link PhotoCleaner#MAX_PIXELS} pixels. */
		TOO_MANY_PIXELS
	}

	/** A photo refused, with the reason. */
	public static final class PhotoRefused extends RuntimeException {

		private final Problem problem;

		PhotoRefused(Problem problem, Throwable cause) {
			super(problem.name(), cause);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	/**
	 * A photo as kept.
	 *
	 * @param content the picture without metadata
	 * @param contentType {@code image/jpeg} or {@code image/png}
	 * @param width its width in pixels, upright
	 * @param height its height in pixels, upright
	 * @param thumbnail a JPEG of at most the thumbnail size on the longer side
	 */
	public record Cleaned(byte[] content, String contentType, int width, int height, byte[] thumbnail) {
	}

	/** The format the bytes really are, if JPEG, PNG or HEIC (never from a name or declared type). */
	public static Optional<Format> recognise(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(Format.JPEG);
		}
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Optional.of(Format.PNG);
		}
		if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'
				&& HEIF_BRANDS.contains(new String(b, 8, 4, StandardCharsets.ISO_8859_1))) {
			return Optional.of(Format.HEIC);
		}
		return Optional.empty();
	}

	/**
	 * The photo without its metadata, upright, with its thumbnail.
	 *
	 * @throws PhotoRefused not a photo, HEIC, unreadable or too large in pixels
	 */
	public static Cleaned clean(byte[] upload, int thumbnailSize) {
		Format format = recognise(upload).orElseThrow(() -> new PhotoRefused(Problem.NOT_A_PHOTO, null));
		try {
			return switch (format) {
				case HEIC -> throw new PhotoRefused(Problem.HEIC, null);
				case JPEG -> jpeg(upload, thumbnailSize);
				case PNG -> png(upload, thumbnailSize);
			};
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRefused refused) {
				throw refused;
			}
			throw new PhotoRefused(Problem.UNREADABLE, ex);
		}
	}

	private static Cleaned jpeg(byte[] upload, int thumbnailSize) throws IOException {
		int orientation = JpegSegments.orientation(upload);
		byte[] picture = JpegSegments.pictureOnly(upload);
		if (orientation <= 1 || orientation > 8) {
			return picture(picture, "image/jpeg", thumbnailSize);
		}
		BufferedImage decoded = decode(picture, 1);
		BufferedImage upright = upright(decoded, orientation, 1);
		byte[] encoded = jpeg(upright, PHOTO_QUALITY);
		int step = Math.max(1, Math.max(decoded.getWidth(), decoded.getHeight()) / (2 * thumbnailSize));
		return new Cleaned(encoded, "image/jpeg", upright.getWidth(), upright.getHeight(),
				jpeg(scaled(upright(decoded, orientation, step), thumbnailSize), THUMBNAIL_QUALITY));
	}

	private static Cleaned png(byte[] upload, int thumbnailSize) throws IOException {
		return picture(pngPictureOnly(upload), "image/png", thumbnailSize);
	}

	/** A picture kept as it is, decoded at the smallest subsampling that still makes a sharp thumbnail. */
	private static Cleaned picture(byte[] picture, String contentType, int thumbnailSize) throws IOException {
		ImageReader reader = reader(picture);
		try {
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if ((long) width * height > MAX_PIXELS) {
				throw new PhotoRefused(Problem.TOO_MANY_PIXELS, null);
			}
			int step = Math.max(1, Math.max(width, height) / (2 * thumbnailSize));
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage decoded = reader.read(0, param);
			return new Cleaned(picture, contentType, width, height, jpeg(scaled(decoded, thumbnailSize), THUMBNAIL_QUALITY));
		}
		finally {
			reader.dispose();
		}
	}

	private static BufferedImage decode(byte[] picture, int step) throws IOException {
		ImageReader reader = reader(picture);
		try {
			if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
				throw new PhotoRefused(Problem.TOO_MANY_PIXELS, null);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, param);
		}
		finally {
			reader.dispose();
		}
	}

	private static ImageReader reader(byte[] picture) throws IOException {
		ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture));
		Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
		if (!readers.hasNext()) {
			throw new PhotoRefused(Problem.UNREADABLE, null);
		}
		ImageReader reader = readers.next();
		reader.setInput(in, true, true);
		return reader;
	}

	/**
	 * The image turned as its EXIF orientation (2–8) says it is shown, taking every {@code step}-th pixel
	 * (1: all): stored pixel (x, y) of a w × h image goes where the orientation puts it. Decoded colour JPEGs
	 * (3 bytes a pixel) are turned by copying bytes; other images are drawn.
	 */
	static BufferedImage upright(BufferedImage image, int orientation, int step) {
		int w = image.getWidth() / step;
		int h = image.getHeight() / step;
		boolean turned = orientation >= 5;
		int outW = turned ? h : w;
		int outH = turned ? w : h;
		BufferedImage out = new BufferedImage(Math.max(1, outW), Math.max(1, outH), BufferedImage.TYPE_3BYTE_BGR);
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte source && w > 0 && h > 0) {
			byte[] from = source.getData();
			byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
			// the stored pixel (x, y) shown at (tx, ty): x = ax·tx + bx·ty + cx, y = ay·tx + by·ty + cy
			int[] m = switch (orientation) {
				case 2 -> new int[] { -1, 0, w - 1, 0, 1, 0 };
				case 3 -> new int[] { -1, 0, w - 1, 0, -1, h - 1 };
				case 4 -> new int[] { 1, 0, 0, 0, -1, h - 1 };
				case 5 -> new int[] { 0, 1, 0, 1, 0, 0 };
				case 6 -> new int[] { 0, 1, 0, -1, 0, h - 1 };
				case 7 -> new int[] { 0, -1, w - 1, -1, 0, h - 1 };
				case 8 -> new int[] { 0, -1, w - 1, 1, 0, 0 };
				default -> new int[] { 1, 0, 0, 0, 1, 0 };
			};
			int stride = image.getWidth() * 3;
			int pixel = step * 3;
			int row = step * stride;
			int perTx = m[0] * pixel + m[3] * row;
			int perTy = m[1] * pixel + m[4] * row;
			int origin = m[2] * pixel + m[5] * row;
			// in tiles, so that reads and writes both stay in the cache whichever way the picture turns
			int tile = 64;
			for (int ty0 = 0; ty0 < outH; ty0 += tile) {
				for (int tx0 = 0; tx0 < outW; tx0 += tile) {
					int txEnd = Math.min(tx0 + tile, outW);
					for (int ty = ty0, tyEnd = Math.min(ty0 + tile, outH); ty < tyEnd; ty++) {
						int f = origin + ty * perTy + tx0 * perTx;
						int t = (ty * outW + tx0) * 3;
						for (int tx = tx0; tx < txEnd; tx++) {
							to[t] = from[f];
							to[t + 1] = from[f + 1];
							to[t + 2] = from[f + 2];
							t += 3;
							f += perTx;
						}
					}
				}
			}
			return out;
		}
		double s = 1.0 / step;
		AffineTransform t = switch (orientation) {
			case 2 -> new AffineTransform(-s, 0, 0, s, w, 0);
			case 3 -> new AffineTransform(-s, 0, 0, -s, w, h);
			case 4 -> new AffineTransform(s, 0, 0, -s, 0, h);
			case 5 -> new AffineTransform(0, s, s, 0, 0, 0);
			case 6 -> new AffineTransform(0, s, -s, 0, h, 0);
			case 7 -> new AffineTransform(0, -s, -s, 0, h, w);
			case 8 -> new AffineTransform(0, -s, s, 0, 0, w);
			default -> new AffineTransform(s, 0, 0, s, 0, 0);
		};
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/**
	 * The image at most {@code size} pixels on its longer side (never enlarged), on white: halved with
	 * bilinear filtering until within twice the size, then scaled once more, which keeps it sharp.
	 */
	static BufferedImage scaled(BufferedImage image, int size) {
		int w = image.getWidth();
		int h = image.getHeight();
		double factor = Math.min(1.0, (double) size / Math.max(w, h));
		int targetW = Math.max(1, (int) Math.round(w * factor));
		int targetH = Math.max(1, (int) Math.round(h * factor));
		BufferedImage current = image;
		while (w / 2 >= targetW * 2 && h / 2 >= 1) {
			w /= 2;
			h /= 2;
			current = draw(current, w, h);
		}
		return draw(current, targetW, targetH);
	}

	private static BufferedImage draw(BufferedImage source, int w, int h) {
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, w, h, Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	/** The image as a baseline JPEG without any metadata segment but JFIF's. */
	static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(8192, image.getWidth() * image.getHeight() / 4));
			try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(out);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	/** The PNG with only the chunks of its picture, up to and including IEND. */
	static byte[] pngPictureOnly(byte[] png) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
		out.write(png, 0, 8);
		int at = 8;
		boolean header = false;
		boolean data = false;
		while (at + 12 <= png.length) {
			long length = ((png[at] & 0xFFL) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
					| (png[at + 3] & 0xFF);
			if (length > png.length - at - 12) {
				break;
			}
			String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
			int chunk = (int) length + 12;
			if (!header && !"IHDR".equals(type)) {
				throw new PhotoRefused(Problem.UNREADABLE, null);
			}
			header = true;
			data |= "IDAT".equals(type);
			if (PNG_KEPT.contains(type)) {
				out.write(png, at, chunk);
			}
			at += chunk;
			if ("IEND".equals(type)) {
				return out.toByteArray();
			}
		}
		if (!data) {
			throw new PhotoRefused(Problem.UNREADABLE, null);
		}
		// no IEND (a cut file): end it, the decoder decides whether the picture is whole
		out.writeBytes(new byte[] { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 });
		return out.toByteArray();
	}

	/** Reads JPEG segments: the EXIF orientation, and the file with only the segments decoding needs. */
	static final class JpegSegments {

		private JpegSegments() {
		}

		/** Whether a segment with this marker is kept: tables, frame, scan and restart headers. */
		private static boolean kept(int marker, byte[] jpeg, int at, int length) {
			if (marker == 0xDB || marker == 0xC4 || marker == 0xDD || marker == 0xCC || marker == 0xDC) {
				return true; // DQT, DHT, DRI, DAC, DNL
			}
			if (marker >= 0xC0 && marker <= 0xCF) {
				return marker != 0xC8; // SOF0–SOF15 (not the reserved JPG marker)
			}
			// APP14 "Adobe": tells how the colours were transformed, nothing about the photo or camera
			return marker == 0xEE && length >= 7 && startsWith(jpeg, at + 4, "Adobe");
		}

		/** The file with only the segments decoding needs, ending at the end of the picture. */
		static byte[] pictureOnly(byte[] jpeg) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
			out.write(0xFF);
			out.write(0xD8);
			int at = 2;
			boolean frame = false;
			boolean scan = false;
			while (at < jpeg.length) {
				if ((jpeg[at] & 0xFF) != 0xFF) {
					throw new PhotoRefused(Problem.UNREADABLE, null);
				}
				while (at < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
					at++; // fill bytes
				}
				if (at >= jpeg.length) {
					break;
				}
				int marker = jpeg[at++] & 0xFF;
				if (marker == 0xD9) {
					break;
				}
				if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
					continue; // standalone markers outside a scan carry nothing
				}
				if (at + 2 > jpeg.length) {
					throw new PhotoRefused(Problem.UNREADABLE, null);
				}
				int length = ((jpeg[at] & 0xFF) << 8) | (jpeg[at + 1] & 0xFF);
				if (length < 2 || at + length > jpeg.length) {
					throw new PhotoRefused(Problem.UNREADABLE, null);
				}
				int segment = at - 2;
				if (marker == 0xDA) {
					if (!frame) {
						throw new PhotoRefused(Problem.UNREADABLE, null);
					}
					int end = endOfScan(jpeg, at + length);
					out.write(jpeg, segment, end - segment);
					scan = true;
					at = end;
					continue;
				}
				if (kept(marker, jpeg, segment, length)) {
					frame |= marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
					out.write(jpeg, segment, length + 2);
				}
				at += length;
			}
			if (!scan) {
				throw new PhotoRefused(Problem.UNREADABLE, null);
			}
			out.write(0xFF);
			out.write(0xD9);
			return out.toByteArray();
		}

		/** Where the compressed data of a scan ends: at the first marker that is not a restart or a stuffed 0xFF. */
		private static int endOfScan(byte[] jpeg, int from) {
			int at = from;
			while (at + 1 < jpeg.length) {
				if ((jpeg[at] & 0xFF) == 0xFF) {
					int next = jpeg[at + 1] & 0xFF;
					if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
						return at;
					}
				}
				at++;
			}
			return jpeg.length; // a cut file: the decoder decides whether the picture is whole
		}

		/** The EXIF orientation (1–8), 1 when there is none or it cannot be read. */
		static int orientation(byte[] jpeg) {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
				int marker = jpeg[at + 1] & 0xFF;
				if (marker == 0xDA || marker == 0xD9) {
					return 1;
				}
				if (marker == 0xFF) {
					at++;
					continue;
				}
				int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
				if (marker == 0xE1 && length >= 16 && at + 2 + length <= jpeg.length && startsWith(jpeg, at + 4, "Exif\0\0")) {
					return exifOrientation(Arrays.copyOfRange(jpeg, at + 10, at + 2 + length));
				}
				at += 2 + length;
			}
			return 1;
		}

		/** The orientation tag (0x0112) of the first image directory of a TIFF structure. */
		private static int exifOrientation(byte[] tiff) {
			if (tiff.length < 8) {
				return 1;
			}
			boolean little = tiff[0] == 'I' && tiff[1] == 'I';
			if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) {
				return 1;
			}
			long directory = number(tiff, 4, 4, little);
			if (directory < 8 || directory + 2 > tiff.length) {
				return 1;
			}
			int entries = (int) number(tiff, (int) directory, 2, little);
			for (int i = 0; i < entries; i++) {
				int entry = (int) directory + 2 + i * 12;
				if (entry + 12 > tiff.length) {
					return 1;
				}
				if (number(tiff, entry, 2, little) == 0x0112 && number(tiff, entry + 2, 2, little) == 3) {
					int value = (int) number(tiff, entry + 8, 2, little);
					return value >= 1 && value <= 8 ? value : 1;
				}
			}
			return 1;
		}

		private static long number(byte[] b, int at, int size, boolean little) {
			long value = 0;
			for (int i = 0; i < size; i++) {
				int v = b[at + (little ? size - 1 - i : i)] & 0xFF;
				value = (value << 8) | v;
			}
			return value;
		}
	}

	private static boolean startsWith(byte[] b, int at, String text) {
		byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
		return at + expected.length <= b.length && Arrays.equals(b, at, at + expected.length, expected, 0, expected.length);
	}
}
