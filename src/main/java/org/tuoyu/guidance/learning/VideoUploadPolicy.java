package org.tuoyu.guidance.learning;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.tuoyu.platform.BusinessRuleException;

/**
 * Which uploads are course videos: MP4 only, recognised from the content's {@code ftyp} box (the
 * file name and declared type are the sender's word, the bytes are not), and at most the
 * configured size. HEIF/AVIF images and QuickTime files, which also begin with an {@code ftyp}
 * box, are refused.
 */
public final class VideoUploadPolicy {

	/** Bytes of a file's head that {@link #checkFormat} needs. */
	public static final int HEAD = 64;

	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8",
			"iso9", "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "f4v ", "MSNV");

	private static final Set<String> NOT_VIDEO = Set.of("qt  ", "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
			"msf1", "avif", "avis", "crx ", "jp2 ", "M4A ", "M4B ");

	private final long maxBytes;

	public VideoUploadPolicy(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The largest accepted size in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** Refuses a size above the limit. */
	public void checkSize(long bytes) {
		if (bytes > maxBytes) {
			throw new BusinessRuleException("video", "guidance.learning.video.tooLarge", maxBytes / (1024 * 1024));
		}
	}

	/** Refuses content that is not an MP4 video, judged from its first bytes. */
	public void checkFormat(byte[] head, int length) {
		if (!isMp4(head, length)) {
			throw new BusinessRuleException("video", "guidance.learning.video.type");
		}
	}

	/** Whether the head of a file is an MP4 {@code ftyp} box with an MP4 brand. */
	static boolean isMp4(byte[] head, int length) {
		if (length < 16 || !"ftyp".equals(ascii(head, 4))) {
			return false;
		}
		long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
		if (boxSize < 16 || boxSize % 4 != 0) {
			return false;
		}
		String major = ascii(head, 8);
		if (NOT_VIDEO.contains(major)) {
			return false;
		}
		boolean mp4 = MP4_BRANDS.contains(major);
		// compatible brands follow the major brand and its minor version
		for (int at = 16; at + 4 <= Math.min(boxSize, length); at += 4) {
			mp4 |= MP4_BRANDS.contains(ascii(head, at));
		}
		return mp4;
	}

	private static String ascii(byte[] bytes, int at) {
		return new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
	}
}
