package org.tuoyu.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

class PersonalDataProtectionTests {

	private static final byte[] KEY = new byte[32];

	private final AesGcmProtection protection = new AesGcmProtection(KEY);

	@Test
	void aValueComesBackAndIsNotStoredInTheClear() {
		byte[] stored = protection.encrypt("resident-id", "11010519491231002X");
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1101051949");
		assertThat(protection.decrypt("resident-id", stored)).isEqualTo("11010519491231002X");
		assertThat(protection.encrypt("resident-id", "11010519491231002X")).isNotEqualTo(stored);
	}

	@Test
	void anAlteredValueOrAnotherPurposeIsRefused() {
		byte[] stored = protection.encrypt("resident-id", "11010519491231002X");
		byte[] altered = stored.clone();
		altered[altered.length - 1] ^= 1;
		assertThatThrownBy(() -> protection.decrypt("resident-id", altered)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> protection.decrypt("phone", stored)).isInstanceOf(IllegalStateException.class);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		assertThatThrownBy(() -> new AesGcmProtection(otherKey).decrypt("resident-id", stored))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void blindIndexesAreStablePerPurposeAndKey() {
		byte[] index = protection.blindIndex("resident-id", "11010519491231002X");
		assertThat(protection.blindIndex("resident-id", "11010519491231002X")).isEqualTo(index).hasSize(32);
		assertThat(protection.blindIndex("phone", "11010519491231002X")).isNotEqualTo(index);
		assertThat(protection.blindIndex("resident-id", "110105194912310029")).isNotEqualTo(index);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		assertThat(new AesGcmProtection(otherKey).blindIndex("resident-id", "11010519491231002X")).isNotEqualTo(index);
	}

	@Test
	void theEmbeddedSetupCreatesAKeyFileOnceAndReusesIt(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("keys/data.key");
		var settings = new DataKeySettings(null, file);
		byte[] first = DataKeyConfiguration.masterKey(settings, new MockEnvironment());
		assertThat(first).hasSize(32);
		assertThat(Files.readString(file).trim()).isEqualTo(Base64.getEncoder().encodeToString(first));
		assertThat(DataKeyConfiguration.masterKey(settings, new MockEnvironment())).isEqualTo(first);
	}

	@Test
	void anExternalDatabaseNeedsTheKeyGivenAndAMalformedKeyIsRefused(@TempDir Path dir) throws Exception {
		var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/tuoyu");
		assertThatThrownBy(() -> DataKeyConfiguration.masterKey(new DataKeySettings(null, dir.resolve("k")), external))
			.isInstanceOf(DataKeyException.class)
			.hasMessageContaining("external database");
		assertThat(Files.exists(dir.resolve("k"))).isFalse();
		assertThatThrownBy(() -> DataKeyConfiguration.masterKey(new DataKeySettings("c2hvcnQ=", dir.resolve("k")), external))
			.isInstanceOf(DataKeyException.class)
			.hasMessageContaining("32 bytes");
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		assertThat(DataKeyConfiguration.masterKey(new DataKeySettings(key, dir.resolve("k")), external)).hasSize(32);
	}
}
