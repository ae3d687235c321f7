package org.tuoyu.platform.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.tuoyu.platform.PersonalDataProtection;

/**
 * The personal-data key: {@code TUOYU_DATA_KEY} if set; otherwise the key file. With the embedded
 * database a missing file is created with a fresh random key on first start (readable by the
 * owner only); with an external database the key must be given, so that a new node never invents
 * a key that cannot read the existing data.
 */
@Configuration(proxyBeanMethods = false)
class DataKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DataKeyConfiguration.class);

	@Bean
	PersonalDataProtection personalDataProtection(DataKeySettings settings, Environment environment)
			throws IOException {
		return new AesGcmProtection(masterKey(settings, environment));
	}

	static byte[] masterKey(DataKeySettings settings, Environment environment) throws IOException {
		if (StringUtils.hasText(settings.dataKey())) {
			return decode(settings.dataKey().trim(), "TUOYU_DATA_KEY");
		}
		Path file = settings.dataKeyFile();
		if (Files.exists(file)) {
			return decode(Files.readString(file).trim(), file.toString());
		}
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new DataKeyException("没有个人数据密钥 (no personal-data key) — an external database needs the key its data were written with");
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("File permissions not supported here: {}", file);
		}
		log.warn("Created a new personal-data key in {}; back it up with the database: without it, "
				+ "encrypted ID and phone numbers cannot be read", file.toAbsolutePath());
		return key;
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new DataKeyException("个人数据密钥格式不对 (the personal-data key in " + source + " is not 32 bytes of Base64)");
		}
		if (key.length != 32) {
			throw new DataKeyException("个人数据密钥格式不对 (the personal-data key in " + source + " is not 32 bytes of Base64)");
		}
		return key;
	}
}
