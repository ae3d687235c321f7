package org.tuoyu.guidance.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.Sha256;

class VideoUploadPolicyTests {

	/** A few KB beginning with an MP4 'ftyp' box: enough for the checks, not a playable video. */
	static byte[] mp4(int size, String brand) {
		byte[] bytes = new byte[size];
		byte[] head = ("\0\0\0\u0018ftyp" + brand + "\0\0\u0002\0isomiso2").getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, bytes, 0, head.length);
		for (int i = head.length; i < size; i++) {
			bytes[i] = (byte) (i * 31);
		}
		return bytes;
	}

	@TempDir
	Path media;

	@Test
	void anMp4IsRecognisedFromItsFtypBoxNotFromItsName() {
		assertThat(VideoUploadPolicy.isMp4(mp4(64, "isom"), 64)).isTrue();
		assertThat(VideoUploadPolicy.isMp4(mp4(64, "mp42"), 64)).isTrue();
		byte[] heic = mp4(64, "heic");
		assertThat(VideoUploadPolicy.isMp4(heic, 64)).as("a HEIF image has an ftyp box too").isFalse();
		assertThat(VideoUploadPolicy.isMp4(mp4(64, "qt  "), 64)).as("QuickTime").isFalse();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0 };
		assertThat(VideoUploadPolicy.isMp4(png, png.length)).isFalse();
		assertThat(VideoUploadPolicy.isMp4(mp4(64, "isom"), 10)).as("too short").isFalse();
	}

	@Test
	void anAcceptedUploadIsStoredOnceUnderItsHash() throws IOException {
		VideoFiles files = new VideoFiles(new CourseSettings(DataSize.ofKilobytes(8), new BigDecimal("0.8"), media));
		byte[] video = mp4(4096, "isom");
		VideoFiles.Stored stored = files.store(new ByteArrayInputStream(video), -1, new VideoUploadPolicy(8192));
		assertThat(stored.sha256()).isEqualTo(Sha256.hex(video));
		assertThat(stored.size()).isEqualTo(4096);
		assertThat(files.file(stored.sha256())).hasValueSatisfying(p -> assertThat(p).hasBinaryContent(video));
		files.store(new ByteArrayInputStream(video), video.length, new VideoUploadPolicy(8192));
		assertThat(filesIn(media)).hasSize(1);
	}

	@Test
	void aNonVideoOrOversizedUploadLeavesNothingBehind() throws IOException {
		VideoFiles files = new VideoFiles(new CourseSettings(DataSize.ofKilobytes(8), new BigDecimal("0.8"), media));
		VideoUploadPolicy policy = new VideoUploadPolicy(4096);
		assertRefused(() -> files.store(new ByteArrayInputStream("not a video at all, just text".repeat(10)
			.getBytes(StandardCharsets.UTF_8)), -1, policy), "guidance.learning.video.type");
		assertRefused(() -> files.store(new ByteArrayInputStream(mp4(5000, "isom")), -1, policy),
				"guidance.learning.video.tooLarge");
		assertRefused(() -> files.store(new ByteArrayInputStream(mp4(100, "isom")), 5000, policy),
				"guidance.learning.video.tooLarge");
		assertThat(filesIn(media)).isEmpty();
	}

	private static void assertRefused(Runnable upload, String key) {
		assertThatThrownBy(upload::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(e.field()).isEqualTo("video");
		});
	}

	private static java.util.List<Path> filesIn(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
