package org.tuoyu.test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Photos as phones send them, for tests of metadata removal: a JPEG with an EXIF segment (APP1) written
 * byte by byte — the camera's make and model, an orientation and a GPS position — and PNGs with text and
 * EXIF chunks; and a reader of a JPEG's segments to check what a stored file still carries.
 */
public final class ExifJpegs {

	/** The camera's make written into the EXIF segment, to look for in stored files. */
	public static final String MAKE = "TuoyuPhone";

	/** The camera's model written into the EXIF segment. */
	public static final String MODEL = "GPS-Test-Model 9";

	private ExifJpegs() {
	}

	/**
	 * A {@code width} × {@code height} JPEG whose top-left quarter is red and the rest blue, with an EXIF
	 * segment: make, model, the orientation (1–8) and a GPS position (31°34′12.34″ N).
	 */
	public static byte[] jpegWithExif(int width, int height, int orientation) {
		return withExif(jpeg(picture(width, height)), orientation);
	}

	/** The JPEG with an EXIF segment (make, model, the orientation, a GPS position) right after its start. */
	public static byte[] withExif(byte[] plain, int orientation) {
		byte[] app1 = app1(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		out.write((app1.length + 2) >> 8);
		out.write((app1.length + 2) & 0xFF);
		out.writeBytes(app1);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A PNG of the picture with a text chunk (an author's name) and an eXIf chunk before its data. */
	public static byte[] pngWithMetadata(int width, int height) {
		byte[] plain;
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(picture(width, height), "png", bytes);
			plain = bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int ihdrEnd = 8 + 8 + 13 + 4;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, ihdrEnd);
		out.writeBytes(chunk("tEXt", ("Author\0" + MAKE).getBytes(StandardCharsets.ISO_8859_1)));
		byte[] exif = app1(1);
		out.writeBytes(chunk("eXIf", java.util.Arrays.copyOfRange(exif, 6, exif.length)));
		out.write(plain, ihdrEnd, plain.length - ihdrEnd);
		return out.toByteArray();
	}

	/** The markers of a JPEG's segments up to its first scan (e.g. 0xE1 for APP1/EXIF). */
	public static List<Integer> markers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	/** Whether the bytes contain the text anywhere. */
	public static boolean contains(byte[] content, String text) {
		return new String(content, StandardCharsets.ISO_8859_1).contains(text);
	}

	/** A picture whose top-left quarter is red and the rest blue. */
	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height / 2);
		g.dispose();
		return image;
	}

	public static byte[] jpeg(BufferedImage image) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Exif\0\0" and a little-endian TIFF structure: IFD0 with make, model, orientation and the GPS IFD. */
	private static byte[] app1(int orientation) {
		byte[] make = (MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
		byte[] model = (MODEL + "\0").getBytes(StandardCharsets.US_ASCII);
		int ifd0 = 8;
		int ifd0Size = 2 + 4 * 12 + 4;
		int makeAt = ifd0 + ifd0Size;
		int modelAt = makeAt + make.length;
		int gpsAt = modelAt + model.length;
		int gpsSize = 2 + 2 * 12 + 4;
		int rationalsAt = gpsAt + gpsSize;
		ByteBuffer tiff = ByteBuffer.allocate(rationalsAt + 24).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 4);
		entry(tiff, 0x010F, 2, make.length, makeAt);
		entry(tiff, 0x0110, 2, model.length, modelAt);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsAt);
		tiff.putInt(0);
		tiff.put(make).put(model);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, rationalsAt);
		tiff.putInt(0);
		tiff.putInt(31).putInt(1).putInt(34).putInt(1).putInt(1234).putInt(100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiff.array());
		return out.toByteArray();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	private static byte[] chunk(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
		crc.update(data);
		chunk.putInt((int) crc.getValue());
		return chunk.array();
	}
}
